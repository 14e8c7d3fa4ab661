"""math.pow and ** on the special values of C99's pow (zeros of both signs,
infinities, nan, 1, -1, fractions, odd and even integers, huge and tiny),
with CPython's results and errors.  (`**` of a negative base and a
fractional exponent is complex in CPython, so those pairs are left out.)"""
import math


def main(argv: list[str]) -> int:
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.0 / 3.0, 5e-324,
            1e308, -1e308, math.inf, -math.inf, math.nan]
    for a in vals:
        row: list[str] = []
        for b in vals:
            try:
                row.append(repr(math.pow(a, b)))
            except ValueError as e:
                row.append("ValueError:" + str(e))
            except OverflowError as e:
                row.append("OverflowError:" + str(e))
        print("pow", repr(a), " ".join(row))
    for a in vals:
        row2: list[str] = []
        for b in vals:
            if a < 0.0 and not math.isinf(a) and not math.isinf(b) and b == b and b % 1.0 != 0.0:
                continue
            try:
                row2.append(repr(a ** b))
            except ZeroDivisionError as e:
                row2.append("ZeroDivisionError:" + str(e))
            except OverflowError as e:
                row2.append("OverflowError")
        print("**", repr(a), " ".join(row2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
