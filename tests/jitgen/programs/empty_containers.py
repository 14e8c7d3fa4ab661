"""Empty strings, lists and dicts: lengths, iteration, joins, truthiness."""


class Bag:
    items: list[str]
    counts: dict[str, int]

    def __init__(self) -> None:
        self.items = []
        self.counts = {}

    def is_empty(self) -> bool:
        return not self.items


def describe(xs: list[int]) -> str:
    if not xs:
        return "empty"
    return "has " + str(len(xs))


def main(argv: list[str]) -> int:
    e: list[int] = []
    d: dict[str, int] = {}
    s = ""
    print(len(e), len(d), len(s), repr(s), repr(""), repr(s + s))
    print(describe(e), describe([0]))
    for x in e:
        print("never", x)
    for k in d:
        print("never", k)
    for c in s:
        print("never", c)
    print("|" + ",".join([]) + "|", "|" + s.strip() + "|", len(s.split()), len(s.split(",")))
    print(s == "", s < "a", "" in "abc", "a" in s, 0 in e, "k" in d)
    print(len(e[0:10]), len(e[:]), len(sorted(e)), len(e + e), len(e * 5))
    print(s.find(""), "abc".find(""), s.upper() == "", s.replace("", "x"))
    print(len([x for x in e if x > 0]), len({k: 1 for k in s}))
    b = Bag()
    print(b.is_empty(), len(b.counts))
    b.items.append("a")
    print(b.is_empty())
    b.items.pop()
    print(b.is_empty(), b.counts.get("x", -1))
    if s:
        print("non-empty str is truthy")
    else:
        print("empty str is falsy")
    if d:
        print("non-empty dict")
    else:
        print("empty dict is falsy")
    t = ("",)
    print(len(t[0]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
