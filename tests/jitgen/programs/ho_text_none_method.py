"""A header lookup that returns `str | None`, used carelessly: found values
are stripped and searched, and the first missing header ends the program
with CPython's uncaught AttributeError ('NoneType' object has no attribute
'rstrip') on every backend."""

HEADERS = """Host: example.com
Content-Type: text/plain; charset=utf-8
Content-Length:   42
"""


def header(text: str, name: str) -> str | None:
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == name.lower():
            return value
    return None


def main(argv: list[str]) -> int:
    for name in ["host", "CONTENT-TYPE", "content-length"]:
        v = header(HEADERS, name)
        print(name, "->", repr(v.strip()), v.find(";"), v.index(" "), v.lstrip().upper())
    print("charset:", header(HEADERS, "content-type").rpartition("=")[2])
    print("accept:", header(HEADERS, "accept").rstrip())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
