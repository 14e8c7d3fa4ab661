"""An INI/CSV configuration analyser: sections parsed with partition and
strip(chars), comments recognised by startswith with a tuple (and with
start/end bounds), quoted values unescaped by hand, inline CSV lists split
with maxsplit and rsplit, a report built with %-formatting, str.format and
f-strings (including the f"{x=}" debugging form), spaced-out headings made
with ' '.join(str), and errors reported with their line numbers."""

CONFIG = """\
; global settings
# (both comment styles)
name = "Tandem \\"JIT\\" demo"
version=1.4.2
[server]
host = 127.0.0.1   ; inline comment
port = 8080
  threads  =  4
tags = web, api,, fast ,
[paths]
root = /srv/www/
logs = /var/log/tandem///
empty =
[weird section ]
key=value=more
unicode = naïve café ☕
#port = 9
[server]
port = 9090
retries = x3
"""


class ConfigError(Exception):
    pass


class Section:
    name: str
    keys: list[str]
    values: dict[str, str]
    lines: dict[str, int]

    def __init__(self, name: str) -> None:
        self.name = name
        self.keys = []
        self.values = {}
        self.lines = {}

    def set(self, key: str, value: str, lineno: int) -> None:
        if key not in self.values:
            self.keys.append(key)
        self.values[key] = value
        self.lines[key] = lineno


def unquote(v: str) -> str:
    if len(v) >= 2 and v[0] == v[-1] and v.startswith(('"', "'")):
        out: list[str] = []
        i = 1
        while i < len(v) - 1:
            c = v[i]
            if c == "\\" and i + 1 < len(v) - 1:
                i += 1
                c = v[i]
            out.append(c)
            i += 1
        return "".join(out)
    return v


def strip_comment(v: str) -> str:
    for mark in (" ;", " #"):
        i = v.find(mark)
        if i >= 0 and not v.startswith(('"', "'")):
            v = v[:i]
    return v.rstrip()


def parse(text: str) -> list[Section]:
    sections = [Section("")]
    by_name: dict[str, Section] = {"": sections[0]}
    cur = sections[0]
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line.strip("[] ").lower()
            found = by_name.get(name)
            if found is None:
                found = Section(name)
                by_name[name] = found
                sections.append(found)
            cur = found
            continue
        key, eq, value = line.partition("=")
        if not eq:
            raise ConfigError("line %d: expected key = value, got %r" % (lineno, raw))
        cur.set(key.strip(), unquote(strip_comment(value.strip())), lineno)
    return sections


def as_int(s: Section, key: str) -> int:
    v = s.values.get(key)
    if v is None:
        raise ConfigError(f"[{s.name}] missing {key!r}")
    try:
        return int(v)
    except ValueError:
        raise ConfigError("[{}] {} = {!r} is not a number (line {})".format(s.name, key, v, s.lines[key]))


def heading(title: str) -> str:
    spaced = " ".join(title.upper())
    return spaced + "\n" + "".join(["=" if c != " " else " " for c in spaced])


def main(argv: list[str]) -> int:
    sections = parse(CONFIG)
    print(heading("config"))
    for sec in sections:
        label = sec.name if sec.name else "<top>"
        print(f"{label!r}: {len(sec.keys)} keys")
        for k in sec.keys:
            v = sec.values[k]
            print("  %s = %r" % (k.ljust(8, "."), v), "(line %d)" % sec.lines[k])
    server = sections[1]
    port = as_int(server, "port")
    threads = as_int(server, "threads")
    print(f"{port=} {threads=} {port // threads = }")
    tags = [t.strip() for t in server.values["tags"].split(",") if t.strip()]
    print("tags:", tags, "first two:", server.values["tags"].split(",", 2)[:2], "last:", server.values["tags"].rsplit(",", 2))
    ver = sections[0].values["version"]
    major, _, rest = ver.partition(".")
    print("version", ver, "->", int(major), rest.split("."), ver.rpartition(".")[0], ver.count(".", 2), ver.find(".", 2, 4))
    paths = sections[2]
    for k in paths.keys:
        p = paths.values[k]
        norm = p.rstrip("/") if p != "/" else p
        print("%s: %r -> %r abs=%s deep=%d" % (k, p, norm, p.startswith("/"), norm.count("/")))
    root = paths.values["root"]
    print(root.startswith("srv", 1), root.startswith("srv", 1, 3), root.endswith("www", 0, -1), root.endswith(("x", "/"), 4))
    print(root.startswith("", 99), root.endswith("", 2, 1), root.startswith(("/s", "/v"), -len(root)))
    weird = sections[3]
    print(repr(weird.name), weird.values["key"], weird.values["unicode"].upper(), weird.values["unicode"][::-1])
    for sec in sections:
        for k in sec.keys:
            if k.startswith(("port", "retries")):
                try:
                    print(k, "=", as_int(sec, k))
                except ConfigError as e:
                    print("error:", e)
    try:
        parse("[a]\nok = 1\nbroken line\n")
    except ConfigError as e:
        print(type(e).__name__ + ":", e)
    as_int(sections[2], "port")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
