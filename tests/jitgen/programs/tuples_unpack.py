"""Tuples: building, returning, unpacking, comparing, iterating with zip."""


def divmod_floor(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


def name_age(rec: tuple[str, int, float]) -> str:
    name, age, score = rec
    return name + "/" + str(age) + "/" + str(score)


def main(argv: list[str]) -> int:
    q, r = divmod_floor(17, 5)
    print(q, r)
    q, r = divmod_floor(-17, 5)
    print(q, r)
    lo, hi = min_max([4, -2, 9, 0])
    print(lo, hi)
    a = 1
    b = 2
    a, b = b, a
    print(a, b)
    a, b = b, a + b
    print(a, b)
    t = ("ann", 31, 4.5)
    print(name_age(t), t[0], t[1], t[2])
    recs: list[tuple[str, int, float]] = [("bob", 25, 3.0), ("cy", 40, 1.25)]
    for rec in recs:
        print(name_age(rec))
    for name, age, score in recs:
        print(name, age + 1, score * 2.0)
    print((1, 2) == (1, 2), (1, 2) == (2, 1), (1, "a") != (1, "b"))
    names = ["x", "y", "z"]
    vals = [10, 20, 30, 40]
    for n, v in zip(names, vals):
        print(n, v)
    for i, n in enumerate(names):
        print(i, n)
    pairs = [(i, i * i) for i in range(4)]
    total = 0
    for i, sq in pairs:
        total += i * sq
    print(total)
    nested = ((1, 2), (3, 4))
    (w, x), (y, z) = nested
    print(w, x, y, z)
    first, second = "ab"[0], "ab"[1]
    print(first + second)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
