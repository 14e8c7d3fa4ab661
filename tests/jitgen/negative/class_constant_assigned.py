# expect: 9:5: LIMIT, constant
"""Assigning a class constant in translated code."""

class Config:
    LIMIT = 10


def main(argv: list[str]) -> int:
    Config.LIMIT = 20
    print(Config.LIMIT)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
