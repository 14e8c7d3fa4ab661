"""r_dict with the program's own equality and hash functions."""
from jitgen.hints import r_dict, intmask


class Sym:
    name: str
    tag: int

    def __init__(self, name: str, tag: int) -> None:
        self.name = name
        self.tag = tag


def sym_eq(a: Sym, b: Sym) -> bool:
    return a.name == b.name


def sym_hash(a: Sym) -> int:
    h = 5381
    for c in a.name:
        h = intmask(h * 33 + ord(c))
    return h


def ci_eq(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def ci_hash(a: str) -> int:
    h = 0
    for c in a.lower():
        h = intmask(h * 31 + ord(c))
    return h


def bad_hash(a: str) -> int:
    # Every key collides: the table must still work.
    return 7


def plain_eq(a: str, b: str) -> bool:
    return a == b


def main(argv: list[str]) -> int:
    table: r_dict[Sym, int] = r_dict(sym_eq, sym_hash)
    table[Sym("x", 1)] = 10
    table[Sym("y", 2)] = 20
    table[Sym("x", 3)] = 30  # same key as the first: replaces its value
    print(len(table), table[Sym("x", 99)], table[Sym("y", 0)])
    print(Sym("z", 0) in table, Sym("y", 0) in table)
    for k in table:
        print("key", k.name, k.tag, table[k])
    del table[Sym("x", 0)]
    print(len(table), table.get(Sym("x", 0), -1))
    try:
        print(table[Sym("x", 0)])
    except KeyError:
        print("KeyError after delete")

    headers: r_dict[str, str] = r_dict(ci_eq, ci_hash)
    headers["Content-Type"] = "text/plain"
    headers["content-length"] = "12"
    headers["CONTENT-TYPE"] = "text/html"
    for k, v in headers.items():
        print(k, "=", v)
    print(headers["content-type"], "Content-Length" in headers, headers.pop("CONTENT-length"))
    print(len(headers), headers.setdefault("X-Mode", "fast"), headers.setdefault("x-mode", "slow"))
    print("|".join(headers.keys()), "|".join(headers.values()))

    col: r_dict[str, int] = r_dict(plain_eq, bad_hash)
    for i in range(20):
        col["k" + str(i)] = i * i
    for i in range(0, 20, 2):
        del col["k" + str(i)]
    total = 0
    for k in col:
        total += col[k]
    print(len(col), total, col["k19"], "k4" in col)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
