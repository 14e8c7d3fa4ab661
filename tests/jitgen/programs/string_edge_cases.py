"""String methods at their edges: empty needles, negative starts, overlaps."""


def bar(parts: list[str]) -> str:
    return "|".join(parts) + " (" + str(len(parts)) + ")"


def main(argv: list[str]) -> int:
    s = "banana"
    print(s.find("a", -3), s.find("a", 10), s.find(""), s.find("", 6), s.find("", 7), s.rfind(""), s.rfind("a", 0, 2))
    print(s.count(""), s.count("ana"), s[2:].count("a"), "".count(""), s[-4:].count("nan"))
    astral = "a\U0001F600b\U0001F601"
    print(astral.count(""), astral.count("\U0001F600"), len(astral), astral[1:].count(""))
    print(s.replace("", "-"), s.replace("a", ""), s.replace("ana", "<>"), "".replace("", "x"), s.replace("x", "y"))
    print(bar(s.split("a")), bar(s.split("banana")), bar("".split("a")), bar("a".split("a")))
    print(bar("  ".split()), bar(" a ".split(" ")), bar("x--y--".split("--")))
    print(s.startswith(""), s.endswith("ana"), s.startswith("nan", 2), s[0:3].endswith("ban"))
    print(s.index("n"), s.rfind("n"), s[1:-1], s[-2:], s[3:3] == "", s[4:2] == "")
    print(s.strip("ab"), s.lstrip("b"), s.rstrip("an"), "xxyxx".strip("x"), "  \t ".strip() == "")
    print(s.upper().lower() == s, s < "band", s < "banana!", "B" + s[1:], s * 2)
    print("a,b;c".replace(",", ";").split(";")[2], "-".join(["a", "b", "c"]), ",".join(["", "", ""]))
    print(str(len(" ".join([]))), "x".ljust(0), "x".rjust(-1), "abc".ljust(2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
