"""Interning and identity: value objects with __eq__ and __hash__ used as
keys of r_dicts (program eq/hash functions), plain objects as dict keys by
identity, a prebuilt module-level interner whose state changes at run time,
a @specialize.argtype helper used on two item types, `is` versus `==`
between interned and fresh objects, and KeyError reports for missing
keys of every kind."""
from typing import TypeVar

from jitgen.hints import r_dict, specialize

T = TypeVar("T")


class Sym:
    name: str
    ns: str

    def __init__(self, name: str, ns: str = "") -> None:
        self.name = name
        self.ns = ns

    def __eq__(self, other: "Sym") -> bool:
        return self.name == other.name and self.ns == other.ns

    def __hash__(self) -> int:
        return sym_hash(self)

    def __repr__(self) -> str:
        return f"{self.ns}:{self.name}" if self.ns else self.name


def sym_eq(a: Sym, b: Sym) -> bool:
    return a == b


def sym_hash(s: Sym) -> int:
    h = 5381
    for c in s.ns + "/" + s.name:
        h = (h * 33 + ord(c)) & 0xFFFFFFFF
    return h


class Cell:
    """No __eq__: compared and hashed by identity."""
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"Cell({self.value})"


class Interner:
    table: r_dict[Sym, Sym]
    hits: int
    misses: int

    def __init__(self) -> None:
        self.table = r_dict(sym_eq, sym_hash)
        self.hits = 0
        self.misses = 0

    def intern(self, name: str, ns: str = "") -> Sym:
        probe = Sym(name, ns)
        found = self.table.get(probe)
        if found is not None:
            self.hits += 1
            return found
        self.misses += 1
        self.table[probe] = probe
        return probe


INTERNER = Interner()
KEYWORDS = [INTERNER.intern(w) for w in ["if", "else", "while"]]


@specialize.argtype(0)
def count_distinct(xs: list[T]) -> int:
    n = 0
    for i in range(len(xs)):
        seen = False
        for j in range(i):
            if xs[j] == xs[i]:
                seen = True
                break
        if not seen:
            n += 1
    return n


def main(argv: list[str]) -> int:
    words = "if x else y while if z lib:x lib:y x".split()
    syms: list[Sym] = []
    for w in words:
        ns, _, name = w.rpartition(":")
        syms.append(INTERNER.intern(name, ns))
    print(syms, INTERNER.hits, INTERNER.misses, len(INTERNER.table))
    print(syms[0] is KEYWORDS[0], syms[1] is syms[9], syms[1] is syms[7], Sym("x") == syms[1],
          Sym("x") is syms[1], Sym("x", "lib") != syms[7])
    print(count_distinct(syms), count_distinct(words), count_distinct([len(w) for w in words]))

    env: r_dict[Sym, int] = r_dict(sym_eq, sym_hash)
    for i, s in enumerate(syms):
        env[Sym(s.name, s.ns)] = env.get(s, 0) + i
    print([(repr(k), v) for k, v in env.items()])
    print(Sym("if") in env, Sym("if", "lib") in env, env.pop(Sym("x")), len(env))
    del env[Sym("y")]
    print(list(env.keys()), env.setdefault(Sym("new"), 7), env[Sym("new")])
    try:
        print(env[Sym("gone")])
    except KeyError as e:
        print("missing sym", e, repr(e))

    a, b = Cell(1), Cell(1)
    owners: dict[Cell, str] = {a: "first", b: "second"}
    print(len(owners), owners[a], owners[b], a in owners, Cell(1) in owners, [owners[c] for c in owners])
    del owners[a]
    print(list(owners.values()), owners.get(a), {c.value: n for c, n in owners.items()})
    counts: dict[tuple[str, int], int] = {}
    for s in syms:
        key = (s.ns or "-", len(s.name))
        counts[key] = counts.get(key, 0) + 1
    print(sorted(counts.items()))
    print(counts[("lib", 3)])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
