# expect: 5:11: float, None
"""float | None on a local annotation."""

def main(argv: list[str]) -> int:
    best: float | None = None
    for s in argv:
        best = 1.5
    print(best is None)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
