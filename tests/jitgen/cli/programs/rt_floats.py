"""str(float) is Python's shortest repr: doubles from many bit patterns."""


def from_parts(mant: int, exp: int) -> float:
    x = float(mant)
    while exp > 0:
        x = x * 2.0
        exp -= 1
    while exp < 0:
        x = x / 2.0
        exp += 1
    return x


def main(argv: list[str]) -> int:
    seed = 12345
    out: list[str] = []
    for i in range(400):
        seed = (seed * 1103515245 + 12345) % 2147483648
        mant = seed * 4194304 + i
        exp = seed % 200 - 100
        out.append(str(from_parts(mant, exp - 52)))
        out.append(str(float(seed) / 7.0))
    for x in [0.1, 0.2 + 0.1, 1e16, 1e-5, 123456789012345680.0, 1.5e-7, 5e-324, 1.7976931348623157e308,
              -0.0, 2.0 ** 60, 1.0 / 3.0, 100.0, 1e22, 9007199254740993.0]:
        out.append(str(x))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
