"""Machine-integer helpers.  The subset's int is a signed 64-bit integer."""

MAXINT = (1 << 63) - 1
MININT = -(1 << 63)
_MASK = (1 << 64) - 1

# Deep recursion raises this in translated code; on CPython it is the
# host's RecursionError, so `except StackOverflow` means the same everywhere.
StackOverflow = RecursionError


def ovfcheck(x: int) -> int:
    """Wrap an int operation: raise OverflowError if it left 64 bits."""
    if x > MAXINT or x < MININT:
        raise OverflowError("integer overflow")
    return x


def intmask(x: int) -> int:
    """Wrap an int operation: truncate its result to signed 64 bits."""
    x = int(x) & _MASK
    return x - (1 << 64) if x > MAXINT else x


class r_uint(int):
    """Unsigned 64-bit integer with wrap-around arithmetic."""

    def __new__(cls, value: int = 0) -> "r_uint":
        return int.__new__(cls, int(value) & _MASK)

    def _wrap(op):
        def method(self, other):
            return r_uint(op(int(self), int(other)))
        return method

    def _rwrap(op):
        def method(self, other):
            return r_uint(op(int(other), int(self)))
        return method

    __add__ = _wrap(int.__add__)
    __radd__ = _rwrap(int.__add__)
    __sub__ = _wrap(int.__sub__)
    __rsub__ = _rwrap(int.__sub__)
    __mul__ = _wrap(int.__mul__)
    __rmul__ = _rwrap(int.__mul__)
    __floordiv__ = _wrap(int.__floordiv__)
    __mod__ = _wrap(int.__mod__)
    __and__ = _wrap(int.__and__)
    __rand__ = _rwrap(int.__and__)
    __or__ = _wrap(int.__or__)
    __ror__ = _rwrap(int.__or__)
    __xor__ = _wrap(int.__xor__)
    __rxor__ = _rwrap(int.__xor__)
    __lshift__ = _wrap(int.__lshift__)
    __rshift__ = _wrap(int.__rshift__)

    def __invert__(self) -> "r_uint":
        return r_uint(~int(self))

    def __neg__(self) -> "r_uint":
        return r_uint(-int(self))

    def __repr__(self) -> str:
        return f"r_uint({int(self)})"

    def __str__(self) -> str:
        return str(int(self))

    def __format__(self, spec: str) -> str:
        return format(int(self), spec)

    del _wrap, _rwrap
