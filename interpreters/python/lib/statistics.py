"""statistics: mean, median, mode and friends (exact sums as CPython)."""
import math


class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, int):
        return x, 1
    return x.as_integer_ratio()


def _exact_sum(data):
    num, den = 0, 1
    all_int = True
    for x in data:
        if not isinstance(x, int):
            all_int = False
        n, d = _ratio(x)
        num = num * d + n * den
        den = den * d
        g = math.gcd(num, den)
        if g > 1:
            num //= g
            den //= g
    return num, den, all_int


def _convert(num, den, all_int):
    if all_int and num % den == 0:
        return num // den
    return num / den


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("mean requires at least one data point")
    num, den, all_int = _exact_sum(data)
    return _convert(num, den * len(data), all_int)


def fmean(data):
    data = list(data)
    return math.fsum(data) / len(data)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    n = len(data)
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def mode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = max(counts.values())
    for x in counts:
        if counts[x] == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x in counts if counts[x] == best]


def _ss(data):
    num, den, all_int = _exact_sum(data)
    n = len(data)
    total_num, total_den = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        dn = xn * den * n - num * xd
        dd = xd * den * n
        total_num = total_num * dd * dd + dn * dn * total_den
        total_den = total_den * dd * dd
        g = math.gcd(total_num, total_den)
        if g > 1:
            total_num //= g
            total_den //= g
    return total_num, total_den, all_int


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError("variance requires at least two data points")
    num, den, all_int = _ss(data)
    return _convert(num, den * (len(data) - 1), all_int)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError("pvariance requires at least one data point")
    num, den, all_int = _ss(data)
    return _convert(num, den * len(data), all_int)


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError("stdev requires at least two data points")
    num, den, _ = _ss(data)
    return math.sqrt(num / (den * (len(data) - 1)))


def pstdev(data, mu=None):
    data = list(data)
    num, den, _ = _ss(data)
    return math.sqrt(num / (den * len(data)))
