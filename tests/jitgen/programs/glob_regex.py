"""Pattern matching engines: a glob matcher with character classes and a
backtracking regex matcher (literals, ., [], *, +, ?, ^, $, groups with |)
compiled to a node graph; both run over a table of cases."""


class Pat:
    def match(self, s: str, i: int, k: "Cont") -> bool:
        raise NotImplementedError()


class Cont:
    """What to match after a node: the rest of a sequence, then `outer`."""
    nodes: list[Pat]
    idx: int
    outer: "Cont | None"

    def __init__(self, nodes: list[Pat], idx: int, outer: "Cont | None") -> None:
        self.nodes = nodes
        self.idx = idx
        self.outer = outer

    def run(self, s: str, i: int) -> bool:
        if self.idx < len(self.nodes):
            return self.nodes[self.idx].match(s, i, Cont(self.nodes, self.idx + 1, self.outer))
        if self.outer is None:
            return True
        return self.outer.run(s, i)


class End(Pat):
    def match(self, s: str, i: int, k: Cont) -> bool:
        return i == len(s) and k.run(s, i)


class Char(Pat):
    lo: str
    hi: str
    negate: bool
    anything: bool

    def __init__(self, lo: str, hi: str, negate: bool, anything: bool) -> None:
        self.lo = lo
        self.hi = hi
        self.negate = negate
        self.anything = anything

    def test(self, c: str) -> bool:
        if self.anything:
            return True
        return (self.lo <= c <= self.hi) != self.negate

    def match(self, s: str, i: int, k: Cont) -> bool:
        return i < len(s) and self.test(s[i]) and k.run(s, i + 1)


class Set(Pat):
    items: list[Char]
    negate: bool

    def __init__(self, items: list[Char], negate: bool) -> None:
        self.items = items
        self.negate = negate

    def match(self, s: str, i: int, k: Cont) -> bool:
        if i >= len(s):
            return False
        hit = False
        for it in self.items:
            if it.test(s[i]):
                hit = True
                break
        return hit != self.negate and k.run(s, i + 1)


class Repeat(Pat):
    body: Pat
    min_count: int
    max_count: int

    def __init__(self, body: Pat, min_count: int, max_count: int) -> None:
        self.body = body
        self.min_count = min_count
        self.max_count = max_count

    def match(self, s: str, i: int, k: Cont) -> bool:
        return self.attempt(s, i, k, 0)

    def attempt(self, s: str, i: int, k: Cont, count: int) -> bool:
        # greedy: try one more repetition first, then the continuation
        if self.max_count < 0 or count < self.max_count:
            more = RepeatCont(self, k, count + 1, i)
            if self.body.match(s, i, more):
                return True
        return count >= self.min_count and k.run(s, i)


class RepeatCont(Cont):
    rep: Repeat
    after: Cont
    count: int
    start: int

    def __init__(self, rep: Repeat, after: Cont, count: int, start: int) -> None:
        super().__init__([], 0, None)
        self.rep = rep
        self.after = after
        self.count = count
        self.start = start

    def run(self, s: str, i: int) -> bool:
        if i == self.start:
            return False     # an empty repetition would loop forever
        return self.rep.attempt(s, i, self.after, self.count)


class Alt(Pat):
    branches: list[list[Pat]]

    def __init__(self, branches: list[list[Pat]]) -> None:
        self.branches = branches

    def match(self, s: str, i: int, k: Cont) -> bool:
        for b in self.branches:
            if Cont(b, 0, k).run(s, i):
                return True
        return False


class RegexError(Exception):
    pass


class Compiler:
    src: str
    pos: int

    def __init__(self, src: str) -> None:
        self.src = src
        self.pos = 0

    def alternation(self) -> list[list[Pat]]:
        branches = [self.sequence()]
        while self.pos < len(self.src) and self.src[self.pos] == "|":
            self.pos += 1
            branches.append(self.sequence())
        return branches

    def sequence(self) -> list[Pat]:
        seq: list[Pat] = []
        while self.pos < len(self.src) and self.src[self.pos] not in "|)":
            atom = self.atom()
            if self.pos < len(self.src) and self.src[self.pos] in "*+?":
                op = self.src[self.pos]
                self.pos += 1
                if op == "*":
                    atom = Repeat(atom, 0, -1)
                elif op == "+":
                    atom = Repeat(atom, 1, -1)
                else:
                    atom = Repeat(atom, 0, 1)
            seq.append(atom)
        return seq

    def atom(self) -> Pat:
        c = self.src[self.pos]
        self.pos += 1
        if c == ".":
            return Char("", "", False, True)
        if c == "$":
            return End()
        if c == "(":
            inner = self.alternation()
            if self.pos >= len(self.src) or self.src[self.pos] != ")":
                raise RegexError("missing ) at " + str(self.pos))
            self.pos += 1
            return Alt(inner)
        if c == "[":
            negate = False
            if self.pos < len(self.src) and self.src[self.pos] == "^":
                negate = True
                self.pos += 1
            items: list[Char] = []
            while self.pos < len(self.src) and self.src[self.pos] != "]":
                lo = self.src[self.pos]
                hi = lo
                if self.pos + 2 < len(self.src) and self.src[self.pos + 1] == "-" and self.src[self.pos + 2] != "]":
                    hi = self.src[self.pos + 2]
                    self.pos += 2
                self.pos += 1
                items.append(Char(lo, hi, False, False))
            if self.pos >= len(self.src):
                raise RegexError("unterminated [")
            self.pos += 1
            return Set(items, negate)
        if c in "*+?":
            raise RegexError("nothing to repeat at " + str(self.pos - 1))
        if c == "\\" and self.pos < len(self.src):
            c = self.src[self.pos]
            self.pos += 1
        return Char(c, c, False, False)


def regex_search(pattern: str, s: str) -> int:
    anchored = pattern.startswith("^")
    comp = Compiler(pattern[1:] if anchored else pattern)
    branches = comp.alternation()
    if comp.pos != len(comp.src):
        raise RegexError("unbalanced ) at " + str(comp.pos))
    top = Alt(branches)
    last = 0 if anchored else len(s)
    for start in range(last + 1):
        if top.match(s, start, Cont([], 0, None)):
            return start
    return -1


def glob(pat: str, s: str) -> bool:
    # iterative with one backtrack point for the last '*'
    p = 0
    i = 0
    star_p = -1
    star_i = 0
    while i < len(s):
        if p < len(pat) and pat[p] == "[":
            close = pat.find("]", p + 1)
            if close < 0:
                return False
            body = pat[p + 1:close]
            neg = body.startswith("!")
            if neg:
                body = body[1:]
            if (s[i] in body) != neg:
                p = close + 1
                i += 1
                continue
        elif p < len(pat) and (pat[p] == "?" or pat[p] == s[i]):
            p += 1
            i += 1
            continue
        elif p < len(pat) and pat[p] == "*":
            star_p = p
            star_i = i
            p += 1
            continue
        if star_p >= 0:
            p = star_p + 1
            star_i += 1
            i = star_i
            continue
        return False
    while p < len(pat) and pat[p] == "*":
        p += 1
    return p == len(pat)


def main(argv: list[str]) -> int:
    globs = [("*.py", "main.py"), ("*.py", "main.pyc"), ("a*b*c", "aXXbYYc"), ("a*b*c", "abcb"),
             ("?at", "cat"), ("?at", "at"), ("[ch]at", "hat"), ("[!ch]at", "hat"), ("*", ""),
             ("**x", "yyx"), ("día*", "días"), ("*[0-9]", "x7"), ("a[", "a[")]
    for pat, s in globs:
        print("glob", repr(pat), repr(s), glob(pat, s))
    regexes = [("ab*c", "xxabbbcyy"), ("^ab*c", "xxabc"), ("a(b|cd)+e", "zacdbcde"), ("colou?r", "color"),
               ("[a-c]+[^a-c]", "abcabcz"), ("(x|y)*$", "abxyx"), ("a.c", "a\nc"), ("h(a|e)llo$", "say hello"),
               ("(a*)*b", "aaaaaaaac"), ("[0-9]+\\.[0-9]*", "pi is 3.14"), ("é+", "caféé"),
               ("a)", "a"), ("(ab", "ab"), ("*a", "a"), ("[ab", "a")]
    for pat, s in regexes:
        try:
            print("re", repr(pat), repr(s), regex_search(pat, s))
        except RegexError as e:
            print("re", repr(pat), "error:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
