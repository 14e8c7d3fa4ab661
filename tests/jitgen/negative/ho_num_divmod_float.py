# expect: 9:22: divmod, float
"""divmod() of a float: the subset has divmod of ints only (use // and %
on floats)."""


def main(argv: list[str]) -> int:
    elapsed = 3725.5
    for extra in [0.25, 1.5]:
        mins, secs = divmod(elapsed + extra, 60)
        print(mins, secs)
    return 0
