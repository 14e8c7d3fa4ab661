"""Float corners the cli runtime computes itself (vm/cli/Float.cs): the sign
of a zero floor quotient, and repr of values just below a power of ten
(where an estimate of the decimal exponent is off by one)."""


def main(argv: list[str]) -> int:
    z = -0.0
    print(z // 3.0, 0.0 // -3.0, z // -3.0, -1e-300 // 1e300, 1e-300 // -1e300, 5.0 // 2.0)
    acc = 0.0
    for i in range(10):
        acc += 0.1
    print(acc)
    x = 1.0
    for i in range(20):
        print(x - 2.0 ** -53 * x, x * 0.9999999999999999, x * 1.0000000000000002)
        x = x * 10.0
    print(9.999999999999999e22, 1e23, 9.999999999999998e-5, 0.30000000000000004, 5e-324, 1.7976931348623157e308)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
