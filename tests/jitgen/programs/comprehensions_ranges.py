"""Comprehensions (nested, filtered, interrupted by exceptions) and ranges."""


def fmt(xs: list[int]) -> str:
    return "[" + " ".join([str(x) for x in xs]) + "]"


def checked_inverse(x: int) -> int:
    if x == 0:
        raise ZeroDivisionError("zero in input")
    return 100 // x


def main(argv: list[str]) -> int:
    tri = [[j for j in range(i)] for i in range(5)]
    print(" ".join([fmt(row) for row in tri]))
    scale = 3
    print(fmt([x * scale for x in range(10) if x % 2 == 0 if x > 2]))
    words = ["apple", "bob", "kayak", "tree", "noon"]
    print(" ".join([w.upper() for w in words if len(w) > 3]))
    d = {w[0]: w for w in words}
    print(len(d), " ".join([k + "=" + d[k] for k in d]))
    result = [-1]
    try:
        result = [checked_inverse(x) for x in [5, 4, 0, 2]]
    except ZeroDivisionError as e:
        print("comprehension stopped:", str(e))
    print(fmt(result))
    print(fmt([i for i in range(5, 0)]), fmt([i for i in range(0, 10, -1)]), fmt([i for i in range(10, 0, -3)]))
    print(fmt([i for i in range(-3, 3)]))
    print(fmt([1] * -2), repr("ab" * -1), repr("ab" * 0), fmt([7] * 1))
    total = 0
    for i in range(3):
        for j in range(i, 3):
            total += i * 10 + j
    print(total)
    acc = ""
    for i in range(200):
        acc += chr(ord("a") + i % 26)
    print(len(acc), acc[:30], acc[-5:])
    pairs = [(a, b) for a in range(3) for b in range(a)]
    print(" ".join([str(a) + ":" + str(b) for a, b in pairs]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
