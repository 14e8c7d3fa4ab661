"""Searching, counting, replacing, splitting and case mapping on texts long
enough that matches fall on every offset of a 16-character block and
across block ends; needles of 1 to 70 characters; one-byte (ASCII and
Latin-1) and four-byte texts; needles whose first and last characters
are frequent but whose middle differs."""

ALPHABET = "ab c\xe9"


def lcg_text(seed: int, n: int, alphabet: str) -> str:
    parts: list[str] = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        parts.append(alphabet[(seed >> 8) % len(alphabet)])
    return "".join(parts)


def search_report(text: str, needle: str) -> str:
    first = text.find(needle)
    nxt = text.find(needle, first + 1) if first >= 0 else -1
    tail = text.find(needle, len(text) - 40)
    bounded = text.find(needle, 3, len(text) - 5)
    rfirst = text.rfind(needle)
    return (str(first) + "," + str(nxt) + "," + str(tail) + "," + str(bounded) + "," + str(rfirst) + ","
            + str(text.count(needle)) + "," + str(needle in text) + "," + str(len(text.replace(needle, "XY"))))


def check_needles(name: str, text: str) -> None:
    total = 0
    lines: list[str] = []
    for start in range(0, 90, 7):
        for size in [1, 2, 3, 5, 8, 15, 16, 17, 18, 19, 33, 64, 65, 70]:
            if start + size <= len(text):
                needle = text[start:start + size]
                lines.append(search_report(text, needle))
                total += text.count(needle)
    # absent needles: first and last characters present, middle not
    for needle in ["a\u0101b", "aZZZb", "a" + "q" * 30 + "b", "cc" * 40 + "Q"]:
        lines.append(search_report(text, needle))
    print(name, total, len(lines))
    for line in lines:
        print(line)


def check_overlaps() -> None:
    for hay in ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abababababababababababababababababab" * 3]:
        for needle in ["aa", "aaa", "aba", "abab", "bab", "ababa"]:
            print(needle, hay.count(needle), hay.find(needle, 17), hay.replace(needle, "-"))
    # a match ending exactly at the text's end, at every length
    for n in range(1, 40):
        s = "x" * n + "yz"
        print(n, s.find("yz"), s.count("xy"), s.find("xyz"), s.replace("xy", "Q").find("Q"))


def check_split() -> None:
    for n in range(0, 40):
        s = ""
        for i in range(n):
            s = s + ("," if i % 3 == 0 else "w" + str(i % 10))
        parts = s.split(",")
        print(n, len(parts), "|".join(parts), len(s.split("w")), len(s.split(",w")))
    wide = "\u0100,b,,\u20ac\u20ac," * 9
    print(wide.split(","), len(wide.split("\u20ac")))
    spaced = " one\ttwo\x85three\xa0four  \u3000five\n\x1csix "
    print(spaced.split(), (spaced * 5).split(), "".split(), "   ".split())
    print(("x y" * 20).split())


def check_case() -> None:
    for n in [0, 1, 15, 16, 17, 31, 32, 33, 47, 100]:
        s = lcg_text(n + 7, n, "aZ @[`{zA\xe9\xdf\xff09")
        print(n, s.upper(), s.lower(), s.upper().lower() == s.lower())
    wide = lcg_text(3, 50, "aB\u0101\u03a3c")
    print(wide.upper(), wide.lower())


def check_shared_pieces() -> None:
    """Short strings built by +, slicing and split, as dict keys."""
    counts: dict[str, int] = {}
    words = ["ka", "lo", "\xe9t", "z", "", "longer-than-sixteen"]
    text_parts: list[str] = []
    for i in range(300):
        w = words[i % 6] + words[(i * 7) % 6]
        if i % 4 == 0:
            w = w + words[(i // 3) % 6]
        text_parts.append(w)
        counts[w] = counts.get(w, 0) + 1
    text = " ".join(text_parts)
    again: dict[str, int] = {}
    for w in text.split(" "):
        again[w] = again.get(w, 0) + 1
    for k in counts:
        if counts[k] != again.get(k, -1):
            print("mismatch", k, counts[k], again.get(k, -1))
    print(len(counts), len(again), sorted(again.keys())[:6])
    # equal strings of every length up to 20, differing at one position
    for n in range(0, 21):
        a = "q" * n
        for pos in range(n):
            b = a[:pos] + "r" + a[pos + 1:]
            if a == b or {a: 1}.get(b, 0) == 1:
                print("bad", n, pos)
        c = ("q" * (n + 1))[1:]
        print(n, a == c, hash(a) == hash(c), (a + "r")[:n] == a, {a: 1}.get(c, 0))


def main(argv: list[str]) -> int:
    check_needles("narrow", lcg_text(1, 400, ALPHABET))
    check_needles("ascii", lcg_text(2, 300, "abc"))
    check_needles("wide", lcg_text(3, 200, "ab\u0101\u20ac"))
    check_overlaps()
    check_split()
    check_case()
    check_shared_pieces()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
