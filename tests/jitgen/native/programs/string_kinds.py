"""Strings of both native kinds (one byte per code point below 256, four
bytes otherwise) meeting in every str operation: results must not depend on
which kind an operand happens to have."""
from jitgen.hints import StringBuilder

WIDE = "\u03b1\u03b2\u03b3"          # Greek: needs four bytes per code point
LATIN = "caf\xe9 \xff\xb5"           # Latin-1, above ASCII
EMOJI = "a\U0001f600b"


def show(label: str, v: str) -> None:
    print(label, repr(v), len(v))


def kinds_meet(a: str, b: str) -> None:
    c = a + b
    show("concat", c)
    show("slice-back", c[len(a):])
    show("slice-front", c[:len(a)])
    print("eq", c[:len(a)] == a, c[len(a):] == b, a == b, a < b, b < a, a <= c, c > b)
    print("find", c.find(b), c.rfind(b), c.find(a), b in c, a in b, c.count(b[:1]))
    print("starts", c.startswith(a), c.endswith(b), c.startswith(b), b.endswith(a))
    show("replace", c.replace(b, a))
    show("replace-all", c.replace(c[:1], b))
    show("join", b.join([a, a, c]))
    show("mul", a * 3)


def classify(s: str) -> str:
    """Character-level scanning (inlined for one-byte strings)."""
    out = ""
    for i in range(len(s)):
        c = s[i]
        if "a" <= c <= "z":
            out += "l"
        elif "A" <= c <= "Z":
            out += "U"
        elif c == "\xe9" or c == "\u03b1":
            out += "*"
        elif c > "\xff":
            out += "W"
        elif c < " ":
            out += "c"
        elif c == "":
            out += "?"
        else:
            out += "."
        if s[-1 - i] == c:
            out += "="
        if i > 0 and s[i - 1] < c:
            out += "<"
        if i > 0 and s[i - 1] >= c:
            out += ">"
    return out


def main(argv: list[str]) -> int:
    for s in ["abcXYZ", LATIN, WIDE, EMOJI, "\t\u03b1\xe9z", "", "zz\xe9"]:
        codes = ""
        for j in range(len(s)):
            codes += " " + str(ord(s[j]))
        print("classify", repr(s), classify(s), codes)
    ch = ["a", "", "ab", "\u03b1", "\xe9", "\U0001f600"]
    for a in ch:
        print("vs", repr(a), a == "a", a != "a", a < "b", "b" <= a, a > "\xe9", a == "", a >= "\u03b1")
    try:
        print(WIDE[3])
    except IndexError:
        print("IndexError wide")
    try:
        print(LATIN[-8])
    except IndexError:
        print("IndexError narrow")
    kinds_meet("abc", WIDE)
    kinds_meet(WIDE, "abc")
    kinds_meet(LATIN, EMOJI)
    kinds_meet("", WIDE)
    mixed = "x" + WIDE + "y"
    narrow = mixed[0] + mixed[4]
    show("narrowed", narrow)
    print("narrow==literal", narrow == "xy", hash(narrow) == hash("xy"))
    counts: dict[str, int] = {}
    for w in ["xy", narrow, WIDE, WIDE[:2] + WIDE[2:], "\u03b1" + "\u03b2\u03b3"]:
        counts[w] = counts.get(w, 0) + 1
    for k in counts:
        print("count", repr(k), counts[k])
    show("upper", (LATIN + WIDE).upper())
    show("lower", "\u0178\u039c ABC".lower())
    show("upper-latin", LATIN.upper())
    for t in ["\xdf", "stra\xdfe", "\ufb01x", "\u0149", "\u01c5", "\u0130", "\u1e9e", "\u0390",
              "\u03a3", "\u039f\u0394\u039f\u03a3", "\u03a3\u0391", "A\u03a3.", "\u03a3\u03a3 \u03a3"]:
        print("case", repr(t), repr(t.upper()), repr(t.lower()), len(t.upper()), len(t.lower()))
    print(WIDE.isalpha(), LATIN.isalpha(), "\u0661\u0662".isdigit(), WIDE.islower(), WIDE.upper().isupper())
    words = ("  " + WIDE + " one\u3000two  " + LATIN + " ").split()
    print(len(words), "|".join(words))
    parts = ("a" + WIDE + "b" + WIDE + "c").split(WIDE)
    print(len(parts), "|".join(parts))
    print(len("x,\u03b1,y".split(",")), "x,\u03b1,y".split(",")[1])
    show("strip", ("\u3000 " + WIDE + " \u2003").strip())
    show("strip-chars", (WIDE + "abc" + WIDE).strip(WIDE))
    show("lstrip-chars", (WIDE + "abc").lstrip("\u03b1\u03b2"))
    show("ljust", WIDE.ljust(6, "."))
    show("rjust", "ab".rjust(5, "\u2500"))
    show("zfill", ("-" + WIDE).zfill(7))
    print("ord", ord(WIDE[1]), ord(LATIN[5]), ord(EMOJI[1]), repr(chr(0x3b1)), repr(chr(233)), repr(chr(0x1f600)))
    print("index", EMOJI[1] == "\U0001f600", WIDE[-1], LATIN[-2])
    sb = StringBuilder()
    sb.append("plain ")
    sb.append(LATIN)
    sb.append_slice(WIDE, 1, 3)
    sb.append(" tail")
    built = sb.build()
    show("builder", built)
    sb2 = StringBuilder()
    sb2.append_slice(mixed, 0, 1)
    sb2.append_slice(mixed, 4, 5)
    print("builder narrow", sb2.build() == "xy")
    print("int", int("\u0663\u0664"), int(" 12 "), str(7) + WIDE)
    print(repr(WIDE + "'\n\x00\u200b"), repr(LATIN))
    ordered = [WIDE, "abc", LATIN, "\xe9", EMOJI, "zz"]
    ordered.sort()
    print("|".join(ordered))
    print(WIDE, LATIN, EMOJI)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
