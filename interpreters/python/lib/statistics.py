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


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)) and x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
        return x
    if weights is None:
        weights = [1] * n
    for x in data:
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
    if any(x == 0 for x in data):
        return 0
    from fractions import Fraction
    total = sum(Fraction(w) / Fraction(x) for w, x in zip(weights, data))
    sum_weights = sum(weights)
    all_int = all(isinstance(x, int) for x in data)
    result = Fraction(sum_weights) / total
    return _convert(result.numerator, result.denominator, all_int)


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    L = x - interval / 2
    l1 = data.index(x)
    l2 = n - 1 - data[::-1].index(x)
    cf = l1
    f = l2 - l1 + 1
    return L + interval * (n / 2 - cf) / f


def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression(tuple):
    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return "LinearRegression(slope=%r, intercept=%r)" % tuple(self)


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """Normal distribution of a random variable."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        import random
        rnd = random.random if seed is None else random.Random(seed).random
        return [self.inv_cdf(rnd()) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        # bisection to bracket, then Newton steps on the standard normal
        lo, hi = -40.0, 40.0
        for _ in range(60):
            mid = (lo + hi) / 2
            if 0.5 * (1.0 + math.erf(mid / math.sqrt(2.0))) < p:
                lo = mid
            else:
                hi = mid
        z = (lo + hi) / 2
        for _ in range(3):
            err = 0.5 * (1.0 + math.erf(z / math.sqrt(2.0))) - p
            z -= err / (math.exp(-z * z / 2.0) / math.sqrt(math.tau))
        return self._mu + z * self._sigma

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma ** 2.0

    def __add__(self, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(self._mu + x2._mu, math.hypot(self._sigma, x2._sigma))
        return NormalDist(self._mu + x2, self._sigma)

    def __sub__(self, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(self._mu - x2._mu, math.hypot(self._sigma, x2._sigma))
        return NormalDist(self._mu - x2, self._sigma)

    def __mul__(self, x2):
        return NormalDist(self._mu * x2, self._sigma * abs(x2))

    def __truediv__(self, x2):
        return NormalDist(self._mu / x2, self._sigma / abs(x2))

    __radd__ = __add__
    __rmul__ = __mul__

    def __eq__(self, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return self._mu == x2._mu and self._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)


def _mean_stdev(data):
    data = list(data)
    return float(mean(data)), float(stdev(data))
