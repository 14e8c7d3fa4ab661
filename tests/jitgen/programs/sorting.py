"""Sorting: correctness on many duplicates, stability seen through -0.0/0.0,
sorted() leaving its argument alone, strings by code point."""


def is_sorted(xs: list[int]) -> bool:
    for i in range(1, len(xs)):
        if xs[i - 1] > xs[i]:
            return False
    return True


def main(argv: list[str]) -> int:
    xs = [(i * 7919 + 13) % 97 - 48 for i in range(500)]
    ys = sorted(xs)
    print(is_sorted(ys), is_sorted(xs), len(ys), ys[0], ys[250], ys[-1])
    checksum = 0
    for i in range(len(ys)):
        checksum = (checksum * 31 + ys[i] + 1000) % 1000003
    print(checksum)
    fs = [0.0, -0.0, 1.5, -0.0, 0.0, -1.5]
    fs.sort()
    print(" ".join([str(f) for f in fs]))
    gs = sorted([-0.0, 0.0, -0.0])
    print(" ".join([str(g) for g in gs]))
    words = ["b", "B", "ä", "a", "A", "z", "é", "e", "", "ab", "a "]
    print("|".join(sorted(words)))
    words.sort()
    words.reverse()
    print("|".join(words))
    one = [42]
    one.sort()
    empty: list[str] = []
    empty.sort()
    print(one[0], len(empty), len(sorted(empty)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
