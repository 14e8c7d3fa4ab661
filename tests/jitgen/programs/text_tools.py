"""String handling as a tokenizer or a line-oriented tool writes it: split
with and without separators and limits, strip variants, find/rfind/index with
bounds, startswith, joins, comparisons, and non-ASCII text."""


class Field:
    key: str
    value: str

    def __init__(self, key: str, value: str) -> None:
        self.key = key
        self.value = value


def parse_header(line: str) -> Field | None:
    i = line.find(":")
    if i < 0:
        return None
    return Field(line[:i].strip().lower(), line[i + 1:].strip())


def splits() -> None:
    samples = ["a b  c", "  leading and trailing  ", "", "   ", "one", "tab\tsep\nnl\r\nend",
               "x,y,,z,", ",", "a::b::c", "ünï cödé ☃ snow"]
    for s in samples:
        print(repr(s), "->", len(s.split()), "|".join(s.split()))
        print("   by ','", "|".join(s.split(",")), " by '::'", "|".join(s.split("::")))
    print("|".join("a b c d".split(" ", 1)), "/", "|".join("a,b,c,d".split(",", 2)))
    print("|".join("  a  b  c  ".split(None, 1)), "/", "|".join("k=v=w".split("=", 0)))
    print("|".join("a,b,c".rsplit(",", 1)), "/", "|".join("a b c".rsplit(None, 1)))
    print("lines", "|".join("l1\nl2\r\nl3\n".splitlines()), len("\n\n".splitlines()))
    try:
        print(len("abc".split("")))
    except ValueError as e:
        print("ValueError:", e)


def strips() -> None:
    s = "  \t hello world \n "
    print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
    print("[" + "xxhixx".strip("x") + "]", "[" + "abcba".strip("ab") + "]", "[" + "...a.".lstrip(".") + "]")
    print("[" + "0012300".rstrip("0") + "]", "[" + "".strip() + "]", "[" + "aaa".strip("a") + "]")


def searching() -> None:
    s = "the cat sat on the mat"
    print(s.find("at"), s.find("at", 5), s.find("at", 5, 8), s.find("dog"), s.find(""), s.find("", 30))
    print(s.rfind("at"), s.rfind("at", 0, 10), s.rfind("the"), s.rfind("x"))
    print(s.index("sat"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"))
    try:
        print(s.index("dog"))
    except ValueError as e:
        print("ValueError:", e)
    print(s.startswith("the"), s.startswith("cat", 4), s.endswith("mat"), s.endswith(""),
          s.startswith(("a", "t")), s.endswith(("x", "y")))
    print("cat" in s, "dog" not in s, "" in s, s.replace("at", "og"), s.replace("at", "", 1))


def slicing() -> None:
    s = "abcdefghij"
    print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-100:3], s[8:100], s[5:2], "[" + s[10:] + "]")
    print(s[::2], s[::-1], s[1:8:3], s[8:1:-2], s[-1], s[0])
    try:
        print(s[10])
    except IndexError as e:
        print("IndexError:", e)


def cases() -> None:
    words = ["Apple", "apple", "APPLE", "banana", "Äpfel", "zebra", "", "a", "ab", "b"]
    srt = sorted(words)
    print(" ".join([repr(w) for w in srt]))
    print("Apple" < "apple", "a" < "ab", "ab" < "b", "" < "a", "Z" < "a", "é" > "z", "abc" == "ab" + "c")
    for w in ["Hello", "hello", "HELLO", "123", "abc123", " ", "", "ß", "Ünïcode"]:
        print(repr(w), w.upper(), w.lower(), w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(),
              w.isupper(), w.islower())
    print("x".ljust(4) + "|", "x".rjust(4) + "|", "42".zfill(5), "-42".zfill(5), "abc".ljust(2) + "|")
    print("ab" * 3, "-" * 0, "=" * 10, 3 * "xy")


def codepoints() -> None:
    for ch in ["A", "é", "€", "☃", "中", "😀", "\u0000", "\n"]:
        print(repr(ch), ord(ch), len(ch))
    print(chr(65), chr(233), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010FFFF")
    s = "a😀b€"
    print(len(s), s[1] == "😀", s[2], s.find("b"), s.upper(), repr(s))
    out = ""
    for c in s:
        out += str(ord(c)) + ","
    print(out)
    try:
        print(chr(0x110000))
    except ValueError as e:
        print("ValueError:", e)


def headers() -> None:
    lines = ["Content-Type: text/html", "X-Empty:", "no colon here", "  Host :  example.org  "]
    for line in lines:
        f = parse_header(line)
        if f is None:
            print("skip", repr(line))
        else:
            print(repr(f.key), "=", repr(f.value))


def main(argv: list[str]) -> int:
    splits()
    strips()
    searching()
    slicing()
    cases()
    codepoints()
    headers()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
