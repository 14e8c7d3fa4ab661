"""Subset implementations of the math module's integer functions and of the
float ones that are formulas over operations the subset has: gcd, lcm,
isqrt, factorial, trunc, isfinite, log(x, base), degrees, radians; and of
the builtins pow(base, exp, mod), divmod() of floats, round(int, n) and
sum() of instances whose class defines __add__.

The typing rules (calls.py) turn a call into a direct_call of one of these
functions, translated like the program's own code.  Each behaves as
CPython's does, error messages included; results past 64 bits raise
OverflowError, as the subset's checked arithmetic does.
"""
import math
from typing import TypeVar

from jitgen.hints import ovfcheck, specialize

T = TypeVar("T")


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return abs(ovfcheck(a // gcd(a, b) * b))


def bit_length(n: int) -> int:
    k = 0
    while n:
        n >>= 1
        k += 1
    return k


def isqrt(n: int) -> int:
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    # Newton's iteration from above decreases to floor(sqrt(n))
    x = 1 << ((bit_length(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def factorial(n: int) -> int:
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    r = 1
    for k in range(2, n + 1):
        r = ovfcheck(r * k)
    return r


def trunc(x: float) -> int:
    return int(x)


def isfinite(x: float) -> bool:
    return not (math.isnan(x) or math.isinf(x))


def log_base(x: float, base: float) -> float:
    # CPython: log(x) / log(base), each with its own domain check
    return math.log(x) / math.log(base)


DEG_TO_RAD = math.pi / 180.0
RAD_TO_DEG = 180.0 / math.pi


def degrees(x: float) -> float:
    return x * RAD_TO_DEG


def radians(x: float) -> float:
    return x * DEG_TO_RAD


# ---- pow(base, exp, mod) ------------------------------------------------------


def addmod(a: int, b: int, m: int) -> int:
    """(a + b) % m for 0 <= a, b < m, without passing 64 bits."""
    return a - (m - b) if a >= m - b else a + b


def mulmod(a: int, b: int, m: int) -> int:
    """(a * b) % m for 0 <= a, b < m, without passing 64 bits."""
    if a <= 3037000499 and b <= 3037000499:
        return a * b % m
    r = 0
    while b > 0:
        if b & 1:
            r = addmod(r, a, m)
        a = addmod(a, a, m)
        b >>= 1
    return r


def modinv(a: int, m: int) -> int:
    """The inverse of a modulo m > 0 (extended Euclid)."""
    r0, r1 = a % m, m
    s0, s1 = 1, 0
    while r1:
        q = r0 // r1
        r0, r1 = r1, r0 - q * r1
        s0, s1 = s1, s0 - q * s1
    if r0 != 1:
        raise ValueError("base is not invertible for the given modulus")
    return s0 % m


def powmod(base: int, exp: int, mod: int) -> int:
    """pow(base, exp, mod) as CPython: the result takes mod's sign; a
    negative exp uses the modular inverse."""
    if mod == 0:
        raise ValueError("pow() 3rd argument cannot be 0")
    m = abs(mod)
    if exp < 0:
        base = modinv(base, m)
        exp = -exp
    b = base % m
    r = 1 % m
    while exp > 0:
        if exp & 1:
            r = mulmod(r, b, m)
        b = mulmod(b, b, m)
        exp >>= 1
    if mod < 0 and r != 0:
        r -= m
    return r


def float_divmod(x: float, y: float) -> tuple[float, float]:
    """divmod() of floats: CPython's x // y and x % y come from this same
    computation, with its own message for a zero divisor."""
    if y == 0.0:
        raise ZeroDivisionError("float divmod()")
    return (x // y, x % y)


def round_int(x: int, n: int) -> int:
    """round(x, n) of an int: x for n >= 0, else to a multiple of 10**-n,
    halves to even (as CPython)."""
    if n >= 0:
        return x
    if n < -19:
        return 0
    if n == -19:
        # |x| < 10**19: 0, unless past the half, where CPython's 10**19 is past 64 bits
        if x > 5000000000000000000 or x < -5000000000000000000:
            raise OverflowError("integer overflow")
        return 0
    p = 10 ** (-n)
    q, r = divmod(x, p)
    twice = 2 * r
    if twice > p or (twice == p and q % 2 == 1):
        q += 1
    return ovfcheck(q * p)


@specialize.argtype(0)
def sum_objects(xs: list[T], start: T) -> T:
    """sum(xs, start) of instances: start + xs[0] + xs[1] + ..., each + a
    call of the class's __add__ (as CPython)."""
    acc = start
    for x in xs:
        acc = acc + x
    return acc


def range_contains(x: int, start: int, stop: int, step: int) -> bool:
    """x in range(start, stop, step) for an int x, without making the range."""
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    if step > 0:
        if not start <= x < stop:
            return False
    elif not stop < x <= start:
        return False
    return step == 1 or step == -1 or (x - start) % step == 0
