# expect: 12:19: round, ndigits
"""round(x, ndigits) is outside the subset (only round(x), which gives an
int); a statistics report would naturally write it."""


def main(argv: list[str]) -> int:
    samples = [2.5, 3.25, 4.0, 7.125]
    total = 0.0
    for s in samples:
        total += s
    mean = total / len(samples)
    print("mean", round(mean, 2))
    return 0
