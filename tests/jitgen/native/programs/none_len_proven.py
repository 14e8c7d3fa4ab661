"""len() of a field that is None on every path LLVM can see: the read
through the null reference must still fail at run time (an error and a
non-zero status), not vanish as undefined behaviour (the program used to
print "before" and exit 0)."""


class Box:
    tags: list[str] | None

    def __init__(self) -> None:
        self.tags = None


def count(b: Box) -> int:
    t = b.tags
    return len(t)


def main(argv: list[str]) -> int:
    print("before")
    print(count(Box()))
    print("after")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
