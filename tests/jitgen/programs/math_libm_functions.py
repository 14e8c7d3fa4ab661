"""The math module's C-library functions: values to the last bit over a
range of arguments (near 0, where formulas on exp/log lose digits, and
large), and CPython's errors for domains and overflows, caught."""
import math


def show(name: str, x: float, r: float) -> None:
    print(name, repr(x), repr(r))


def try1(name: str, x: float) -> None:
    try:
        if name == "asin":
            r = math.asin(x)
        elif name == "acos":
            r = math.acos(x)
        elif name == "sinh":
            r = math.sinh(x)
        elif name == "cosh":
            r = math.cosh(x)
        elif name == "tanh":
            r = math.tanh(x)
        elif name == "asinh":
            r = math.asinh(x)
        elif name == "acosh":
            r = math.acosh(x)
        elif name == "atanh":
            r = math.atanh(x)
        elif name == "expm1":
            r = math.expm1(x)
        elif name == "log1p":
            r = math.log1p(x)
        elif name == "log2":
            r = math.log2(x)
        elif name == "log10":
            r = math.log10(x)
        elif name == "exp2":
            r = math.exp2(x)
        elif name == "cbrt":
            r = math.cbrt(x)
        elif name == "erf":
            r = math.erf(x)
        elif name == "erfc":
            r = math.erfc(x)
        elif name == "sin":
            r = math.sin(x)
        elif name == "tan":
            r = math.tan(x)
        else:
            r = math.cos(x)
        show(name, x, r)
    except ValueError as e:
        print(name, repr(x), "ValueError", str(e))
    except OverflowError as e:
        print(name, repr(x), "OverflowError", str(e))


def main(argv: list[str]) -> int:
    names = ["asin", "acos", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "expm1",
             "log1p", "log2", "log10", "exp2", "cbrt", "erf", "erfc", "sin", "cos", "tan"]
    args = [0.0, -0.0, 1e-300, 1e-10, -3.5e-8, 0.25, -0.5, 0.999999, 1.0, -1.0, 1.5, 2.0,
            10.0, -7.25, 100.0, 710.0, 1000.0, 1e300, -1e300, math.inf, -math.inf]
    for name in names:
        for x in args:
            try1(name, x)
    # NaN in, NaN out: never an error
    for name in names:
        try1(name, math.nan)
    # sums over many arguments: one differing bit anywhere changes them
    for name in ["sinh", "tanh", "asinh", "expm1", "log1p", "cbrt", "erf", "erfc"]:
        total = 0.0
        x = -4.0
        while x < 4.0:
            if name == "sinh":
                total += math.sinh(x)
            elif name == "tanh":
                total += math.tanh(x)
            elif name == "asinh":
                total += math.asinh(x)
            elif name == "expm1":
                total += math.expm1(x)
            elif name == "log1p":
                total += math.log1p(x + 4.5)
            elif name == "cbrt":
                total += math.cbrt(x)
            elif name == "erf":
                total += math.erf(x)
            else:
                total += math.erfc(x)
            x += 0.0078125
        print(name, "sum", repr(total))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
