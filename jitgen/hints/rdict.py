"""r_dict: an insertion-ordered dict whose keys use the program's eq/hash."""
from typing import Callable, Generic, Iterator, TypeVar

K = TypeVar("K")
V = TypeVar("V")
_MISSING = object()


class _Key:
    __slots__ = ("key", "hash", "eq")

    def __init__(self, key, h, eq):
        self.key = key
        self.hash = h
        self.eq = eq

    def __hash__(self):
        return self.hash

    def __eq__(self, other):
        return self.eq(self.key, other.key)


class r_dict(Generic[K, V]):
    """r_dict(key_eq, key_hash): key_eq(a, b) -> bool, key_hash(a) -> int.

    Both must be plain functions of the program (not lambdas or methods) so
    that the translator can call them directly.
    """

    def __init__(self, key_eq: Callable[[K, K], bool], key_hash: Callable[[K], int]) -> None:
        self.key_eq = key_eq
        self.key_hash = key_hash
        self._d: dict = {}

    def _wrap(self, key) -> _Key:
        return _Key(key, self.key_hash(key), self.key_eq)

    def __getitem__(self, key: K) -> V:
        try:
            return self._d[self._wrap(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key: K, value: V) -> None:
        self._d[self._wrap(key)] = value

    def __delitem__(self, key: K) -> None:
        try:
            del self._d[self._wrap(key)]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key: K) -> bool:
        return self._wrap(key) in self._d

    def __len__(self) -> int:
        return len(self._d)

    def __iter__(self) -> Iterator[K]:
        return (k.key for k in list(self._d))

    def get(self, key: K, default: V | None = None) -> V | None:
        return self._d.get(self._wrap(key), default)

    def pop(self, key: K, default=_MISSING) -> V:
        w = self._wrap(key)
        if default is _MISSING:
            try:
                return self._d.pop(w)
            except KeyError:
                raise KeyError(key) from None
        return self._d.pop(w, default)

    def setdefault(self, key: K, default: V) -> V:
        return self._d.setdefault(self._wrap(key), default)

    def keys(self) -> list[K]:
        return [k.key for k in self._d]

    def values(self) -> list[V]:
        return list(self._d.values())

    def items(self) -> list[tuple[K, V]]:
        return [(k.key, v) for k, v in self._d.items()]

    def clear(self) -> None:
        self._d.clear()

    def copy(self) -> "r_dict[K, V]":
        new = r_dict(self.key_eq, self.key_hash)
        new._d = dict(self._d)
        return new

    def __repr__(self) -> str:
        return "r_dict({%s})" % ", ".join(f"{k.key!r}: {v!r}" for k, v in self._d.items())
