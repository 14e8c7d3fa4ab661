# expect: 4:1: async
"""An async function."""

async def fetch(n: int) -> int:
    return n


def main(argv: list[str]) -> int:
    fetch(1)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
