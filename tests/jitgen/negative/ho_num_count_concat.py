# expect: 12:22: +, str, int
"""Concatenating a str and an int count (CPython raises TypeError at run
time; check rejects it at the + expression)."""


def main(argv: list[str]) -> int:
    counts: dict[str, int] = {}
    for word in "a b a c b a".split():
        counts[word] = counts.get(word, 0) + 1
    lines = []
    for word, n in counts.items():
        lines.append(word + ": " + n)
    print("\n".join(lines))
    return 0
