"""A character-class inspector, as a tokenizer author writes one to see how
str's predicates treat text from many scripts: isalpha/isdigit/isalnum/
isspace/isupper/islower on single characters and on words (titlecase letters,
roman numerals, superscripts, circled and mathematical letters, characters
past U+FFFF), upper()/lower() with their one-to-many and final-sigma cases (marks, soft
hyphens and apostrophes skipped, titlecase and mathematical letters cased),
comparisons and sorting by code point around the surrogate range, zfill and
center on wide text, a StringBuilder's length in code points, and a
per-block summary printed as a table."""

from jitgen.hints import StringBuilder

BLOCKS = [("Latin-1", 0xA0, 0x100), ("Latin Ext", 0x100, 0x250), ("Greek", 0x370, 0x400),
          ("Cyrillic", 0x400, 0x460), ("Arabic digits", 0x660, 0x670), ("Devanagari", 0x900, 0x980),
          ("Letterlike", 0x2100, 0x2190), ("Enclosed", 0x2460, 0x2500), ("CJK sym", 0x3000, 0x3040),
          ("Fullwidth", 0xFF00, 0xFF70), ("Deseret", 0x10400, 0x10450), ("Math alnum", 0x1D400, 0x1D480),
          ("Math digits", 0x1D7CE, 0x1D800), ("Emoji", 0x1F600, 0x1F610)]

WORDS = ["Hello", "HELLO", "hello", "ǅemal", "ǄEMAL", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "straße", "Ⅻ", "½", "x²",
         "①②", "١٢٣", "𝐀𝐁𝐂", "𝟗𝟖", "𐐀𐐨", "ﬁx", "İstanbul", "ſ", "Ⓐⓑ", "ªº", "ᵃᵇ", "", " ", "\u3000\x1c\x85",
         "a1", "A1", "1", "_", "ŉ", "ǰ"]


def flags(s: str) -> str:
    out = ""
    for bit, yes in (("a", s.isalpha()), ("d", s.isdigit()), ("n", s.isalnum()), ("s", s.isspace()),
                     ("U", s.isupper()), ("L", s.islower())):
        out += bit if yes else "."
    return out


class BlockStats:
    name: str
    counts: dict[str, int]
    upper_changes: int
    lower_changes: int
    grows: int

    def __init__(self, name: str) -> None:
        self.name = name
        self.counts = {}
        self.upper_changes = 0
        self.lower_changes = 0
        self.grows = 0

    def feed(self, c: str) -> None:
        f = flags(c)
        for k in f:
            if k != ".":
                self.counts[k] = self.counts.get(k, 0) + 1
        u = c.upper()
        lo = c.lower()
        if u != c:
            self.upper_changes += 1
        if lo != c:
            self.lower_changes += 1
        if len(u) > 1 or len(lo) > 1:
            self.grows += 1

    def row(self) -> list[str]:
        cells = [self.name]
        for k in "adnsUL":
            cells.append(str(self.counts.get(k, 0)))
        cells += [str(self.upper_changes), str(self.lower_changes), str(self.grows)]
        return cells


def main(argv: list[str]) -> int:
    for w in WORDS:
        up = w.upper()
        print(repr(w).ljust(14), flags(w), repr(up), repr(w.lower()), len(up), flags(up))
    sigmas = ["ΟΔΟΣ.", "ΣΑ'Σ", "AΣb", "AΣ\u0301", "A\u00adΣ", "A.Σ", "AΣ\u00adB", "1Σ", "ǅΣ", "ªΣ", "AΣ\u2019b",
              "ΑΣ\U0001d400", "\U0001d400Σ", "AΣ\u0345", "ᾼΣ", "Σ", "ΣΣ", "Σ\u0301Σ"]
    print([w.lower() for w in sigmas])
    table: list[list[str]] = [["block", "a", "d", "n", "s", "U", "L", "up", "low", "grow"]]
    for name, lo, hi in BLOCKS:
        st = BlockStats(name)
        for cp in range(lo, hi):
            st.feed(chr(cp))
        table.append(st.row())
    widths = [max([len(r[i]) for r in table]) for i in range(len(table[0]))]
    for r in table:
        print(" ".join([r[0].ljust(widths[0])] + [r[i].rjust(widths[i]) for i in range(1, len(r))]))
    checksum = 0
    for cp in range(0x80, 0x3400, 3):
        f = flags(chr(cp))
        for i, k in enumerate(f):
            if k != ".":
                checksum = (checksum * 31 + cp * (i + 1)) % 1000000007
    print("checksum", checksum)
    mixed = ["\uffff", "😀", "\ue000", "z", "\ud7ff", "𝐀", "ﬁ", "é", "Ａ"]
    print(sorted(mixed), max(mixed), min(mixed[1:4]), "😀" > "\uffff", "\ufb01" < "𝐀", "a😀" < "a\ue000")
    mixed.sort(reverse=True)
    print([hex(ord(c)) for c in mixed], [c < "\uf000" for c in mixed])
    for s in ["😀", "\uffff", "\ue000", "a", "", "😀x", "\uffffz"]:
        print(repr(s), s < "\uffff", s <= "\uffff", s > "\ue000", s >= "\ue000", s == "😀", s > "😀", s <= "😀")
    sb = StringBuilder()
    for c in mixed:
        sb.append(c)
        sb.append_multiple_char("·", 1 if c < "\uf000" else 0)
        print(sb.getlength(), end=" ")
    sb.append_slice("x𝐀𝐁y", 1, 3)
    built = sb.build()
    print(len(sb), len(built), built == "".join(mixed) or built[-2:] == "𝐀𝐁")
    print("😀".zfill(4), "-😀".zfill(4), "𝐀𝐁".center(6, "·"), "𝐀".rjust(3, "😀"), len("𝐀𝐁".ljust(5)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
