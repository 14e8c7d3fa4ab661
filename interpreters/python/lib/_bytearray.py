"""The builtin bytearray, written in Python for this VM (loaded on first
use through ObjSpace.lazy_builtin): a mutable sequence of ints in
range(0, 256), with bytes' methods."""


def _check_byte(v):
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not 0 <= v < 256:
        raise ValueError("byte must be in range(0, 256)")
    return v


def _ints_of(source):
    if isinstance(source, (bytes, bytearray)):
        return list(source)
    if isinstance(source, str):
        raise TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    return [_check_byte(v) for v in source]


class bytearray:
    __module__ = "builtins"
    __hash__ = None

    def __init__(self, source=None, encoding=None, errors="strict"):
        if source is None:
            self._b = []
        elif isinstance(source, str):
            if encoding is None:
                raise TypeError("string argument without an encoding")
            self._b = list(source.encode(encoding, errors))
        elif isinstance(source, int) and not isinstance(source, bool):
            if source < 0:
                raise ValueError("negative count")
            self._b = [0] * source
        else:
            self._b = _ints_of(source)

    def __bytes__(self):
        return bytes(self._b)

    def __repr__(self):
        return "bytearray(%r)" % (bytes(self._b),)

    __str__ = __repr__

    def __len__(self):
        return len(self._b)

    def __iter__(self):
        return iter(self._b)

    def __reversed__(self):
        return reversed(self._b)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytearray(self._b[i])
        try:
            return self._b[i]
        except IndexError:
            raise IndexError("bytearray index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._b[i] = _ints_of(v)
        else:
            try:
                self._b[i] = _check_byte(v)
            except IndexError:
                raise IndexError("bytearray index out of range") from None

    def __delitem__(self, i):
        del self._b[i]

    def __contains__(self, x):
        if isinstance(x, int):
            return _check_byte(x) in self._b
        return bytes(x) in bytes(self._b)

    def _other(self, other):
        if isinstance(other, bytearray):
            return bytes(other._b)
        if isinstance(other, bytes):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else bytes(self._b) == o

    def __ne__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else bytes(self._b) != o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else bytes(self._b) < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else bytes(self._b) <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else bytes(self._b) > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else bytes(self._b) >= o

    def __add__(self, other):
        o = self._other(other)
        if o is None:
            raise TypeError("can't concat %s to bytearray" % type(other).__name__)
        return bytearray(self._b + list(o))

    def __radd__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return o + bytes(self._b)

    def __iadd__(self, other):
        o = self._other(other)
        if o is None:
            raise TypeError("can't concat %s to bytearray" % type(other).__name__)
        self._b.extend(o)
        return self

    def __mul__(self, n):
        return bytearray(self._b * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._b = self._b * n
        return self

    def append(self, v):
        self._b.append(_check_byte(v))

    def extend(self, source):
        self._b.extend(_ints_of(source))

    def insert(self, i, v):
        self._b.insert(i, _check_byte(v))

    def pop(self, i=-1):
        if not self._b:
            raise IndexError("pop from empty bytearray")
        return self._b.pop(i)

    def remove(self, v):
        try:
            self._b.remove(v)
        except ValueError:
            raise ValueError("value not found in bytearray") from None

    def reverse(self):
        self._b.reverse()

    def clear(self):
        self._b.clear()

    def copy(self):
        return bytearray(self._b)

    def count(self, x, *span):
        if isinstance(x, int):
            return bytes(self._b).count(bytes([_check_byte(x)]), *span)
        return bytes(self._b).count(bytes(x), *span)

    def find(self, x, *span):
        if isinstance(x, int):
            x = bytes([_check_byte(x)])
        return bytes(self._b).find(bytes(x), *span)

    def index(self, x, *span):
        i = self.find(x, *span)
        if i < 0:
            raise ValueError("subsection not found")
        return i

    def decode(self, encoding="utf-8", errors="strict"):
        return bytes(self._b).decode(encoding, errors)

    def hex(self, *args):
        return bytes(self._b).hex(*args)

    @classmethod
    def fromhex(cls, text):
        digits = "0123456789abcdef"
        out = []
        i = 0
        low = text.lower()
        while i < len(low):
            if low[i].isspace():
                i += 1
                continue
            if i + 1 >= len(low) or low[i] not in digits or low[i + 1] not in digits:
                pos = i if low[i] not in digits else i + 1
                raise ValueError("non-hexadecimal number found in fromhex() arg at position %d" % pos)
            out.append(digits.index(low[i]) * 16 + digits.index(low[i + 1]))
            i += 2
        return cls(out)

    def __getattr__(self, name):
        # the rest of bytes' methods: bytes results become bytearrays
        method = getattr(bytes(self._b), name)

        def call(*args, **kwargs):
            args = tuple(bytes(a._b) if isinstance(a, bytearray) else a for a in args)
            result = method(*args, **kwargs)
            if isinstance(result, bytes):
                return bytearray(result)
            if isinstance(result, list):
                return [bytearray(r) if isinstance(r, bytes) else r for r in result]
            if isinstance(result, tuple):
                return tuple(bytearray(r) if isinstance(r, bytes) else r for r in result)
            return result
        return call
