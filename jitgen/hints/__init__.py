"""What interpreters import from jitgen.

On CPython (host mode) every hint is a no-op or a plain implementation, so an
interpreter runs unchanged.  The checker and the translator recognise each
name here by identity and give it its translated meaning.
"""
from jitgen.hints.jit import (
    JitDriver, promote, promote_string, elidable, unroll_safe,
    dont_look_inside, look_inside, we_are_jitted, we_are_translated,
    external,
)
from jitgen.hints.arith import (
    ovfcheck, intmask, r_uint, MAXINT, MININT, StackOverflow,
)
from jitgen.hints.rdict import r_dict
from jitgen.hints.strbuilder import StringBuilder
from jitgen.hints.specialize import specialize

__all__ = [
    "JitDriver", "promote", "promote_string", "elidable", "unroll_safe",
    "dont_look_inside", "look_inside", "we_are_jitted", "we_are_translated",
    "external", "ovfcheck", "intmask", "r_uint", "MAXINT", "MININT",
    "StackOverflow", "r_dict", "StringBuilder", "specialize",
]
