"""Uncaught exception without a message: stderr ends with just the class name."""


class MyError(Exception):
    pass


def main(argv: list[str]) -> int:
    print("before")
    raise MyError()


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
