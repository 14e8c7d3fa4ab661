"""The iterables a for loop accepts, used in comprehension for-clauses."""


def main(argv: list[str]) -> int:
    xs = [10, 20, 30]
    d = {"a": 1, "b": 2}
    print(" ".join([str(i) for i in reversed(range(2, 12, 4))]))
    print(" ".join([str(i) + s for i, s in enumerate(["x", "y"])]))
    print(" ".join([str(x + n) for x, n in zip(xs, [1, 2])]))
    print(" ".join([k + str(v) for k, v in d.items()]), " ".join([k for k in d.keys()]))
    print(" ".join([str(v) for v in d.values()]), " ".join([c for c in "hey"]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
