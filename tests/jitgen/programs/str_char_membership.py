"""`c in LITERAL` where c is one character taken from a string (s[i]):
empty, one-character, operator, Latin-1 and wide literals, a literal with
repeated characters, and one longer than the inline limit; the text mixes
ASCII, Latin-1 and wide characters."""


def classify(text: str) -> list[int]:
    counts = [0, 0, 0, 0, 0, 0, 0]
    for i in range(len(text)):
        c = text[i]
        if c in "":
            counts[0] += 1
        if c in "a":
            counts[1] += 1
        if c in "+-*/%<>=(),;":
            counts[2] += 1
        if c in "\xe9\xff\x00":
            counts[3] += 1
        if c in "\u20ac\u0101x":
            counts[4] += 1
        if c in "aaaabbbb":
            counts[5] += 1
        if c in "abcdefghijklmnopqrstuvwxyz0123456789_ABCDEF":
            counts[6] += 1
    return counts


def main(argv: list[str]) -> int:
    text = "let a = (b + 3) * c;\t\xe9t\xe9 \u20ac5 \u0101x\x00\xff -> ab_CD/9%2 <= >=" * 3
    print(classify(text))
    print(classify(""), classify("\u20ac"), classify("+"))
    ops = ""
    for i in range(len(text)):
        c = text[i]
        if c in "<>=" and i + 1 < len(text) and text[i + 1] in "=":
            ops = ops + c + "="
    print(ops)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
