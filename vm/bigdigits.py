"""Magnitude arithmetic for big integers (written in the subset).

A magnitude is a `list[int]` of base 2**30 digits, least significant first,
with no high zero digits (zero is the empty list).  30-bit digits keep every
intermediate product plus carries below 2**62, inside a 64-bit machine int.
Functions never mutate their arguments unless their name ends in `_inplace`.
"""
from jitgen.hints import ovfcheck

SHIFT = 30
BASE = 1 << SHIFT
MASK = BASE - 1
# Below this many digits schoolbook multiplication beats Karatsuba.
KARATSUBA_CUTOFF = 48


def normalize_inplace(a: list[int]) -> list[int]:
    while len(a) > 0 and a[len(a) - 1] == 0:
        a.pop()
    return a


def from_uint(u: int) -> list[int]:
    """Magnitude of a non-negative machine int."""
    res: list[int] = []
    while u > 0:
        res.append(u & MASK)
        u = u >> SHIFT
    return res


def digit_bit_length(d: int) -> int:
    n = 0
    while d > 0:
        d = d >> 1
        n += 1
    return n


def bit_length(a: list[int]) -> int:
    n = len(a)
    if n == 0:
        return 0
    return (n - 1) * SHIFT + digit_bit_length(a[n - 1])


def compare(a: list[int], b: list[int]) -> int:
    la = len(a)
    lb = len(b)
    if la != lb:
        return 1 if la > lb else -1
    i = la - 1
    while i >= 0:
        if a[i] != b[i]:
            return 1 if a[i] > b[i] else -1
        i -= 1
    return 0


def add(a: list[int], b: list[int]) -> list[int]:
    if len(a) < len(b):
        a, b = b, a
    la = len(a)
    lb = len(b)
    res = [0] * (la + 1)
    carry = 0
    for i in range(lb):
        t = a[i] + b[i] + carry
        res[i] = t & MASK
        carry = t >> SHIFT
    for i in range(lb, la):
        t = a[i] + carry
        res[i] = t & MASK
        carry = t >> SHIFT
    res[la] = carry
    return normalize_inplace(res)


def sub(a: list[int], b: list[int]) -> list[int]:
    """a - b, where a >= b."""
    la = len(a)
    lb = len(b)
    res = [0] * la
    borrow = 0
    for i in range(lb):
        t = a[i] - b[i] + borrow
        res[i] = t & MASK
        borrow = t >> SHIFT
    for i in range(lb, la):
        t = a[i] + borrow
        res[i] = t & MASK
        borrow = t >> SHIFT
    assert borrow == 0
    return normalize_inplace(res)


def add_small(a: list[int], d: int) -> list[int]:
    """a + d, where 0 <= d < BASE."""
    res = list(a)
    res.append(0)
    carry = d
    i = 0
    while carry != 0:
        t = res[i] + carry
        res[i] = t & MASK
        carry = t >> SHIFT
        i += 1
    return normalize_inplace(res)


def sub_small(a: list[int], d: int) -> list[int]:
    """a - d, where 0 <= d < BASE and a >= d."""
    res = list(a)
    borrow = -d
    i = 0
    while borrow != 0:
        t = res[i] + borrow
        res[i] = t & MASK
        borrow = t >> SHIFT
        i += 1
    return normalize_inplace(res)


def mul_small_add_inplace(a: list[int], m: int, c: int) -> None:
    """a = a * m + c, where 0 <= m, c < BASE (a may be unnormalized-empty)."""
    carry = c
    for i in range(len(a)):
        t = a[i] * m + carry
        a[i] = t & MASK
        carry = t >> SHIFT
    while carry != 0:
        a.append(carry & MASK)
        carry = carry >> SHIFT
    normalize_inplace(a)


def schoolbook_mul(a: list[int], b: list[int]) -> list[int]:
    la = len(a)
    lb = len(b)
    if la == 0 or lb == 0:
        return []
    res = [0] * (la + lb)
    for i in range(la):
        ai = a[i]
        if ai == 0:
            continue
        carry = 0
        k = i
        for j in range(lb):
            t = res[k] + ai * b[j] + carry
            res[k] = t & MASK
            carry = t >> SHIFT
            k += 1
        while carry != 0:
            t = res[k] + carry
            res[k] = t & MASK
            carry = t >> SHIFT
            k += 1
    return normalize_inplace(res)


def add_at_inplace(res: list[int], x: list[int], offset: int) -> None:
    """res += x * BASE**offset; res must be long enough to hold the sum."""
    carry = 0
    k = offset
    for i in range(len(x)):
        t = res[k] + x[i] + carry
        res[k] = t & MASK
        carry = t >> SHIFT
        k += 1
    while carry != 0:
        t = res[k] + carry
        res[k] = t & MASK
        carry = t >> SHIFT
        k += 1


def low_digits(a: list[int], n: int) -> list[int]:
    """a mod BASE**n (normalized)."""
    if n >= len(a):
        return list(a)
    return normalize_inplace(a[0:n])


def high_digits(a: list[int], n: int) -> list[int]:
    """a // BASE**n."""
    if n >= len(a):
        return []
    return a[n:len(a)]


def mul(a: list[int], b: list[int]) -> list[int]:
    """Product of two magnitudes: Karatsuba for large balanced operands."""
    if len(a) < len(b):
        a, b = b, a
    la = len(a)
    lb = len(b)
    if lb < KARATSUBA_CUTOFF:
        return schoolbook_mul(a, b)
    if 2 * lb <= la:
        # Lopsided: multiply b by lb-digit slices of a.
        res = [0] * (la + lb + 1)
        start = 0
        while start < la:
            end = start + lb
            if end > la:
                end = la
            piece = normalize_inplace(a[start:end])
            add_at_inplace(res, mul(piece, b), start)
            start = end
        return normalize_inplace(res)
    k = la // 2
    a0 = low_digits(a, k)
    a1 = high_digits(a, k)
    b0 = low_digits(b, k)
    b1 = high_digits(b, k)
    z0 = mul(a0, b0)
    z2 = mul(a1, b1)
    z1 = sub(sub(mul(add(a0, a1), add(b0, b1)), z0), z2)
    res = [0] * (la + lb + 1)
    add_at_inplace(res, z0, 0)
    add_at_inplace(res, z1, k)
    add_at_inplace(res, z2, 2 * k)
    return normalize_inplace(res)


def lshift(a: list[int], n: int) -> list[int]:
    """a << n, n >= 0."""
    if len(a) == 0:
        return []
    wshift = n // SHIFT
    bshift = n - wshift * SHIFT
    res = [0] * (len(a) + wshift + 1)
    carry = 0
    k = wshift
    for i in range(len(a)):
        t = (a[i] << bshift) | carry
        res[k] = t & MASK
        carry = t >> SHIFT
        k += 1
    res[k] = carry
    return normalize_inplace(res)


def rshift(a: list[int], n: int) -> list[int]:
    """a >> n, n >= 0 (floor, for a magnitude)."""
    wshift = n // SHIFT
    bshift = n - wshift * SHIFT
    la = len(a)
    if wshift >= la:
        return []
    res = [0] * (la - wshift)
    lowmask = (1 << bshift) - 1
    for i in range(la - wshift):
        d = a[i + wshift] >> bshift
        if i + wshift + 1 < la:
            d = d | ((a[i + wshift + 1] & lowmask) << (SHIFT - bshift))
        res[i] = d
    return normalize_inplace(res)


def has_low_bits(a: list[int], n: int) -> bool:
    """True if any of the n lowest bits of a is set."""
    wshift = n // SHIFT
    bshift = n - wshift * SHIFT
    i = 0
    while i < wshift and i < len(a):
        if a[i] != 0:
            return True
        i += 1
    if wshift < len(a) and bshift > 0:
        return (a[wshift] & ((1 << bshift) - 1)) != 0
    return False


def divmod_small(a: list[int], d: int) -> tuple[list[int], int]:
    """(a // d, a % d) for 0 < d < BASE."""
    q = [0] * len(a)
    rem = 0
    i = len(a) - 1
    while i >= 0:
        cur = (rem << SHIFT) | a[i]
        qd = cur // d
        q[i] = qd
        rem = cur - qd * d
        i -= 1
    return normalize_inplace(q), rem


def divmod_mag(a: list[int], b: list[int]) -> tuple[list[int], list[int]]:
    """(a // b, a % b) for magnitudes, b nonzero (Knuth's algorithm D)."""
    if len(b) == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    if compare(a, b) < 0:
        return [], list(a)
    if len(b) == 1:
        q1, r1 = divmod_small(a, b[0])
        return q1, from_uint(r1)
    # Normalise so the divisor's top digit has its high bit set: then each
    # estimated quotient digit is at most two too large.
    s = SHIFT - digit_bit_length(b[len(b) - 1])
    v = lshift(b, s)
    u = lshift(a, s)
    while len(u) < len(a) + 1:
        u.append(0)
    n = len(v)
    m = len(u) - n
    q = [0] * m
    vtop = v[n - 1]
    vsec = v[n - 2]
    j = m - 1
    while j >= 0:
        num = (u[j + n] << SHIFT) | u[j + n - 1]
        qhat = num // vtop
        rhat = num - qhat * vtop
        while qhat >= BASE or qhat * vsec > ((rhat << SHIFT) | u[j + n - 2]):
            qhat -= 1
            rhat += vtop
            if rhat >= BASE:
                break
        # u[j:j+n+1] -= qhat * v
        carry = 0
        borrow = 0
        for i in range(n):
            p = qhat * v[i] + carry
            carry = p >> SHIFT
            t = u[i + j] - (p & MASK) + borrow
            u[i + j] = t & MASK
            borrow = t >> SHIFT
        t = u[j + n] - carry + borrow
        u[j + n] = t & MASK
        borrow = t >> SHIFT
        if borrow < 0:
            # qhat was one too large: add v back.
            qhat -= 1
            carry = 0
            for i in range(n):
                t = u[i + j] + v[i] + carry
                u[i + j] = t & MASK
                carry = t >> SHIFT
            u[j + n] = (u[j + n] + carry) & MASK
        q[j] = qhat
        j -= 1
    rem = rshift(normalize_inplace(u[0:n]), s)
    return normalize_inplace(q), rem


def pow_small(base: int, exp: int) -> list[int]:
    """base ** exp as a magnitude, for 0 <= base < BASE and exp >= 0."""
    result = [1]
    b = from_uint(base)
    e = exp
    while e > 0:
        if e & 1:
            result = mul(result, b)
        e = e >> 1
        if e > 0:
            b = mul(b, b)
    return result


def to_uint_checked(a: list[int]) -> int:
    """The value of a magnitude of at most 63 bits; OverflowError otherwise."""
    if bit_length(a) > 63:
        raise OverflowError("int too big to convert")
    r = 0
    i = len(a) - 1
    while i >= 0:
        r = ovfcheck((r << SHIFT) | a[i])
        i -= 1
    return r
