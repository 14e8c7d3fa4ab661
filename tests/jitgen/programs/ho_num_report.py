"""A sales report printed the way people print numbers: f-string format
specs (.2f, >10, <12, ^9, 08.3f, +, thousands separators, %, e, g, x),
str.format with specs, %-formatting with flags, width and precision,
format(), round(x, n) on floats (correctly rounded: round(2.675, 2) is
2.67) and on ints (round(1234567, -3)), and the ValueError of a spec that
does not fit its value."""
import math


class Sale:
    region: str
    units: int
    price: float

    def __init__(self, region: str, units: int, price: float) -> None:
        self.region = region
        self.units = units
        self.price = price

    def total(self) -> float:
        return self.units * self.price


def percentile(xs: list[float], p: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * p
    lo = math.floor(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def main(argv: list[str]) -> int:
    sales = [Sale("north", 1200, 9.99), Sale("south", 85, 149.5), Sale("east", 33333, 0.35),
             Sale("west", 7, 1999.0), Sale("central", 0, 12.25), Sale("north", 410, 19.95)]
    print(f"{'region':<10}|{'units':>8}|{'price':>9}|{'total':>12}|{'share':>7}")
    print(f"{'':-<10}+{'':-^8}+{'':->9}+{'':->12}+{'':->7}")
    grand = sum([s.total() for s in sales], 0.0)
    for s in sales:
        print(f"{s.region:<10}|{s.units:>8,}|{s.price:>9.2f}|{s.total():>12,.2f}|{s.total() / grand:>7.1%}")
    print(f"{'TOTAL':<10}|{sum([s.units for s in sales]):>8,}|{'':>9}|{grand:>12,.2f}|{1:>7.0%}")
    totals = [s.total() for s in sales]
    mean = grand / len(totals)
    var = sum([(t - mean) ** 2 for t in totals], 0.0) / (len(totals) - 1)
    print("mean {:.3f}  sd {:.3f}  median {:.2f}  p90 {:.2f}".format(mean, math.sqrt(var),
                                                                     percentile(totals, 0.5), percentile(totals, 0.9)))
    print("sci %.3e  general %g  %G  hex %#x  padded [%-8s] [%8.3s] [%+06.1f] [%5d%%]" % (
        grand, grand, 1e-9, 48879, "ok", "truncate", -3.14159, 42))
    print(format(grand, ",.0f"), format(255, "08b"), format("mid", "*^11"), format(True, ">4"), format(7), format(-0.0, "z.1f"))
    print(f"{math.pi:.10f} {math.e:12.6e} {1e-5:g} {123456789.0:g} {-1.5:+.2f} {2.5:.0f} {3.5:.0f} {0.0001234:.2%}")
    print("round:", round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-1.005, 2), round(1e22, -20),
          round(123.456, -1), round(5.5), round(1234567, -3), round(-1250, -2), round(1350, -2), round(7, 3))
    rates = {"eur": 0.91875, "gbp": 0.78655, "jpy": 149.8350}
    for cur, rate in rates.items():
        print(f"  {cur.upper():>5}: {rate:8.4f} -> {round(rate * 1000, 1):>9} {f'{rate:.2e}':>10}")
    for spec_err in ["d", "s"]:
        try:
            print(format(grand, spec_err))
        except ValueError as e:
            print("ValueError:", e)
    try:
        print(f"{'abc':+}")
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
