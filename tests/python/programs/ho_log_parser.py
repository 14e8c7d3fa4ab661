# parse a small web-server log and summarise it
LOG = """\
2024-01-03 10:15:02 GET /index.html 200 512
2024-01-03 10:15:07 GET /about.html 200 1024
2024-01-03 10:16:11 POST /login 302 0
2024-01-03 10:17:45 GET /missing 404 128
2024-01-03 10:18:00 GET /index.html 200 512
2024-01-03 10:19:30 GET /api/items?page=2 500 64
bad line here
2024-01-03 10:20:01 GET /index.html 304 0
"""

def parse(line):
    parts = line.split()
    if len(parts) != 6:
        raise ValueError(f"malformed: {line!r}")
    date, time, method, path, status, size = parts
    path, _, query = path.partition("?")
    return {"date": date, "time": time, "method": method, "path": path,
            "query": query, "status": int(status), "size": int(size)}

entries, errors = [], []
for lineno, line in enumerate(LOG.splitlines(), 1):
    try:
        entries.append(parse(line))
    except ValueError as e:
        errors.append((lineno, str(e)))

print(f"{len(entries)} entries, {len(errors)} errors")
for n, msg in errors:
    print(f"  line {n}: {msg}")

by_status = {}
for e in entries:
    by_status.setdefault(e["status"] // 100 * 100, []).append(e["path"])
for k in sorted(by_status):
    print(f"{k}s: {', '.join(by_status[k])}")

hits = {}
for e in entries:
    hits[e["path"]] = hits.get(e["path"], 0) + 1
for path, n in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{path:<20}{n:>3} {'#' * n}")

total = sum(e["size"] for e in entries)
print(f"total bytes: {total:,} avg: {total / len(entries):.2f}")
print("methods:", sorted({e["method"] for e in entries}))
minutes = [int(e["time"].split(":")[1]) for e in entries]
print("span:", max(minutes) - min(minutes), "minutes")
print("queries:", [e["query"] for e in entries if e["query"]])
print("upper:", LOG.splitlines()[2].upper().title().swapcase()[:20])
print("centered:", "|" + "log".center(11, "*") + "|", "log".ljust(6, ".") + "|", "log".rjust(6) + "|")
print("zfill:", "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("strip:", repr("  xx--".strip()), repr("--xx--".strip("-")), repr("abcxyz".lstrip("cba")))
print("find:", LOG.find("POST"), LOG.rfind("GET"), LOG.count("index"), "x".join("abc"))
print("startswith tuple:", [l[:4] for l in LOG.splitlines() if l.startswith(("bad", "2024-01-03 10:19"))])
print("replace:", "a-b-c-d".replace("-", "+", 2), "split max:", "a,b,c,d".split(",", 2), "rsplit:", "a,b,c,d".rsplit(",", 1))
print("partition miss:", "abc".partition("z"), "rpartition:", "a.b.c".rpartition("."))
print("isdigit etc:", "123".isdigit(), "12a".isalnum(), "abc".isalpha(), "  ".isspace(), "Title Case".istitle(), "".isdigit())
