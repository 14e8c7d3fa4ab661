"""BigInt: immutable arbitrary-precision signed integers (written in the subset).

Representation: `sign` is -1, 0 or 1 and `digits` the magnitude in base
2**30, least significant first, no high zero digits (see vm/bigdigits.py).
Semantics follow Python's int: floor division, two's-complement bitwise
operations, CPython's error messages and hash.
"""
import math

from jitgen.hints import MININT, MAXINT, ovfcheck
from vm import bigdigits as bd
from vm.bigdigits import SHIFT, BASE, MASK
from vm.numhash import HASH_MODULUS, HASH_BITS
from vm.decimaldigits import decimal_digit_value
from vm.floatparts import pow2

_DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"
# 10**9 < 2**30: decimal conversion works in chunks of nine digits.
_DEC_CHUNK = 1000000000
_DEC_CHUNK_DIGITS = 9
_TWO53 = 9007199254740992.0


def _digit_value(c: str) -> int:
    """Value of one digit character in bases up to 36, or 99."""
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 122:
        return o - 87
    if 65 <= o <= 90:
        return o - 55
    return 99


def _is_ascii_space(c: str) -> bool:
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c"


def _invalid_literal(s: str, base: int) -> ValueError:
    r = repr(s)
    if len(r) > 200:
        r = r[0:200]
    return ValueError("invalid literal for int() with base " + str(base) + ": " + r)


class BigInt:
    """An immutable arbitrary-precision integer."""

    signum: int
    digits: list[int]

    def __init__(self, sign: int, digits: list[int]) -> None:
        """Internal: `digits` must be normalized and not shared with others."""
        self.signum = sign if len(digits) > 0 else 0
        self.digits = digits

    # ---- construction -------------------------------------------------

    @staticmethod
    def from_int(i: int) -> "BigInt":
        if i == 0:
            return BigInt(0, [])
        if i > 0:
            return BigInt(1, bd.from_uint(i))
        if i == MININT:
            return BigInt(-1, [0, 0, 8])
        return BigInt(-1, bd.from_uint(-i))

    @staticmethod
    def from_str(s: str, base: int) -> "BigInt":
        """Parse like Python's int(s, base); base 0 means "from the prefix"."""
        if base != 0 and (base < 2 or base > 36):
            raise ValueError("int() base must be >= 2 and <= 36, or 0")
        n = len(s)
        start = 0
        while start < n and (_is_ascii_space(s[start]) or s[start].isspace()):
            start += 1
        end = n
        while end > start and (_is_ascii_space(s[end - 1]) or s[end - 1].isspace()):
            end -= 1
        pos = start
        sign = 1
        if pos < end and (s[pos] == "+" or s[pos] == "-"):
            if s[pos] == "-":
                sign = -1
            pos += 1
        b = base
        prefixed = False
        if pos + 1 < end and s[pos] == "0":
            c = s[pos + 1].lower()
            pb = 0
            if c == "x":
                pb = 16
            elif c == "o":
                pb = 8
            elif c == "b":
                pb = 2
            if pb != 0 and (b == 0 or b == pb):
                b = pb
                pos += 2
                prefixed = True
        if b == 0:
            b = 10
            # Base 0 forbids leading zeros in a nonzero decimal literal.
            if pos < end and s[pos] == "0":
                k = pos
                while k < end and (s[k] == "0" or s[k] == "_"):
                    if s[k] == "_" and (k + 1 >= end or s[k + 1] == "_"):
                        raise _invalid_literal(s, base)
                    k += 1
                if k != end:
                    raise _invalid_literal(s, base)
        # Collect digit values; underscores only between digits (or right
        # after a prefix).
        vals: list[int] = []
        last_underscore = not prefixed
        k = pos
        while k < end:
            c = s[k]
            if c == "_":
                if last_underscore:
                    raise _invalid_literal(s, base)
                last_underscore = True
            else:
                v = _digit_value(c)
                if v == 99:
                    dv = decimal_digit_value(c)
                    if dv >= 0:
                        v = dv
                if v >= b:
                    raise _invalid_literal(s, base)
                vals.append(v)
                last_underscore = False
            k += 1
        if len(vals) == 0 or last_underscore:
            raise _invalid_literal(s, base)
        return BigInt(sign, _digits_from_values(vals, b))

    @staticmethod
    def from_float(f: float) -> "BigInt":
        """int(f): truncate toward zero."""
        if f != f:
            raise ValueError("cannot convert float NaN to integer")
        if f == math.inf or f == -math.inf:
            raise OverflowError("cannot convert float infinity to integer")
        m = f
        sign = 1
        if m < 0.0:
            m = -m
            sign = -1
        if m < 9.2e18:
            return BigInt.from_int(sign * int(m))
        # Scale down by exact powers of two until the value is a 53-bit int.
        e = 0
        while m >= 3.8685626227668134e25:   # 2**85
            m = m * 2.3283064365386963e-10  # 2**-32
            e += 32
        while m >= _TWO53:
            m = m * 0.5
            e += 1
        mag = bd.lshift(bd.from_uint(int(m)), e)
        return BigInt(sign, mag)

    # ---- inspection ---------------------------------------------------

    def is_zero(self) -> bool:
        return self.signum == 0

    def sign(self) -> int:
        """-1, 0 or 1."""
        return self.signum

    def get_sign(self) -> int:
        return self.signum

    def bit_length(self) -> int:
        return bd.bit_length(self.digits)

    def fits_int(self) -> bool:
        nb = bd.bit_length(self.digits)
        if nb <= 63:
            return True
        return self.signum < 0 and self._is_minint_mag()

    def _is_minint_mag(self) -> bool:
        d = self.digits
        return len(d) == 3 and d[0] == 0 and d[1] == 0 and d[2] == 8

    def to_int(self) -> int:
        if bd.bit_length(self.digits) > 63:
            if self.signum < 0 and self._is_minint_mag():
                return MININT
            raise OverflowError("Python int too large to convert to C long")
        r = bd.to_uint_checked(self.digits)
        return -r if self.signum < 0 else r

    def to_float(self) -> float:
        """Correctly rounded (half to even) conversion, like float(int)."""
        nbits = bd.bit_length(self.digits)
        if nbits <= 53:
            r = float(bd.to_uint_checked(self.digits))
            return -r if self.signum < 0 else r
        if nbits > 1024:
            raise OverflowError("int too large to convert to float")
        # Keep 55 bits (two extra for rounding) plus a sticky bit.
        shift = nbits - 55
        if shift < 0:
            q = bd.to_uint_checked(self.digits) << (-shift)
        else:
            q = bd.to_uint_checked(bd.rshift(self.digits, shift))
            if bd.has_low_bits(self.digits, shift):
                q = q | 1
        q = _round_half_even_low_bits(q, 2)
        if q >= (1 << 55) and nbits == 1024:
            raise OverflowError("int too large to convert to float")
        r = float(q) * pow2(shift)
        return -r if self.signum < 0 else r

    # ---- comparison ---------------------------------------------------

    def compare(self, other: "BigInt") -> int:
        if self.signum != other.signum:
            return 1 if self.signum > other.signum else -1
        c = bd.compare(self.digits, other.digits)
        return c if self.signum >= 0 else -c

    def eq(self, other: "BigInt") -> bool:
        return self.compare(other) == 0

    def ne(self, other: "BigInt") -> bool:
        return self.compare(other) != 0

    def lt(self, other: "BigInt") -> bool:
        return self.compare(other) < 0

    def le(self, other: "BigInt") -> bool:
        return self.compare(other) <= 0

    def gt(self, other: "BigInt") -> bool:
        return self.compare(other) > 0

    def ge(self, other: "BigInt") -> bool:
        return self.compare(other) >= 0

    def int_compare(self, i: int) -> int:
        return self.compare(BigInt.from_int(i))

    # ---- arithmetic ---------------------------------------------------

    def neg(self) -> "BigInt":
        return BigInt(-self.signum, self.digits)

    def abs(self) -> "BigInt":
        return BigInt(1, self.digits) if self.signum < 0 else self

    def add(self, other: "BigInt") -> "BigInt":
        if self.signum == 0:
            return other
        if other.signum == 0:
            return self
        if self.signum == other.signum:
            return BigInt(self.signum, bd.add(self.digits, other.digits))
        c = bd.compare(self.digits, other.digits)
        if c == 0:
            return BigInt(0, [])
        if c > 0:
            return BigInt(self.signum, bd.sub(self.digits, other.digits))
        return BigInt(other.signum, bd.sub(other.digits, self.digits))

    def sub(self, other: "BigInt") -> "BigInt":
        return self.add(other.neg())

    def mul(self, other: "BigInt") -> "BigInt":
        if self.signum == 0 or other.signum == 0:
            return BigInt(0, [])
        return BigInt(self.signum * other.signum, bd.mul(self.digits, other.digits))

    def int_add(self, i: int) -> "BigInt":
        return self.add(BigInt.from_int(i))

    def int_mul(self, i: int) -> "BigInt":
        return self.mul(BigInt.from_int(i))

    def divmod(self, other: "BigInt") -> tuple["BigInt", "BigInt"]:
        """(self // other, self % other) with Python's floor semantics."""
        if other.signum == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        qd, rd = bd.divmod_mag(self.digits, other.digits)
        q = BigInt(self.signum * other.signum, qd)
        r = BigInt(self.signum, rd)
        if r.signum != 0 and self.signum != other.signum:
            # Round the quotient toward -inf: q -= 1, r += other.
            q = BigInt(-1, bd.add_small(qd, 1))
            r = BigInt(other.signum, bd.sub(other.digits, rd))
        return q, r

    def floordiv(self, other: "BigInt") -> "BigInt":
        q, r = self.divmod(other)
        return q

    def mod(self, other: "BigInt") -> "BigInt":
        q, r = self.divmod(other)
        return r

    def truediv(self, other: "BigInt") -> float:
        """self / other, correctly rounded like CPython's int / int."""
        if other.signum == 0:
            raise ZeroDivisionError("division by zero")
        if self.signum == 0:
            return 0.0 if other.signum > 0 else -0.0
        negative = self.signum != other.signum
        abits = bd.bit_length(self.digits)
        bbits = bd.bit_length(other.digits)
        if abits <= 53 and bbits <= 53:
            r = float(bd.to_uint_checked(self.digits)) / float(bd.to_uint_checked(other.digits))
            return -r if negative else r
        diff = abits - bbits
        if diff > 1025:
            raise OverflowError("integer division result too large for a float")
        if diff < -1080:
            return -0.0 if negative else 0.0
        # a / b lies in [2**(diff-1), 2**(diff+1)).  Scale by 2**-s so the
        # integer quotient has 55 or 56 bits (two or more guard bits), but
        # never finer than two bits below the smallest subnormal.
        s = diff - 55
        if s < -1076:
            s = -1076
        if s >= 0:
            qd, rd = bd.divmod_mag(self.digits, bd.lshift(other.digits, s))
        else:
            qd, rd = bd.divmod_mag(bd.lshift(self.digits, -s), other.digits)
        q = bd.to_uint_checked(qd)
        k = bd.digit_bit_length(q) - 53
        if k < -1074 - s:
            k = -1074 - s
        q = _round_to_bits(q, k, len(rd) > 0)
        if bd.digit_bit_length(q) + s > 1024:
            raise OverflowError("integer division result too large for a float")
        r = float(q >> k) * pow2(s + k)
        return -r if negative else r

    def pow(self, exp: "BigInt", mod: "BigInt | None") -> "BigInt":
        """self ** exp, or pow(self, exp, mod) when mod is not None.

        Without a modulus a negative exponent raises ValueError("negative
        exponent"): the VM computes the float result itself (Python) or a
        fraction (Smalltalk).  With a modulus a negative exponent uses the
        modular inverse, as Python 3.8+ does.
        """
        if mod is None:
            if exp.signum < 0:
                raise ValueError("negative exponent")
            return self._pow_plain(exp)
        if mod.signum == 0:
            raise ValueError("pow() 3rd argument cannot be 0")
        m = mod.abs()
        base = self
        e = exp
        if e.signum < 0:
            base = _mod_inverse(self.mod(m), m)
            e = e.neg()
        if m.eq(_ONE):
            return BigInt(0, [])
        base = base.mod(m)
        result = _pow_mod(base, e, m)
        if mod.signum < 0 and result.signum != 0:
            result = result.sub(m)
        return result

    def _pow_plain(self, exp: "BigInt") -> "BigInt":
        if exp.signum == 0:
            return BigInt(1, [1])
        if self.signum == 0:
            return self
        if bd.compare(self.digits, [1]) == 0:
            if self.signum > 0 or (exp.digits[0] & 1) == 0:
                return BigInt(1, [1])
            return self
        if not exp.fits_int() or exp.to_int() > (1 << 40):
            raise MemoryError("exponent too large")
        e = exp.to_int()
        mag = [1]
        b = self.digits
        while e > 0:
            if e & 1:
                mag = bd.mul(mag, b)
            e = e >> 1
            if e > 0:
                b = bd.mul(b, b)
        neg = self.signum < 0 and (exp.digits[0] & 1) == 1
        return BigInt(-1 if neg else 1, mag)

    # ---- bitwise ------------------------------------------------------

    def invert(self) -> "BigInt":
        """~self == -(self + 1)."""
        return self.add(_ONE).neg()

    def lshift(self, n: int) -> "BigInt":
        if n < 0:
            raise ValueError("negative shift count")
        if self.signum == 0:
            return self
        return BigInt(self.signum, bd.lshift(self.digits, n))

    def rshift(self, n: int) -> "BigInt":
        """Arithmetic shift: floor(self / 2**n)."""
        if n < 0:
            raise ValueError("negative shift count")
        if self.signum >= 0:
            return BigInt(self.signum, bd.rshift(self.digits, n))
        # For negative x: x >> n == ~((~x) >> n), and ~x = |x| - 1 >= 0.
        inv = bd.sub_small(self.digits, 1)
        return BigInt(-1, bd.add_small(bd.rshift(inv, n), 1))

    def and_(self, other: "BigInt") -> "BigInt":
        return _bitwise(self, other, 0)

    def or_(self, other: "BigInt") -> "BigInt":
        return _bitwise(self, other, 1)

    def xor(self, other: "BigInt") -> "BigInt":
        return _bitwise(self, other, 2)

    # ---- conversion to text -------------------------------------------

    def str(self) -> str:
        """Decimal text, like str(int)."""
        if self.signum == 0:
            return "0"
        chunks = _to_decimal_chunks(self.digits)
        parts: list[str] = []
        if self.signum < 0:
            parts.append("-")
        top = len(chunks) - 1
        parts.append(str(chunks[top]))
        i = top - 1
        while i >= 0:
            parts.append(str(chunks[i]).zfill(_DEC_CHUNK_DIGITS))
            i -= 1
        return "".join(parts)

    def to_base(self, base: int) -> str:
        """Digits in `base` (2..36), lowercase, with "-" but no prefix."""
        if base == 10:
            return self.str()
        if self.signum == 0:
            return "0"
        chars: list[str] = []
        if base & (base - 1) == 0:
            bits = bd.digit_bit_length(base) - 1
            nbits = bd.bit_length(self.digits)
            pos = 0
            while pos < nbits:
                wi = pos // SHIFT
                bi = pos - wi * SHIFT
                v = self.digits[wi] >> bi
                if bi + bits > SHIFT and wi + 1 < len(self.digits):
                    v = v | (self.digits[wi + 1] << (SHIFT - bi))
                chars.append(_DIGIT_CHARS[v & (base - 1)])
                pos += bits
        else:
            # Peel off chunks of base**k < 2**30 digits at a time.
            k = 1
            chunk = base
            while chunk * base < BASE:
                chunk = chunk * base
                k += 1
            mag = self.digits
            while len(mag) > 0:
                mag, rem = bd.divmod_small(mag, chunk)
                for j in range(k):
                    chars.append(_DIGIT_CHARS[rem % base])
                    rem = rem // base
                    if len(mag) == 0 and rem == 0:
                        break
        while len(chars) > 1 and chars[len(chars) - 1] == "0":
            chars.pop()
        if self.signum < 0:
            chars.append("-")
        chars.reverse()
        return "".join(chars)

    def format_base(self, base: int) -> str:
        """hex()/oct()/bin() text: base 16, 8 or 2, with 0x/0o/0b prefix."""
        if base == 16:
            prefix = "0x"
        elif base == 8:
            prefix = "0o"
        elif base == 2:
            prefix = "0b"
        else:
            raise ValueError("format_base: base must be 2, 8 or 16")
        body = self.abs().to_base(base)
        if self.signum < 0:
            return "-" + prefix + body
        return prefix + body

    def hash(self) -> int:
        """CPython's hash(int): the value modulo 2**61 - 1, with sign."""
        x = 0
        i = len(self.digits) - 1
        rot = HASH_BITS - SHIFT
        while i >= 0:
            # x * 2**30 mod (2**61 - 1) is a 61-bit rotation of x.
            x = ((x & ((1 << rot) - 1)) << SHIFT) | (x >> rot)
            x += self.digits[i]
            if x >= HASH_MODULUS:
                x -= HASH_MODULUS
            i -= 1
        if self.signum < 0:
            x = -x
        if x == -1:
            x = -2
        return x


_ONE = BigInt(1, [1])
_ZERO = BigInt(0, [])


def _digits_from_values(vals: list[int], b: int) -> list[int]:
    """Magnitude from digit values (most significant first) in base b."""
    if b & (b - 1) == 0:
        bits = bd.digit_bit_length(b) - 1
        nbits = len(vals) * bits
        res = [0] * (nbits // SHIFT + 2)
        pos = 0
        i = len(vals) - 1
        while i >= 0:
            wi = pos // SHIFT
            bi = pos - wi * SHIFT
            v = vals[i] << bi
            res[wi] = res[wi] | (v & MASK)
            if v >> SHIFT:
                res[wi + 1] = res[wi + 1] | (v >> SHIFT)
            pos += bits
            i -= 1
        return bd.normalize_inplace(res)
    # Group k digits at a time so that b**k < 2**30.
    k = 1
    chunk = b
    while chunk * b < BASE:
        chunk = chunk * b
        k += 1
    mag: list[int] = []
    n = len(vals)
    first = n % k
    if first == 0:
        first = k
    acc = 0
    for i in range(first):
        acc = acc * b + vals[i]
    mag = bd.from_uint(acc)
    pos = first
    while pos < n:
        acc = 0
        for i in range(pos, pos + k):
            acc = acc * b + vals[i]
        bd.mul_small_add_inplace(mag, chunk, acc)
        pos += k
    return mag


def _to_decimal_chunks(mag: list[int]) -> list[int]:
    """Base 10**9 digits of a magnitude, least significant first.

    Each binary digit, from the top, is folded in by multiplying the
    accumulated decimal value by 2**30: quadratic, with a tight inner loop.
    """
    out: list[int] = []
    i = len(mag) - 1
    while i >= 0:
        carry = mag[i]
        for j in range(len(out)):
            t = (out[j] << SHIFT) + carry
            carry = t // _DEC_CHUNK
            out[j] = t - carry * _DEC_CHUNK
        while carry != 0:
            q = carry // _DEC_CHUNK
            out.append(carry - q * _DEC_CHUNK)
            carry = q
        i -= 1
    return out


def _round_half_even_low_bits(q: int, k: int) -> int:
    """Round q to a multiple of 2**k, ties to even (q's low bit is sticky)."""
    half = 1 << (k - 1)
    low = q & ((1 << k) - 1)
    q = q - low
    if low > half or (low == half and (q & (1 << k)) != 0):
        q += 1 << k
    return q


def _round_to_bits(q: int, k: int, sticky: bool) -> int:
    """Round q to a multiple of 2**k, ties to even; sticky: q was inexact."""
    half = 1 << (k - 1)
    low = q & ((1 << k) - 1)
    q = q - low
    if low > half or (low == half and (sticky or (q & (1 << k)) != 0)):
        q += 1 << k
    return q


def _bitwise(a: BigInt, b: BigInt, op: int) -> BigInt:
    """op 0: and, 1: or, 2: xor, on two's-complement values."""
    n = len(a.digits)
    if len(b.digits) > n:
        n = len(b.digits)
    n += 1
    x = _twos(a, n)
    y = _twos(b, n)
    res = [0] * n
    for i in range(n):
        if op == 0:
            res[i] = x[i] & y[i]
        elif op == 1:
            res[i] = x[i] | y[i]
        else:
            res[i] = x[i] ^ y[i]
    if (res[n - 1] >> (SHIFT - 1)) & 1:
        # Negative: magnitude = ~res + 1.
        for i in range(n):
            res[i] = res[i] ^ MASK
        return BigInt(-1, bd.add_small(bd.normalize_inplace(res), 1))
    return BigInt(1, bd.normalize_inplace(res))


def _twos(a: BigInt, n: int) -> list[int]:
    """n-digit two's-complement form of a (n > len(a.digits))."""
    if a.signum >= 0:
        res = list(a.digits)
        while len(res) < n:
            res.append(0)
        return res
    res = bd.sub_small(a.digits, 1)
    while len(res) < n:
        res.append(0)
    for i in range(n):
        res[i] = res[i] ^ MASK
    return res


def _pow_mod(base: BigInt, e: BigInt, m: BigInt) -> BigInt:
    """base ** e mod m, for 0 <= base < m, e >= 0, m > 1."""
    if bd.bit_length(m.digits) <= 31:
        mi = m.to_int()
        b = base.to_int()
        r = 1
        nbits = e.bit_length()
        i = nbits - 1
        while i >= 0:
            r = (r * r) % mi
            if (e.digits[i // SHIFT] >> (i % SHIFT)) & 1:
                r = (r * b) % mi
            i -= 1
        return BigInt.from_int(r)
    result = _ONE
    nbits = e.bit_length()
    i = nbits - 1
    while i >= 0:
        result = result.mul(result).mod(m)
        if (e.digits[i // SHIFT] >> (i % SHIFT)) & 1:
            result = result.mul(base).mod(m)
        i -= 1
    return result


def _mod_inverse(a: BigInt, m: BigInt) -> BigInt:
    """Inverse of a modulo m (m > 0), by the extended Euclidean algorithm."""
    r0 = m
    r1 = a
    s0 = _ZERO
    s1 = _ONE
    while r1.signum != 0:
        q, r2 = r0.divmod(r1)
        r0 = r1
        r1 = r2
        s2 = s0.sub(q.mul(s1))
        s0 = s1
        s1 = s2
    if not r0.eq(_ONE):
        raise ValueError("base is not invertible for the given modulus")
    return s0.mod(m)


def bigint_from_int(i: int) -> BigInt:
    return BigInt.from_int(i)


def bigint_from_str(s: str, base: int) -> BigInt:
    return BigInt.from_str(s, base)


def bigint_from_float(f: float) -> BigInt:
    return BigInt.from_float(f)
