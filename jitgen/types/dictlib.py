"""Subset implementations of the dict methods that have no low-level
operation of their own: update(other) and popitem().

The typing rules (strrules.py) turn such a call into a direct_call of one
of these functions, specialised on the dict's type and translated like the
program's own code.  Each behaves as CPython's method does, error message
included.
"""
from typing import TypeVar

from jitgen.hints import specialize

K = TypeVar("K")
V = TypeVar("V")


@specialize.argtype(0, 1)
def dict_update(d: dict[K, V], other: dict[K, V]) -> None:
    """d.update(other): other's items in its order; a key d already has
    keeps its place and takes the new value."""
    for k, v in other.items():
        d[k] = v


@specialize.argtype(0)
def dict_popitem(d: dict[K, V]) -> tuple[K, V]:
    """d.popitem(): remove and return the last inserted item (this copies
    the dict's keys: O(len(d)), where CPython's is O(1))."""
    if not d:
        raise KeyError("popitem(): dictionary is empty")
    k = list(d)[-1]
    v = d[k]
    del d[k]
    return (k, v)
