"""< <= > >= between two lists, as CPython compares them: item by item up
to the first pair that differs (by ==), which decides by <; if one list is
a prefix of the other, the shorter is smaller.  Typed into a direct_call
of a copy specialised on the list type (rules.compare)."""
from typing import TypeVar

from jitgen.hints import specialize

T = TypeVar("T")


@specialize.argtype(0, 1)
def list_lt(a: list[T], b: list[T]) -> bool:
    n = min(len(a), len(b))
    for i in range(n):
        if not (a[i] == b[i]):
            return a[i] < b[i]
    return len(a) < len(b)


@specialize.argtype(0, 1)
def list_le(a: list[T], b: list[T]) -> bool:
    n = min(len(a), len(b))
    for i in range(n):
        if not (a[i] == b[i]):
            return a[i] < b[i]
    return len(a) <= len(b)
