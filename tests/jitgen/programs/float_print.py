"""Float printing must be Python's shortest round-trip repr, exactly."""
import math


def show(label: str, f: float) -> None:
    print(label, str(f), repr(f))


def main(argv: list[str]) -> int:
    show("0.1+0.2", 0.1 + 0.2)
    show("1e16", 1e16)
    show("1e15", 1e15)
    show("123456789012345678.0", 123456789012345678.0)
    show("1/3", 1 / 3)
    show("2/3", 2.0 / 3.0)
    show("-0.0", -0.0)
    show("0.0", 0.0)
    show("1e-7", 1e-7)
    show("1e-4", 0.0001)
    show("1e-5", 0.00001)
    show("123456789.0", 123456789.0)
    show("inf", float("inf"))
    show("-inf", -math.inf)
    show("nan", math.nan)
    show("1.5", 1.5)
    show("100.0", 100.0)
    show("1e22", 1e22)
    show("1e23", 1e23)
    show("5e-324", 5e-324)
    show("max", 1.7976931348623157e308)
    show("pi", math.pi)
    show("e", math.e)
    show("sqrt2", math.sqrt(2.0))
    show("7/2", 7 / 2)
    show("float(3)", float(3))
    show("float str", float("2.75"))
    show("float exp", float("-1.5e3"))
    show("big int", float(2 ** 62))
    show("floor div", 7.5 // 2.0)
    show("mod", -7.5 % 2.0)
    show("pow", 2.0 ** 0.5)
    show("neg pow", 2.0 ** -2.0)
    show("abs", abs(-3.25))
    show("sin", math.sin(1.0))
    show("cos", math.cos(1.0))
    show("atan2", math.atan2(1.0, -1.0))
    show("exp", math.exp(1.5))
    show("log", math.log(10.0))
    show("fabs", math.fabs(-0.5))
    show("mpow", math.pow(3.0, 4.0))
    print(math.floor(-2.5), math.floor(2.5), int(-2.7), int(2.7), int(1e18))
    print(math.isnan(math.nan), math.isinf(-math.inf), math.isnan(1.0))
    print(0.1 + 0.2 == 0.3, 1.0 == 1, 2.5 < 3, -0.0 == 0.0)
    acc = 0.0
    for i in range(1, 11):
        acc += 1.0 / i
    show("harmonic10", acc)
    for bad in ["abc", "1.2.3", ""]:
        try:
            float(bad)
        except ValueError:
            print("ValueError", repr(bad))
    try:
        int(math.inf)
    except OverflowError:
        print("OverflowError int(inf)")
    try:
        int(math.nan)
    except ValueError:
        print("ValueError int(nan)")
    try:
        print(1.0 / 0.0)
    except ZeroDivisionError:
        print("ZeroDivisionError float")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
