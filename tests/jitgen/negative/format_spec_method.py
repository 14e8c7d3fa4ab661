# expect: 6:11: format, spec
"""str.format() with a nested field in a format spec ({:>{w}}): not in the subset."""


def main(argv: list[str]) -> int:
    print("{:>{w}}|".format(len(argv), w=5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
