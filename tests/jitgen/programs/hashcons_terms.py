"""Hash-consed terms: a unique table (r_dict with structural eq/hash on
shallow keys) guarantees one object per distinct term, so equality is
identity; a memoised simplifier keyed by term identity; deep terms to hit
the stack limit with a rewrite that never ends, caught as an interpreter would."""
from jitgen.hints import r_dict, intmask, StackOverflow


class Term:
    tag: str
    ival: int
    kids: list["Term"]
    hashval: int
    uid: int

    def __init__(self, tag: str, ival: int, kids: list["Term"], uid: int) -> None:
        self.tag = tag
        self.ival = ival
        self.kids = kids
        self.uid = uid
        h = hash(tag) ^ (ival * 1000003)
        for k in kids:
            h = intmask(h * 31 + k.hashval)
        self.hashval = h

    def show(self) -> str:
        if self.tag == "num":
            return str(self.ival)
        if self.tag == "var":
            return "x" + str(self.ival)
        return "(" + self.tag + " " + " ".join([k.show() for k in self.kids]) + ")"


def term_eq(a: Term, b: Term) -> bool:
    if a.tag != b.tag or a.ival != b.ival or len(a.kids) != len(b.kids):
        return False
    for i in range(len(a.kids)):
        # children are already unique: identity suffices
        if a.kids[i] is not b.kids[i]:
            return False
    return True


def term_hash(a: Term) -> int:
    return a.hashval


class Factory:
    table: r_dict[Term, Term]
    created: int
    lookups: int

    def __init__(self) -> None:
        self.table = r_dict(term_eq, term_hash)
        self.created = 0
        self.lookups = 0

    def make(self, tag: str, ival: int, kids: list[Term]) -> Term:
        self.lookups += 1
        probe = Term(tag, ival, kids, -1)
        found = self.table.get(probe)
        if found is not None:
            return found
        self.created += 1
        t = Term(tag, ival, kids, self.created)
        self.table[t] = t
        return t

    def num(self, n: int) -> Term:
        return self.make("num", n, [])

    def var(self, n: int) -> Term:
        return self.make("var", n, [])

    def add(self, a: Term, b: Term) -> Term:
        return self.make("+", 0, [a, b])

    def mul(self, a: Term, b: Term) -> Term:
        return self.make("*", 0, [a, b])


class Simplifier:
    f: Factory
    memo: dict[Term, Term]
    hits: int

    def __init__(self, f: Factory) -> None:
        self.f = f
        self.memo = {}
        self.hits = 0

    def simplify(self, t: Term) -> Term:
        got = self.memo.get(t)
        if got is not None:
            self.hits += 1
            return got
        res = t
        if t.tag == "+" or t.tag == "*":
            a = self.simplify(t.kids[0])
            b = self.simplify(t.kids[1])
            if a.tag == "num" and b.tag == "num":
                res = self.f.num(a.ival + b.ival if t.tag == "+" else a.ival * b.ival)
            elif t.tag == "+" and a.tag == "num" and a.ival == 0:
                res = b
            elif t.tag == "+" and b.tag == "num" and b.ival == 0:
                res = a
            elif t.tag == "*" and ((a.tag == "num" and a.ival == 0) or (b.tag == "num" and b.ival == 0)):
                res = self.f.num(0)
            elif t.tag == "*" and a.tag == "num" and a.ival == 1:
                res = b
            elif t.tag == "*" and b.tag == "num" and b.ival == 1:
                res = a
            elif t.tag == "+" and a is b:
                res = self.f.mul(self.f.num(2), a)
            else:
                res = self.f.make(t.tag, 0, [a, b])
        self.memo[t] = res
        return res


def depth(t: Term, memo: dict[Term, int]) -> int:
    # shared subterms are measured once (a DAG of 2^40 paths stays cheap)
    if t in memo:
        return memo[t]
    best = 0
    for k in t.kids:
        d = depth(k, memo)
        if d > best:
            best = d
    memo[t] = best + 1
    return best + 1


def expand(s: Simplifier, t: Term, n: int) -> Term:
    # x -> (+ x 0) -> x -> ... : never reaches a fixed point the rewriter
    # recognises; nothing new is allocated per step once the terms exist
    return expand(s, s.simplify(s.f.add(t, s.f.num(0))), n + 1)


def main(argv: list[str]) -> int:
    f = Factory()
    x = f.var(0)
    y = f.var(1)
    e1 = f.add(f.mul(x, f.num(1)), f.add(f.num(0), y))
    e2 = f.add(f.mul(x, f.num(1)), f.add(f.num(0), y))
    print("shared:", e1 is e2, e1.uid, e2.uid, f.created, f.lookups)
    s = Simplifier(f)
    print(e1.show(), "=>", s.simplify(e1).show())
    e3 = f.add(f.mul(f.num(3), f.num(4)), f.mul(f.add(x, f.num(0)), f.num(0)))
    print(e3.show(), "=>", s.simplify(e3).show())
    e4 = f.add(e1, e2)
    print(e4.show(), "=>", s.simplify(e4).show(), "memo hits", s.hits)
    # a balanced tree of 2^k leaves built with sharing stays small
    t = x
    for i in range(40):
        t = f.add(t, t)
    print("doubling 40 times: depth", depth(t, {}), "table size", len(f.table))
    # a rewrite that never reaches a normal form recurses without bound:
    # the overflow must be caught, not crash
    try:
        r = expand(s, x, 0)
        print("expanded?", r.show())
    except StackOverflow:
        print("rewriting did not terminate")
    print("after overflow, still works:", s.simplify(f.add(f.num(2), f.num(3))).show())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
