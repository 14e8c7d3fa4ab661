"""main's return value is the exit status; stdout is flushed at exit."""


def main(argv: list[str]) -> int:
    total = 0
    for i in range(100000):
        total += i % 7
    print("total", total, "args", len(argv))
    return 42


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
