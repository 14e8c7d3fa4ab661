"""The float text primitives of vm/float_externals.py (correctly rounded)."""
from vm.float_externals import format_exp, parse_decimal


def main(argv: list[str]) -> int:
    xs = [0.1, 1.0 / 3.0, 123456.789, 5e-324, 1.7976931348623157e308, -0.0, 0.0, 2.5, 1e22, 9.995]
    for x in xs:
        for p in [0, 1, 5, 15, 16]:
            print(format_exp(x, p))
    for s in ["0.1", "-2.5e-3", "1e400", "-1e-400", "123456789012345678901234567890", "2.4703282292062328e-324",
              "2.4703282292062327e-324", "9007199254740993", "1.7976931348623158e308", "0.000001"]:
        print(repr(parse_decimal(s)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
