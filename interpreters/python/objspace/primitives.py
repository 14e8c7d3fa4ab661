"""Immutable scalar objects: None, NotImplemented, Ellipsis, bool, int
(machine int with a big-integer twin), float, str, bytes."""
from __future__ import annotations

from typing import Final, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root
from interpreters.python.objspace.numbers import BigInt

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace
    from interpreters.python.objspace.typeobject import W_Type


class W_NoneObject(W_Root):
    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_NoneType


class W_NotImplementedObject(W_Root):
    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_NotImplementedType


class W_EllipsisObject(W_Root):
    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_ellipsis


class W_Int(W_Root):
    """An int that fits a machine word."""
    intval: Final[int]

    def __init__(self, intval: int) -> None:
        self.intval = intval

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_int


class W_Bool(W_Int):
    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_bool


class W_Long(W_Root):
    """An int that does not fit a machine word (always normalised: a value
    that fits is a W_Int)."""
    bigval: Final[BigInt]

    def __init__(self, bigval: BigInt) -> None:
        self.bigval = bigval

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_int


class W_Float(W_Root):
    floatval: Final[float]

    def __init__(self, floatval: float) -> None:
        self.floatval = floatval

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_float


class W_Str(W_Root):
    value: Final[str]
    hash_cache: int      # -1 until computed

    def __init__(self, value: str) -> None:
        self.value = value
        self.hash_cache = -1

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_str


class W_Bytes(W_Root):
    """bytes: each character of value is one byte (code point < 256)."""
    value: Final[str]

    def __init__(self, value: str) -> None:
        self.value = value

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_bytes
