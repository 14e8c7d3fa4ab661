"""Lists: every method, slices, comprehensions, sorting, errors."""


def fmt(xs: list[int]) -> str:
    return "[" + ", ".join([str(x) for x in xs]) + "]"


def fmt_s(xs: list[str]) -> str:
    return "[" + ", ".join([repr(x) for x in xs]) + "]"


def main(argv: list[str]) -> int:
    xs = [5, 3, 8]
    xs.append(1)
    xs.insert(0, 9)
    xs.insert(2, 7)
    xs.insert(100, 4)     # past the end: appends
    xs.insert(-1, 6)      # before the last
    print(fmt(xs), len(xs))
    print(xs.pop(), xs.pop(0), xs.pop(-2), fmt(xs))
    xs.extend([2, 2, 0])
    xs.remove(2)
    print(fmt(xs), xs.index(8), 8 in xs, 42 in xs)
    try:
        xs.index(42)
    except ValueError:
        print("index: ValueError")
    try:
        xs.remove(42)
    except ValueError:
        print("remove: ValueError")
    ys = sorted(xs)
    print(fmt(ys), fmt(xs))
    xs.sort()
    xs.reverse()
    print(fmt(xs))
    print(fmt(xs[1:3]), fmt(xs[:2]), fmt(xs[-2:]), fmt(xs[3:1]), fmt(xs[:]))
    del xs[0]
    del xs[-1]
    print(fmt(xs))
    zs = xs.copy()
    zs[0] = 100
    zs[-1] = -100
    print(fmt(xs), fmt(zs), fmt(list(zs)))
    print(fmt(xs + zs), fmt([0] * 5), fmt([1, 2] * 3), fmt([] * 3))
    evens = [i * i for i in range(12) if i % 2 == 0]
    print(fmt(evens))
    pairs = [x + y for x in [10, 20] for y in [1, 2, 3]]
    print(fmt(pairs))
    words = ["pear", "Apple", "fig", "apple", "Fig", "banana"]
    words.sort()
    print(fmt_s(words))
    fl = [2.5, -1.0, 3.25, 0.0, -7.5]
    fl.sort()
    print(", ".join([str(f) for f in fl]))
    grid = [[0] * 3 for i in range(3)]
    grid[1][2] = 5
    grid[2][0] = 7
    for row in grid:
        print(fmt(row))
    try:
        print(xs[10])
    except IndexError:
        print("IndexError read")
    try:
        xs[-10] = 1
    except IndexError:
        print("IndexError write")
    empty: list[int] = []
    try:
        empty.pop()
    except IndexError:
        print("IndexError pop")
    zs.clear()
    print(len(zs), fmt(zs))
    nested: list[list[str]] = []
    nested.append(["a"])
    nested[0].append("b")
    nested.append(nested[0][:])
    nested[1][0] = "z"
    print(fmt_s(nested[0]), fmt_s(nested[1]))
    big = [(i * 37) % 101 for i in range(300)]
    big.sort()
    print(big[0], big[150], big[299], len(big))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
