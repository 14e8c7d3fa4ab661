"""The builtin complex type, written in Python for this VM.

The VM loads it the first time a program names `complex` or uses an
imaginary literal (see ObjSpace.lazy_builtin).  Arithmetic follows the
formulas CPython uses (Smith's division, binary powers for small integer
exponents, polar form otherwise) so results print the same."""
from math import hypot as _hypot, atan2 as _atan2, exp as _exp, log as _log, \
    cos as _cos, sin as _sin, copysign as _copysign, floor as _floor, isnan as _isnan, \
    isinf as _isinf

_HASH_IMAG = 1000003
_HASH_MOD = 1 << 64


def _part_repr(x):
    """A float the way complex's repr writes it: no '.0' on integral values."""
    s = repr(x)
    if s.endswith(".0"):
        s = s[:-2]
    return s


def _to_complex(v):
    """v as a complex, or None if it is not a number."""
    if isinstance(v, complex):
        return v
    if isinstance(v, (int, float)):
        return complex(v)
    return None


def _parse(text):
    s = text.strip().replace("_", "")
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s:
        raise ValueError("complex() arg is a malformed string")
    try:
        if s[-1] in "jJ":
            body = s[:-1]
            # find the sign that splits real and imaginary parts
            split = -1
            i = len(body) - 1
            while i > 0:
                if body[i] in "+-" and body[i - 1] not in "eE":
                    split = i
                    break
                i -= 1
            if split > 0:
                real = float(body[:split])
                imag_text = body[split:]
            else:
                real = 0.0
                imag_text = body
            if imag_text in ("", "+"):
                imag = 1.0
            elif imag_text == "-":
                imag = -1.0
            else:
                imag = float(imag_text)
            return real, imag
        return float(s), 0.0
    except ValueError:
        raise ValueError("complex() arg is a malformed string") from None


class complex:
    __module__ = "builtins"
    __slots__ = ("_real", "_imag")

    def __new__(cls, real=0, imag=None):
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            re, im = _parse(real)
        else:
            if isinstance(real, complex):
                re, im = real._real, real._imag
            elif hasattr(type(real), "__complex__"):
                c = real.__complex__()
                re, im = c._real, c._imag
            elif isinstance(real, (int, float)) or hasattr(type(real), "__float__") or hasattr(type(real), "__index__"):
                re, im = float(real), 0.0
            else:
                raise TypeError("complex() first argument must be a string or a number, not '%s'"
                                % type(real).__name__)
            if imag is not None:
                # as CPython: the imaginary part of a complex first argument
                # is added; otherwise imag is taken as it is (keeps -0.0)
                real_was_complex = isinstance(real, complex) or hasattr(type(real), "__complex__")
                if isinstance(imag, complex):
                    re = re - imag._imag
                    im = im + imag._real if real_was_complex else imag._real
                elif isinstance(imag, (int, float)) or hasattr(type(imag), "__float__"):
                    im = im + float(imag) if real_was_complex else float(imag)
                else:
                    raise TypeError("complex() second argument must be a number, not '%s'"
                                    % type(imag).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_real", float(re))
        object.__setattr__(self, "_imag", float(im))
        return self

    @property
    def real(self):
        return self._real

    @property
    def imag(self):
        return self._imag

    def conjugate(self):
        return complex(self._real, -self._imag)

    def __setattr__(self, name, value):
        raise AttributeError("'complex' object attribute '%s' is read-only" % name)

    def __repr__(self):
        if self._real == 0.0 and _copysign(1.0, self._real) == 1.0:
            return _part_repr(self._imag) + "j"
        im = _part_repr(self._imag)
        if im[0] != "-":
            im = "+" + im
        return "(" + _part_repr(self._real) + im + "j)"

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        re = format(self._real, spec)
        im = format(self._imag, "+" + spec.lstrip("+-"))
        return "(" + re + im + "j)"

    def __hash__(self):
        h = (hash(self._real) + _HASH_IMAG * hash(self._imag)) % _HASH_MOD
        if h >= 1 << 63:
            h -= _HASH_MOD
        return -2 if h == -1 else h

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._real == other._real and self._imag == other._imag
        if isinstance(other, (int, float)):
            return self._imag == 0.0 and self._real == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __bool__(self):
        return self._real != 0.0 or self._imag != 0.0

    def __abs__(self):
        if _isinf(self._real) or _isinf(self._imag):
            return float("inf")
        if _isnan(self._real) or _isnan(self._imag):
            return float("nan")
        result = _hypot(self._real, self._imag)
        if _isinf(result):
            raise OverflowError("absolute value too large")
        return result

    def __neg__(self):
        return complex(-self._real, -self._imag)

    def __pos__(self):
        return complex(self._real, self._imag)

    def __add__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex(self._real + o._real, self._imag + o._imag)

    def __radd__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex(o._real + self._real, o._imag + self._imag)

    def __sub__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex(self._real - o._real, self._imag - o._imag)

    def __rsub__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex(o._real - self._real, o._imag - self._imag)

    @staticmethod
    def _mul(a, b):
        return complex(a._real * b._real - a._imag * b._imag,
                       a._real * b._imag + a._imag * b._real)

    def __mul__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex._mul(self, o)

    def __rmul__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex._mul(o, self)

    @staticmethod
    def _div(a, b):
        # Smith's algorithm: scale by the larger component of the divisor
        abs_br = abs(b._real)
        abs_bi = abs(b._imag)
        if abs_br >= abs_bi:
            if abs_br == 0.0:
                raise ZeroDivisionError("complex division by zero")
            ratio = b._imag / b._real
            denom = b._real + b._imag * ratio
            return complex((a._real + a._imag * ratio) / denom,
                           (a._imag - a._real * ratio) / denom)
        if abs_bi >= abs_br:
            ratio = b._real / b._imag
            denom = b._real * ratio + b._imag
            return complex((a._real * ratio + a._imag) / denom,
                           (a._imag * ratio - a._real) / denom)
        return complex(float("nan"), float("nan"))

    def __truediv__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex._div(self, o)

    def __rtruediv__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex._div(o, self)

    def __floordiv__(self, other):
        raise TypeError("unsupported operand type(s) for //: 'complex' and '%s'" % type(other).__name__)

    def __mod__(self, other):
        raise TypeError("unsupported operand type(s) for %%: 'complex' and '%s'" % type(other).__name__)

    @staticmethod
    def _pow(a, b):
        if b._imag == 0.0 and b._real == _floor(b._real) and abs(b._real) <= 100.0:
            n = int(b._real)
            # binary powering, as CPython does for small integer exponents
            result = complex(1.0, 0.0)
            p = a
            m = abs(n)
            mask = 1
            while mask > 0 and m >= mask:
                if m & mask:
                    result = complex._mul(result, p)
                mask <<= 1
                p = complex._mul(p, p)
            if n < 0:
                return complex._div(complex(1.0, 0.0), result)
            return result
        if b._real == 0.0 and b._imag == 0.0:
            return complex(1.0, 0.0)
        if a._real == 0.0 and a._imag == 0.0:
            if b._imag != 0.0 or b._real < 0.0:
                raise ZeroDivisionError("0.0 to a negative or complex power")
            return complex(0.0, 0.0)
        vabs = _hypot(a._real, a._imag)
        length = vabs ** b._real
        angle = _atan2(a._imag, a._real)
        phase = angle * b._real
        if b._imag != 0.0:
            length /= _exp(angle * b._imag)
            phase += b._imag * _log(vabs)
        return complex(length * _cos(phase), length * _sin(phase))

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex._pow(self, o)

    def __rpow__(self, other):
        o = _to_complex(other)
        if o is None:
            return NotImplemented
        return complex._pow(o, self)

    def __complex__(self):
        return self

    def __getnewargs__(self):
        return (self._real, self._imag)

    def __reduce__(self):
        return (complex, (self._real, self._imag))
