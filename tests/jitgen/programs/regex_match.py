"""A backtracking matcher for a small regex language: . * + ? ^ $ and classes."""


class Pattern:
    src: str
    anchored: bool

    def __init__(self, src: str) -> None:
        self.anchored = src.startswith("^")
        self.src = src[1:] if self.anchored else src


def class_end(p: str, i: int) -> int:
    j = i + 1
    while j < len(p) and p[j] != "]":
        j += 1
    if j >= len(p):
        raise ValueError("unterminated class in " + repr(p))
    return j


def atom_matches(p: str, i: int, end: int, c: str) -> bool:
    if p[i] == ".":
        return True
    if p[i] == "[":
        negate = p[i + 1] == "^"
        k = i + 2 if negate else i + 1
        hit = False
        while k < end:
            if k + 2 < end and p[k + 1] == "-":
                if p[k] <= c <= p[k + 2]:
                    hit = True
                k += 3
            else:
                if p[k] == c:
                    hit = True
                k += 1
        return hit != negate
    if p[i] == "\\":
        e = p[i + 1]
        if e == "d":
            return c.isdigit()
        if e == "w":
            return c.isalnum() or c == "_"
        return c == e
    return p[i] == c


def atom_end(p: str, i: int) -> int:
    if p[i] == "[":
        return class_end(p, i) + 1
    if p[i] == "\\":
        return i + 2
    return i + 1


def match_here(p: str, i: int, s: str, j: int) -> int:
    """The end of a match of p[i:] at s[j:], or -1."""
    if i == len(p):
        return j
    if p[i] == "$" and i + 1 == len(p):
        return j if j == len(s) else -1
    e = atom_end(p, i)
    op = p[e] if e < len(p) else ""
    if op == "*" or op == "+" or op == "?":
        # Greedy: take as many as possible, then back off.
        limit = 1 if op == "?" else len(s) - j
        n = 0
        while n < limit and j + n < len(s) and atom_matches(p, i, e, s[j + n]):
            n += 1
        least = 1 if op == "+" else 0
        while n >= least:
            r = match_here(p, e + 1, s, j + n)
            if r >= 0:
                return r
            n -= 1
        return -1
    if j < len(s) and atom_matches(p, i, e, s[j]):
        return match_here(p, e, s, j + 1)
    return -1


def search(pat: Pattern, s: str) -> str | None:
    start = 0
    while start <= len(s):
        end = match_here(pat.src, 0, s, start)
        if end >= 0:
            return s[start:end]
        if pat.anchored:
            break
        start += 1
    return None


CASES = [
    ("a+b", "caaab"), ("^a+b", "caaab"), ("colou?r", "my colour"), ("colou?r", "color!"),
    ("\\d+", "abc 1234 x"), ("[a-c]+", "xxbcabz"), ("[^a-z ]+", "hello WORLD 42"),
    ("x.*y", "axbbbyccy"), ("^$", ""), ("^$", "a"), ("end$", "the end"), ("end$", "ending"),
    ("\\w+@\\w+\\.com", "mail bob_1@host.com now"), ("a*", "bbb"), ("(", "("), ("[ab", "a"),
]


def main(argv: list[str]) -> int:
    for p, s in CASES:
        try:
            m = search(Pattern(p), s)
            if m is None:
                print(repr(p), repr(s), "no match")
            else:
                print(repr(p), repr(s), "->", repr(m))
        except ValueError as e:
            print(repr(p), "error:", str(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
