# expect: 6:11: format, spec
"""str.format() with a format spec ({:>5}): not in the subset."""


def main(argv: list[str]) -> int:
    print("{:>5}|".format(len(argv)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
