"""StringBuilder, the amortised way to build long strings."""
from jitgen.hints import StringBuilder


def escape(s: str) -> str:
    b = StringBuilder(len(s) + 2)
    b.append('"')
    for c in s:
        if c == '"':
            b.append('\\"')
        elif c == "\n":
            b.append("\\n")
        elif c == "\\":
            b.append("\\\\")
        else:
            b.append(c)
    b.append('"')
    return b.build()


def table(rows: int, cols: int) -> str:
    b = StringBuilder()
    for r in range(rows):
        for c in range(cols):
            cell = str(r * c)
            b.append_multiple_char(" ", 4 - len(cell))
            b.append(cell)
        b.append("\n")
    return b.build()


def main(argv: list[str]) -> int:
    print(escape('say "hi"\nback\\slash'))
    print(table(4, 5), end="")
    b = StringBuilder()
    text = "abcdefghij"
    b.append_slice(text, 2, 5)
    b.append_slice(text, 7, 10)
    b.append_multiple_char("-", 0)
    print(b.build(), b.getlength())
    big = StringBuilder()
    for i in range(2000):
        big.append(str(i % 10))
    s = big.build()
    print(len(s), big.getlength(), s[:12], s[-5:])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
