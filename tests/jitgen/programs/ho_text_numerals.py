"""Numbers as text, both ways: Roman numerals (to and from, with validation
by round trip), English number words with 'and' and hyphens, ordinals, a
tolerant number reader that accepts underscores and decimal digits of other
scripts (Arabic-Indic, Devanagari, fullwidth, mathematical digits past
U+FFFF) exactly where int() and float() do, and a right-aligned column of
the results with thousands separators made by hand."""

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(1000000000000, "trillion"), (1000000000, "billion"), (1000000, "million"), (1000, "thousand")]


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range for Roman numerals")
    out = ""
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out += sym * q
    return out


def from_roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    s = s.strip().upper()
    for i, c in enumerate(s):
        if c not in vals:
            raise ValueError("bad Roman digit %r in %r" % (c, s))
        v = vals[c]
        if i + 1 < len(s) and vals.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError("non-canonical numeral " + repr(s) + ", expected " + to_roman(total))
    return total


def below_thousand(n: int) -> str:
    words: list[str] = []
    h, rest = divmod(n, 100)
    if h:
        words.append(ONES[h] + " hundred")
    if rest:
        if h:
            words.append("and")
        if rest < 20:
            words.append(ONES[rest])
        else:
            t, o = divmod(rest, 10)
            words.append(TENS[t] + ("-" + ONES[o] if o else ""))
    return " ".join(words)


def to_words(n: int) -> str:
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + to_words(-n)
    parts: list[str] = []
    for value, name in SCALES:
        if n >= value:
            parts.append(below_thousand(n // value) + " " + name)
            n %= value
    if n:
        if parts and n < 100:
            parts.append("and")
        parts.append(below_thousand(n))
    return " ".join(parts)


def ordinal(n: int) -> str:
    suffix = "th"
    if n % 100 not in (11, 12, 13):
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return str(n) + suffix


def grouped(n: int) -> str:
    s = str(abs(n))
    groups: list[str] = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ("-" if n < 0 else "") + ",".join(groups)


def read_number(text: str) -> str:
    try:
        return "int " + grouped(int(text))
    except ValueError:
        pass
    try:
        return "float " + str(float(text))
    except ValueError as e:
        return "error " + str(e)


def main(argv: list[str]) -> int:
    for n in [1, 4, 9, 14, 40, 90, 400, 1987, 2024, 3999]:
        r = to_roman(n)
        print(str(n).rjust(5), r.ljust(12), from_roman(r.lower()), ordinal(n).rjust(6))
    for bad in ["IIII", "VX", "MMMM", "IC", "XIIV", "ABC", ""]:
        try:
            print(repr(bad), "->", from_roman(bad))
        except ValueError as e:
            print(repr(bad), "->", type(e).__name__, e)
    try:
        to_roman(0)
    except ValueError as e:
        print(e)
    for n in [0, 7, 13, 21, 100, 101, 115, 999, 1000, 1001, 12345, 1000000, 1002003, -45, 999999999999999, 3000000000017]:
        print(grouped(n).rjust(24), "|", to_words(n))
    print([ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003]])
    inputs = ["42", " -17 ", "1_000_000", "٤٢", "१२३", "１２", "𝟗𝟗", "١_٠٠٠", "3.25", "١.٥", "𝟏𝟎e𝟐",
              "1e3", "_1", "1__0", "1_", "0x10", "12abc", "", "1.5_", "٣_", "∞", "inf", "-0.0"]
    width = max([len(repr(t)) for t in inputs])
    for t in inputs:
        print(repr(t).rjust(width), read_number(t))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
