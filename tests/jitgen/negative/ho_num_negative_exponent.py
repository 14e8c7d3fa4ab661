# expect: 11:20: negative, float
"""int ** a negative int constant: CPython gives a float (10 ** -3 is 0.001),
which an int result cannot hold; check rejects it at the ** expression."""


def main(argv: list[str]) -> int:
    total = 0.0
    for d in range(3):
        total += d
    # the user meant a float step
    step = total * 10 ** -3
    print(step)
    return 0
