"""Low-level types -> LLVM types, and the one-word encoding of values in
containers (list slots, tuple items, dict keys and values)."""
from __future__ import annotations

import struct

from jitgen.lower import lltypes as lt


def lty(t: lt.LLType) -> str:
    """The LLVM type of a value of low-level type t in registers and fields."""
    if t == lt.Signed or t == lt.Unsigned:
        return "i64"
    if t == lt.Bool:
        return "i1"
    if t == lt.Float:
        return "double"
    if t == lt.Void:
        return "void"
    return "ptr"


def zero(t: lt.LLType) -> str:
    """The zero/null constant of type t (what a raising function returns)."""
    ty = lty(t)
    return {"i64": "0", "i1": "false", "double": "0.0", "ptr": "null"}.get(ty, "")


def is_atomic(t: lt.LLType) -> bool:
    """Values of t never point into the GC heap."""
    return not t.is_ref


def float_const(x: float) -> str:
    return "0x%016X" % struct.unpack("<Q", struct.pack("<d", x))[0]


def signed(v: int) -> int:
    v &= (1 << 64) - 1
    return v - (1 << 64) if v >= (1 << 63) else v
