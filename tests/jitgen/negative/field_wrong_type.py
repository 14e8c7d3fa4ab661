# expect: 11:22: count, int, str
"""A field declared int is assigned a str."""

class Counter:
    count: int

    def __init__(self) -> None:
        self.count = 0

    def reset(self) -> None:
        self.count = "none"


def main(argv: list[str]) -> int:
    c = Counter()
    c.reset()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
