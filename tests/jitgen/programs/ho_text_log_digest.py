"""A log digest read line by line from stdin (vm.io.read_line_stdin until
it returns ""): fields cut with split(None, maxsplit) and partition, query
strings parsed into dicts, continuation lines recognised by their leading
whitespace, a small {{name}} template renderer for the report, per-level and
per-path counts sorted by (count desc, key asc), percentiles of a list of
floats, and %-formatting / str.format / repr of the dicts and lists made."""
# stdin: {dir}/ho_text_log_digest.stdin.txt
from vm import io

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")

TEMPLATE = """== {{title}} ==
lines read: {{lines}} ({{bad}} malformed, {{cont}} continued)
levels: {{levels}}
slowest: {{slowest}}
{{missing}}"""


class Request:
    method: str
    path: str
    query: dict[str, str]
    status: int
    size: int
    secs: float

    def __init__(self, method: str, target: str, status: int, size: int, secs: float) -> None:
        self.method = method
        path, _, qs = target.partition("?")
        self.path = path
        self.query = parse_query(qs)
        self.status = status
        self.size = size
        self.secs = secs

    def __repr__(self) -> str:
        return "Request(%r, %r, %d)" % (self.method, self.path, self.status)


def parse_query(qs: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if not qs:
        return out
    for pair in qs.split("&"):
        k, eq, v = pair.partition("=")
        out[k] = v if eq else ""
    return out


def render(template: str, values: dict[str, str]) -> str:
    out: list[str] = []
    pos = 0
    while True:
        i = template.find("{{", pos)
        if i < 0:
            out.append(template[pos:])
            break
        j = template.find("}}", i + 2)
        if j < 0:
            raise ValueError("unclosed placeholder at %d" % i)
        out.append(template[pos:i])
        name = template[i + 2:j].strip()
        out.append(values.get(name, "<" + name + "?>"))
        pos = j + 2
    return "".join(out)


def percentile(xs: list[float], p: int) -> float:
    ys = sorted(xs)
    k = (len(ys) - 1) * p // 100
    return ys[k]


def ranked(counts: dict[str, int]) -> list[tuple[int, str]]:
    rows = sorted([(-n, k) for k, n in counts.items()])
    return [(-n, k) for n, k in rows]


def main(argv: list[str]) -> int:
    by_level: dict[str, int] = {}
    by_path: dict[str, int] = {}
    components: dict[str, list[str]] = {}
    requests: list[Request] = []
    messages: list[str] = []
    lines = bad = cont = 0
    while True:
        line = io.read_line_stdin()
        if line == "":
            break
        lines += 1
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line[0] in " \t":
            cont += 1
            messages[-1] += " / " + line.strip()
            continue
        parts = line.split(None, 4)
        if len(parts) < 5 or parts[2] not in LEVELS:
            bad += 1
            print("skip:", repr(line[:20]), "...", line.count(" "), "spaces")
            continue
        date, time, level, comp, rest = parts
        by_level[level] = by_level.get(level, 0) + 1
        comp = comp.strip("[]")
        components.setdefault(comp, []).append(time[-2:])
        fields = rest.rsplit(" ", 3)
        if comp == "web" and len(fields) == 4 and fields[1].isdigit():
            method, _, target = fields[0].partition(" ")
            req = Request(method, target, int(fields[1]), int(fields[2]), float(fields[3]))
            requests.append(req)
            by_path[req.path] = by_path.get(req.path, 0) + 1
        else:
            messages.append(f"{level.lower()}@{comp}: {rest}")
    for m in messages:
        print(m)
    print(requests)
    print({r.path: r.query for r in requests if r.query})
    print(components)
    times = [r.secs for r in requests]
    slow = max(times)
    slowest = [r for r in requests if r.secs == slow][0]
    values = {
        "title": "log digest".upper(),
        "lines": str(lines),
        "bad": str(bad),
        "cont": str(cont),
        "levels": ", ".join(["{}={}".format(k, n) for n, k in ranked(by_level)]),
        "slowest": "%s %s took %ss" % (slowest.method, slowest.path, slow),
    }
    print(render(TEMPLATE, values))
    for n, path in ranked(by_path):
        share = n / len(requests)
        print(path.ljust(18, "."), str(n).rjust(3), str(round(share * 100)) + "%", "#" * n)
    print("p50", percentile(times, 50), "p90", percentile(times, 90), "sum", sum(times, 0.0))
    total = sum([r.size for r in requests])
    print("bytes", total, "avg", total / len(requests), "kb", total // 1024, "rem", total % 1024)
    errors = [r for r in requests if r.status >= 400]
    print(len(errors), "errors:", ", ".join([repr(r) for r in errors]))
    try:
        print(render("{{oops", values))
    except ValueError as e:
        print("template error:", e)
    return 0 if not errors else 2


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
