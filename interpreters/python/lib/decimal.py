"""decimal: exact decimal arithmetic with a context precision, written for
this VM.

Covers what programs commonly use: construction from str/int/float/tuple,
+ - * / // % ** (integer exponents), comparisons and hashing consistent
with int/float, quantize with the rounding modes, round(), str/repr and
format specs, sqrt, normalize, getcontext/localcontext.  Results are
rounded to the context precision (28 digits by default) with the context's
rounding, as the General Decimal Arithmetic specification says."""

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(kind, cause=None):
    """The exception CPython's decimal raises: the trapped signal's class,
    with the list of conditions as its message."""
    return kind("[%r]" % ((cause or kind),))


class Context:
    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                 capitals=1, clamp=0, flags=None, traps=None):
        self.prec = prec
        self.rounding = rounding
        self.Emin = Emin
        self.Emax = Emax
        self.capitals = capitals
        self.clamp = clamp
        self.flags = {}
        self.traps = {}

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))

    def create_decimal(self, value="0"):
        return Decimal(value)._round_to(self.prec, self.rounding)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN)


class _ContextHolder:
    current = None


def getcontext():
    if _ContextHolder.current is None:
        _ContextHolder.current = DefaultContext.copy()
    return _ContextHolder.current


def setcontext(context):
    _ContextHolder.current = context


class _LocalContext:
    def __init__(self, ctx, kwargs):
        self.new = (ctx if ctx is not None else getcontext()).copy()
        for k, v in kwargs.items():
            setattr(self.new, k, v)

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx, kwargs)


def _round_digits(coeff, drop, sign, rounding):
    """coeff with its last `drop` digits removed, rounded by `rounding`."""
    if drop <= 0:
        return coeff * 10 ** (-drop)
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        up = r > half or (r == half and q % 2 == 1)
    return q + 1 if up else q


def _float_to_parts(f):
    n, d = f.as_integer_ratio()
    sign = 1 if n < 0 or (n == 0 and str(f).startswith("-")) else 0
    n = abs(n)
    k = d.bit_length() - 1          # d is a power of two
    return sign, n * 5 ** k, -k


class Decimal:
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = ""
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
        elif isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
        elif isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
            elif value in (float("inf"), float("-inf")):
                self._sign, self._int, self._exp, self._special = (1 if value < 0 else 0), 0, 0, "F"
            else:
                self._sign, self._int, self._exp = _float_to_parts(value)
        elif isinstance(value, str):
            self._parse(value)
        elif isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            self._int = int("".join(str(d) for d in digits) or "0")
            if exp == "F" or exp == "n":
                self._special = exp
                self._exp = 0
            else:
                self._exp = exp
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        return self

    def _parse(self, text):
        s = text.strip().replace("_", "")
        sign = 0
        if s[:1] in ("+", "-"):
            sign = 1 if s[0] == "-" else 0
            s = s[1:]
        low = s.lower()
        self._sign = sign
        self._int = 0
        self._exp = 0
        if low in ("inf", "infinity"):
            self._special = "F"
            return
        if low in ("nan", "snan"):
            self._special = "n"
            return
        mantissa, exp_text = low, "0"
        if "e" in low:
            mantissa, exp_text = low.split("e", 1)
        if "." in mantissa:
            whole, frac = mantissa.split(".", 1)
        else:
            whole, frac = mantissa, ""
        digits = whole + frac
        if not digits or not digits.isdigit() or not all(c in "0123456789" for c in digits) \
                or not exp_text.lstrip("+-").isdigit() or exp_text.count("-") + exp_text.count("+") > 1 \
                or (exp_text[1:] and not exp_text[1:].isdigit() and exp_text[0] in "+-"):
            raise _signal(InvalidOperation, ConversionSyntax)
        self._int = int(digits)
        self._exp = int(exp_text) - len(frac)

    # -- helpers -------------------------------------------------------------
    @classmethod
    def _make(cls, sign, coeff, exp, special=""):
        d = object.__new__(cls)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    def _round_to(self, prec, rounding):
        if self._special:
            return self
        n = len(str(self._int))
        if n <= prec:
            return self
        drop = n - prec
        coeff = _round_digits(self._int, drop, self._sign, rounding)
        exp = self._exp + drop
        if len(str(coeff)) > prec:
            coeff //= 10
            exp += 1
        return Decimal._make(self._sign, coeff, exp)

    def _fix(self):
        ctx = getcontext()
        return self._round_to(ctx.prec, ctx.rounding)

    def _value(self):
        """The exact value as a Fraction-like (numerator, denominator)."""
        v = self._int
        if self._exp >= 0:
            return (-1 if self._sign else 1) * v * 10 ** self._exp, 1
        return (-1 if self._sign else 1) * v, 10 ** (-self._exp)

    def _check_nan(self, other=None):
        if self._special == "n" or (other is not None and other._special == "n"):
            raise _signal(InvalidOperation)

    # -- conversions ---------------------------------------------------------
    def __str__(self):
        return self._to_string(False)

    def to_eng_string(self, context=None):
        return self._to_string(True)

    def _to_string(self, eng):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special == "n":
            return sign + "NaN"
        c = str(self._int)
        exp = self._exp
        adjusted = exp + len(c) - 1
        if exp <= 0 and adjusted >= -6:
            if exp == 0:
                return sign + c
            point = len(c) + exp
            if point > 0:
                return sign + c[:point] + "." + c[point:]
            return sign + "0." + "0" * (-point) + c
        if eng and self._int != 0:
            shift = adjusted % 3
            head = c[:shift + 1].ljust(shift + 1, "0")
            rest = c[shift + 1:]
            e = adjusted - shift
        else:
            head, rest, e = c[0], c[1:], adjusted
        body = head + ("." + rest if rest else "")
        return sign + body + "E" + ("+" if e >= 0 else "") + str(e)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __int__(self):
        if self._special:
            if self._special == "n":
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special == "n":
            return float("nan")
        return float(str(self))

    def __bool__(self):
        return self._int != 0 or self._special != ""

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)),
                            self._special if self._special else self._exp)

    def as_integer_ratio(self):
        n, d = self._value()
        from math import gcd
        g = gcd(n, d)
        return n // g, d // g

    @classmethod
    def from_float(cls, f):
        return cls(f)

    # -- predicates ----------------------------------------------------------
    def is_nan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special == ""

    def is_zero(self):
        return self._special == "" and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1 if not self._special else 0

    # -- arithmetic ----------------------------------------------------------
    @staticmethod
    def _coerce(other, op, left):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float) or type(other).__name__ in ("complex", "Fraction"):
            a, b = ("decimal.Decimal", type(other).__name__) if left else (type(other).__name__, "decimal.Decimal")
            raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, a, b))
        return NotImplemented

    def _add(self, other, negate_other):
        self._check_nan(other)
        osign = other._sign ^ (1 if negate_other else 0)
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F" and self._sign != osign:
                raise _signal(InvalidOperation)
            return Decimal._make(self._sign if self._special == "F" else osign, 0, 0, "F")
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if osign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and osign) or (self._sign != osign and getcontext().rounding == ROUND_FLOOR) else 0
            return Decimal._make(sign, 0, exp)._fix()
        return Decimal._make(1 if total < 0 else 0, abs(total), exp)._fix()

    def __add__(self, other):
        o = Decimal._coerce(other, "+", True)
        return o if o is NotImplemented else self._add(o, False)

    def __radd__(self, other):
        o = Decimal._coerce(other, "+", False)
        return o if o is NotImplemented else o._add(self, False)

    def __sub__(self, other):
        o = Decimal._coerce(other, "-", True)
        return o if o is NotImplemented else self._add(o, True)

    def __rsub__(self, other):
        o = Decimal._coerce(other, "-", False)
        return o if o is NotImplemented else o._add(self, True)

    def _mul(self, other):
        self._check_nan(other)
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self.is_zero() or other.is_zero():
                raise _signal(InvalidOperation)
            return Decimal._make(sign, 0, 0, "F")
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix()

    def __mul__(self, other):
        o = Decimal._coerce(other, "*", True)
        return o if o is NotImplemented else self._mul(o)

    def __rmul__(self, other):
        o = Decimal._coerce(other, "*", False)
        return o if o is NotImplemented else o._mul(self)

    def _div(self, other):
        self._check_nan(other)
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F":
                raise _signal(InvalidOperation)
            if self._special == "F":
                return Decimal._make(sign, 0, 0, "F")
            return Decimal._make(sign, 0, 0)
        if other._int == 0:
            if self._int == 0:
                raise _signal(InvalidOperation, DivisionUndefined)
            raise _signal(DivisionByZero)
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        prec = getcontext().prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** (-shift))
        if r != 0:
            if q % 5 == 0:
                q += 1      # a sticky digit: the quotient is not exact
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix()

    def __truediv__(self, other):
        o = Decimal._coerce(other, "/", True)
        return o if o is NotImplemented else self._div(o)

    def __rtruediv__(self, other):
        o = Decimal._coerce(other, "/", False)
        return o if o is NotImplemented else o._div(self)

    def _divmod(self, other):
        self._check_nan(other)
        if other._int == 0 and not other._special:
            if self._int == 0:
                raise _signal(InvalidOperation, DivisionUndefined)
            raise _signal(InvalidOperation, DivisionByZero) if False else _signal(DivisionByZero)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)       # truncating: Decimal's // rounds toward zero
        qd = Decimal._make(self._sign ^ other._sign, q, 0)
        rd = Decimal._make(self._sign, r, exp)._fix()
        return qd, rd

    def __floordiv__(self, other):
        o = Decimal._coerce(other, "//", True)
        return o if o is NotImplemented else self._divmod(o)[0]

    def __rfloordiv__(self, other):
        o = Decimal._coerce(other, "//", False)
        return o if o is NotImplemented else o._divmod(self)[0]

    def __mod__(self, other):
        o = Decimal._coerce(other, "%", True)
        return o if o is NotImplemented else self._divmod(o)[1]

    def __rmod__(self, other):
        o = Decimal._coerce(other, "%", False)
        return o if o is NotImplemented else o._divmod(self)[1]

    def __divmod__(self, other):
        o = Decimal._coerce(other, "divmod()", True)
        return o if o is NotImplemented else self._divmod(o)

    def __rdivmod__(self, other):
        o = Decimal._coerce(other, "divmod()", False)
        return o if o is NotImplemented else o._divmod(self)

    def __pow__(self, other, mod=None):
        o = Decimal._coerce(other, "** or pow()", True)
        if o is NotImplemented:
            return o
        self._check_nan(o)
        if o._special or (o._exp < 0 and o._int % 10 ** (-o._exp) != 0):
            # a non-integral exponent: through floats (inexact)
            return Decimal(repr(float(self) ** float(o)))._fix()
        n = int(o)
        if n == 0:
            if self.is_zero():
                raise _signal(InvalidOperation)
            return Decimal(1)
        base = Decimal._make(self._sign, self._int, self._exp)
        ctx = getcontext()
        with localcontext() as work:
            work.prec = ctx.prec + 10
            result = Decimal(1)
            for _ in range(abs(n)):
                result = result._mul(base)
            if n < 0:
                result = Decimal(1)._div(result)
        return result._round_to(ctx.prec, ctx.rounding)

    def __rpow__(self, other):
        o = Decimal._coerce(other, "** or pow()", False)
        return o if o is NotImplemented else o.__pow__(self)

    def __neg__(self):
        if self._int == 0 and not self._special:
            return Decimal._make(0, 0, self._exp)
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)._fix()

    def __pos__(self):
        if self._int == 0 and not self._special:
            return Decimal._make(0, 0, self._exp)
        return Decimal._make(self._sign, self._int, self._exp, self._special)._fix()

    def __abs__(self):
        return Decimal._make(0, self._int, self._exp, self._special)._fix()

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other):
        return Decimal._make(Decimal(other)._sign, self._int, self._exp, self._special)

    # -- comparisons and hashing ---------------------------------------------
    def _cmp(self, other):
        """-1, 0, 1; None if other is not comparable."""
        if isinstance(other, float):
            if other != other:
                return None
            other = Decimal(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif not isinstance(other, Decimal):
            return None
        if self._special == "n" or other._special == "n":
            return None
        if self._special == "F" or other._special == "F":
            a = 0 if self._special != "F" else (-1 if self._sign else 1)
            b = 0 if other._special != "F" else (-1 if other._sign else 1)
            return (a > b) - (a < b)
        n1, d1 = self._value()
        n2, d2 = other._value()
        x, y = n1 * d2, n2 * d1
        return (x > y) - (x < y)

    def __eq__(self, other):
        c = self._cmp(other)
        if c is None:
            return False if isinstance(other, (Decimal, int, float)) else NotImplemented
        return c == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        c = self._cmp(other)
        if c is None:
            if isinstance(other, (Decimal, float)):
                raise _signal(InvalidOperation)
            return NotImplemented
        return op(c)

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other):
        c = self._cmp(Decimal(other) if not isinstance(other, Decimal) else other)
        return Decimal(c)

    def __hash__(self):
        if self._special == "F":
            return hash(float("-inf") if self._sign else float("inf"))
        if self._special == "n":
            raise TypeError("Cannot hash a signaling NaN value.") if False else None
        n, d = self._value()
        if d == 1:
            return hash(n)
        modulus = (1 << 61) - 1
        h = abs(n) % modulus * pow(d % modulus, modulus - 2, modulus) % modulus
        h = -h if n < 0 else h
        return -2 if h == -1 else h

    def max(self, other, context=None):
        other = Decimal(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = Decimal(other)
        return self if self._cmp(other) <= 0 else other

    # -- rounding ------------------------------------------------------------
    def quantize(self, exp, rounding=None, context=None):
        exp = Decimal(exp)
        self._check_nan(exp)
        if self._special or exp._special:
            if self._special == "F" and exp._special == "F":
                return self
            raise _signal(InvalidOperation)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        target = exp._exp
        coeff = _round_digits(self._int, target - self._exp, self._sign, rounding)
        if len(str(coeff)) > ctx.prec:
            raise _signal(InvalidOperation)
        return Decimal._make(self._sign, coeff, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        rounding = rounding or getcontext().rounding
        return Decimal._make(self._sign, _round_digits(self._int, -self._exp, self._sign, rounding), 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def __round__(self, n=None):
        if n is None:
            if self._special:
                raise (ValueError if self._special == "n" else OverflowError)("cannot round a NaN" if self._special == "n" else "cannot round an infinity")
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal((0, (1,), -n)), ROUND_HALF_EVEN)

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def normalize(self, context=None):
        if self._special:
            return self
        d = self._fix()
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        if self._special == "n" or (self._sign and self._int):
            raise _signal(InvalidOperation)
        if self._special == "F":
            return self
        prec = getcontext().prec
        ideal = self._exp // 2
        if self._int == 0:
            return Decimal._make(self._sign, 0, ideal)
        # scale so that the integer square root has prec + 1 digits
        coeff, exp = self._int, self._exp
        if exp % 2:
            coeff *= 10
            exp -= 1
        shift = prec + 1 - (len(str(coeff)) + 1) // 2
        coeff *= 100 ** shift if shift > 0 else 1
        if shift < 0:
            coeff //= 100 ** (-shift)
        exp -= 2 * shift
        from math import isqrt
        root = isqrt(coeff)
        exact = root * root == coeff
        rexp = exp // 2
        if exact:
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
        elif root % 5 == 0:
            root += 1
        return Decimal._make(0, root, rexp)._fix()

    def exp(self, context=None):
        import math
        return Decimal(repr(math.exp(float(self))))._fix()

    def ln(self, context=None):
        import math
        return Decimal(repr(math.log(float(self))))._fix()

    def log10(self, context=None):
        import math
        return Decimal(repr(math.log10(float(self))))._fix()

    # -- formatting ----------------------------------------------------------
    def __format__(self, spec):
        import re as _re
        m = _re.fullmatch(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?", spec)
        if m is None:
            raise ValueError("Invalid format specifier")
        fill, align, sign_opt, _z, _alt, zero, width, group, prec, kind = m.groups()
        if zero and not align:
            fill, align = "0", "="
        fill = fill or " "
        align = align or ">"
        width = int(width) if width else 0
        rounding = getcontext().rounding
        d = self
        if kind == "%":
            d = Decimal._make(d._sign, d._int, d._exp + 2, d._special)
        if d._special:
            body = "Infinity" if d._special == "F" else "NaN"
        elif kind in ("f", "F", "%"):
            if prec is not None:
                d = d.quantize(Decimal((0, (1,), -int(prec))), rounding)
            body = d.copy_abs()._plain()
        elif kind in ("e", "E"):
            body = d.copy_abs()._sci(None if prec is None else int(prec), rounding)
            if kind == "E":
                body = body.upper()
        elif kind in ("g", "G", "n") or kind is None:
            if prec is not None:
                d = d._round_to(max(int(prec), 1), rounding)
            body = str(d.copy_abs())
            if kind == "G":
                body = body.upper()
            elif kind in ("g", "n"):
                body = body.replace("E", "e")
        if kind == "%":
            body += "%"
        if group and not d._special:
            int_part, dot, rest = body.partition(".")
            digits = int_part
            tail = ""
            for i, ch in enumerate(int_part):
                if not ch.isdigit():
                    digits, tail = int_part[:i], int_part[i:]
                    break
            groups = []
            while len(digits) > 3:
                groups.insert(0, digits[-3:])
                digits = digits[:-3]
            groups.insert(0, digits)
            body = group.join(groups) + tail + dot + rest
        sign = "-" if self._sign and (self._int or self._special) or (self._sign and kind is None) else ""
        if not sign and sign_opt in ("+", " "):
            sign = sign_opt
        if len(sign) + len(body) >= width:
            return sign + body
        pad = width - len(sign) - len(body)
        if align == "<":
            return sign + body + fill * pad
        if align == "^":
            left = pad // 2
            return fill * left + sign + body + fill * (pad - left)
        if align == "=":
            return sign + fill * pad + body
        return fill * pad + sign + body

    def _plain(self):
        c = str(self._int)
        if self._exp >= 0:
            return c + "0" * self._exp
        point = len(c) + self._exp
        if point > 0:
            return c[:point] + "." + c[point:]
        return "0." + "0" * (-point) + c

    def _sci(self, prec, rounding):
        d = self
        if prec is not None:
            d = d._round_to(prec + 1, rounding)
        c = str(d._int)
        e = d._exp + len(c) - 1
        if prec is not None and len(c) < prec + 1:
            c = c + "0" * (prec + 1 - len(c))
        body = c[0] + ("." + c[1:] if len(c) > 1 else "")
        return body + "e" + ("+" if e >= 0 else "-") + str(abs(e))


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % tuple(self)
