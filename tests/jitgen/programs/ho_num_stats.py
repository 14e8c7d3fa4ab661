"""A statistics report over float samples: mean, variance by Welford's
method, median and nearest-rank / interpolated percentiles on a sorted copy,
a histogram of bucket counts, fixed-point formatting done by hand with
round() (halves to even), int() truncation toward zero, float floor division
and modulo of negatives, and how inf, -inf, nan and -0.0 print and compare."""
import math


def fixed(x: float, digits: int) -> str:
    """Format x with exactly `digits` decimals (what '%.2f' would do for
    ordinary magnitudes; the subset has no format specs)."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    scale = 10 ** digits
    n = round(x * scale)
    sign = "-" if n < 0 else ""
    n = abs(n)
    whole = str(n // scale)
    if digits == 0:
        return sign + whole
    frac = str(n % scale).zfill(digits)
    return sign + whole + "." + frac


class Summary:
    count: int
    mean: float
    m2: float
    low: float
    high: float

    def __init__(self) -> None:
        self.count = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.low = math.inf
        self.high = -math.inf

    def add(self, x: float) -> None:
        self.count += 1
        delta = x - self.mean
        self.mean += delta / self.count
        self.m2 += delta * (x - self.mean)
        if x < self.low:
            self.low = x
        if x > self.high:
            self.high = x

    def variance(self) -> float:
        if self.count < 2:
            raise ValueError("variance needs at least two samples")
        return self.m2 / (self.count - 1)


def median(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    if n == 0:
        raise ValueError("median of empty data")
    mid = n // 2
    return s[mid] if n % 2 == 1 else (s[mid - 1] + s[mid]) / 2


def percentile(sorted_xs: list[float], p: float) -> float:
    k = (len(sorted_xs) - 1) * p / 100
    lo = math.floor(k)
    hi = lo + 1 if lo + 1 < len(sorted_xs) else lo
    frac = k - lo
    return sorted_xs[lo] + (sorted_xs[hi] - sorted_xs[lo]) * frac


def nearest_rank(sorted_xs: list[float], p: int) -> float:
    rank = -(-p * len(sorted_xs) // 100)
    return sorted_xs[max(rank, 1) - 1]


def histogram(xs: list[float], lo: float, hi: float, buckets: int) -> list[int]:
    counts = [0] * buckets
    width = (hi - lo) / buckets
    for x in xs:
        i = int((x - lo) // width)
        if i == buckets:
            i -= 1
        if 0 <= i < buckets:
            counts[i] += 1
    return counts


def samples(n: int, seed: int) -> list[float]:
    out: list[float] = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append((state % 10000) / 100.0 - 20.0)
    return out


def main(argv: list[str]) -> int:
    data = samples(200, 42)
    s = Summary()
    for x in data:
        s.add(x)
    print("n", s.count, "mean", fixed(s.mean, 3), "var", fixed(s.variance(), 3),
          "sd", fixed(math.sqrt(s.variance()), 4))
    print("min", s.low, "max", s.high, "range", s.high - s.low)
    print("median", median(data), "sum", fixed(sum(data, 0.0), 2))
    srt = sorted(data)
    for p in [0, 10, 25, 50, 75, 90, 99, 100]:
        print(f"p{p}", fixed(percentile(srt, p), 2), nearest_rank(srt, p))
    counts = histogram(data, -20.0, 80.0, 10)
    for i, c in enumerate(counts):
        lo = -20 + i * 10
        print(str(lo).rjust(4), "..", str(lo + 10).rjust(3), "|", "#" * (c // 2), c)
    print("top five", sorted(data, reverse=True)[:5], "bottom", min(data), max(srt[:3]))

    print("round halves:", [round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.675 * 100, 0.49999999999999994]])
    print("fixed:", fixed(2.675, 2), fixed(-1.005, 2), fixed(0.125, 2), fixed(-0.001, 2), fixed(1e9 / 7, 4))
    print("int truncates:", int(2.9), int(-2.9), int(-0.5), int(1e18), int(-9.223372036854775808e18))
    for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (-0.0, 3.0), (5.0, math.inf),
                 (-5.0, math.inf)]:
        print(f"{a} // {b} = {a // b}   {a} % {b} = {a % b}")
    for secs in [3725.5, -0.25, 59.999]:
        mins, rest = divmod(secs, 60.0)
        print("divmod", secs, mins, rest, divmod(secs, -7.5))
    try:
        print(divmod(1.0, 0.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    for bad in [math.inf, -math.inf, math.nan]:
        try:
            print(round(bad))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
        try:
            print(int(bad))
        except OverflowError as e:
            print("int:", e)
        except ValueError as e:
            print("int:", e)
    nan = math.nan
    print("nan compares", nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, 1.0 >= nan)
    print("specials", math.inf, -math.inf, nan, -0.0, 0.0 == -0.0, str(-0.0), repr(1e22), 1e-7, 5e-324,
          1.7976931348623157e308 * 10, -1e308 * 10, 2.0 ** -1074, 1e16, 123456789012345678.0)
    print("math", math.sqrt(2.0), math.floor(-2.5), math.floor(2.5), math.fabs(-3.0), math.atan2(-0.0, -1.0),
          math.exp(1.0) == math.e, math.log(math.e), math.pow(2.0, 0.5), math.sqrt(3.0 * 3.0 + 4.0 * 4.0))
    missing = math.nan
    readings = [1.5, missing, 2.5, missing, -0.0]
    print("missing", readings.count(missing), missing in readings, readings.index(missing),
          (1, missing) == (1, missing), [missing] == [missing], missing == missing)
    readings.remove(missing)
    labels: dict[float, str] = {missing: "n/a", 0.0: "zero"}
    labels[-0.0] = "minus zero"
    labels[missing] = "missing"
    print(readings, labels, labels[missing], [x for x in readings if x == x])
    mixed = [3.5, -1.0, 2.0, -0.0, 0.0, 1e-300, -1e300]
    mixed.sort()
    print("sorted floats", mixed, "sum", sum(mixed, 0.5), "max", max(mixed), "min", min(mixed))
    print("int/float", 7 / 2, -7 / 2, 1 / 3, 2 ** 0.5, 10 / 5, float(2 ** 53 + 1), float(-7), 3 * 0.1)
    print("abs", abs(-2.5), abs(-0.0), abs(-7), abs(math.inf))
    try:
        print(1.0 / 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(5.0 % 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(median([]))
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
