"""A URL toolkit: split a URL into scheme/user/host/port/path/query/
fragment with partition/rpartition and find, percent-decoding with
int(hex, 16) and chr (ASCII escapes; others kept), encoding with a safe
set, query strings into a dict of lists (repeated keys), relative path
resolution with '..' and '.', canonical forms joined from tuples, and
errors for bad ports and escapes."""

SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~"
HEX = "0123456789ABCDEF"


class UrlError(ValueError):
    pass


class Url:
    scheme: str
    user: str | None
    host: str
    port: int
    path: str
    query: str
    fragment: str

    def __init__(self, scheme: str, user: str | None, host: str, port: int, path: str, query: str,
                 fragment: str) -> None:
        self.scheme = scheme
        self.user = user
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.fragment = fragment

    def __repr__(self) -> str:
        return "Url(%r, %r, %r, %d, %r, %r, %r)" % (self.scheme, self.user, self.host, self.port,
                                                   self.path, self.query, self.fragment)

    def __str__(self) -> str:
        auth = "" if self.user is None else self.user + "@"
        default = DEFAULT_PORTS.get(self.scheme, -1)
        port = "" if self.port == default else ":" + str(self.port)
        q = "?" + self.query if self.query else ""
        f = "#" + self.fragment if self.fragment else ""
        return "".join((self.scheme, "://", auth, self.host.lower(), port, self.path or "/", q, f))


DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}


def parse(url: str) -> Url:
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme.isalpha():
        raise UrlError(f"no scheme in {url!r}")
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    slash = rest.find("/")
    netloc = rest if slash < 0 else rest[:slash]
    path = "" if slash < 0 else rest[slash:]
    user: str | None = None
    if "@" in netloc:
        u, _, netloc = netloc.rpartition("@")
        user = u
    host, colon, port_text = netloc.rpartition(":")
    if not colon or host.endswith("]") is False and host.startswith("["):
        host = netloc
        port = DEFAULT_PORTS.get(scheme.lower(), 0)
    elif port_text.isdigit() and len(port_text) <= 5:
        port = int(port_text)
        if port > 65535:
            raise UrlError("port out of range: %d" % port)
    else:
        raise UrlError("bad port %r" % port_text)
    return Url(scheme.lower(), user, host, port, path, query, fragment)


def unquote(s: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "%":
            h = s[i + 1:i + 3]
            if len(h) < 2 or not all([x.upper() in HEX for x in h]):
                raise UrlError("bad escape %r at %d" % (s[i:i + 3], i))
            code = int(h, 16)
            out.append(chr(code) if code < 128 else "%" + h.upper())
            i += 3
        elif c == "+":
            out.append(" ")
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def quote(s: str) -> str:
    out: list[str] = []
    for c in s:
        if c in SAFE:
            out.append(c)
        elif ord(c) < 128:
            out.append("%" + HEX[ord(c) // 16] + HEX[ord(c) % 16])
        else:
            out.append(c)
    return "".join(out)


def parse_query(q: str) -> dict[str, list[str]]:
    res: dict[str, list[str]] = {}
    for part in q.split("&"):
        if not part:
            continue
        k, _, v = part.partition("=")
        res.setdefault(unquote(k), []).append(unquote(v))
    return res


def resolve(base: str, rel: str) -> str:
    if rel.startswith("/"):
        segs = rel.split("/")
    else:
        segs = base.rsplit("/", 1)[0].split("/") + rel.split("/")
    out: list[str] = []
    for s in segs:
        if s == "..":
            if len(out) > 1:
                out.pop()
        elif s != ".":
            out.append(s)
    if rel.endswith(("/.", "/..")) or rel in (".", ".."):
        out.append("")
    return "/".join(out)


def main(argv: list[str]) -> int:
    urls = ["HTTP://Example.COM/a/b/../c?x=1&y=two+words&x=3#frag",
            "https://user:pw@host.example:8443/path%20with%20spaces?q=caf%C3%A9&empty=&flag",
            "ftp://files.example.org:21/pub/",
            "https://[::1]:8080/ipv6",
            "http://host:99999/",
            "http://host:abc/",
            "mailto:someone@example.com",
            "https://h/p?bad=%G1"]
    for u in urls:
        try:
            p = parse(u)
            print(repr(p))
            print("  canonical:", p, "| query:", parse_query(p.query), "| path:", unquote(p.path))
        except UrlError as e:
            print("UrlError:", e)
    for s in ["a b&c=d/é", "safe-_.~", "100%", "😀"]:
        q = quote(s)
        print(repr(s), "->", q, "->", repr(unquote(q)))
    base = "/docs/guide/intro.html"
    for rel in ["setup.html", "../api/index.html", "./x/./y", "../../../../root", "/abs/./p", "..", "."]:
        print(rel.ljust(20), resolve(base, rel))
    parts = ("usr", "local", "bin")
    print("/".join(parts), "/" + "/".join(("a",)), ".".join(("www", "example", "com")).upper())
    try:
        unquote("%4")
    except ValueError as e:
        print(type(e).__name__, e)
    parse("no-scheme-here")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
