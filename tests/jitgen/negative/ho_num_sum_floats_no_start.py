# expect: 11:16: sum, float, start
"""sum() of a list of floats without a float start: CPython's sum([]) is
the int 0, so the result's type would depend on the list being empty."""


def average(xs: list[float]) -> float:
    if not xs:
        return 0.0
    # sum(xs) is int 0 for an empty list on CPython; the subset asks for
    # sum(xs, 0.0)
    return sum(xs) / len(xs)


def main(argv: list[str]) -> int:
    print(average([1.5, 2.5, 4.0]))
    return 0
