# expect: 4:28: **kwargs
"""A **kwargs parameter."""

def configure(name: str, **kwargs: str) -> str:
    return name


def main(argv: list[str]) -> int:
    print(configure("x", mode="fast"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
