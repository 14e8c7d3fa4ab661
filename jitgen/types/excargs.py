"""The message of an exception whose own __init__ never calls a base __init__.

CPython's BaseException.__new__ keeps the constructor's positional arguments
in `args` before any __init__ runs, so `class Limit(Exception)` with
`def __init__(self, amount: int): self.amount = amount` still has
`str(Limit(77)) == "77"` (and `Limit: 77` when uncaught); two arguments give
the tuple's repr, none give "".  A base `__init__` call (`super().__init__(m)`,
`Base.__init__(self, m)`) sets the message again, so the constructor only
fills it in when the `__init__` it runs contains no such call.

Arguments are turned into text when the exception is made (CPython does it
when str() is asked for): only values whose text cannot change or run program
code are used, i.e. str, int, float, bool, r_uint and None.  Any other
argument (an instance, a container) leaves the message empty."""
from __future__ import annotations

import ast

from jitgen.types import model as m
from jitgen.types.model import TBool, TFloat, TInt, TNone, TOpt, TStr, TUint

# (jitgen.types.rules is not imported here: calls.py imports this module,
# and rules' own imports may reach calls; `R` below is an annotation only)

_PLAIN = (TStr, TInt, TFloat, TBool, TUint, TNone)


def calls_base_init(checker, init) -> bool:
    """Whether the source of `init` calls some `__init__` (a base's)."""
    node, _ = checker.cache.function_node(init)
    if node is None:
        return True          # unknown source: leave the message to __init__
    for n in ast.walk(node):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "__init__":
            return True
    return False


def _plain(t) -> bool:
    t = m.freeze(t)
    if isinstance(t, TOpt):
        return m.freeze(t.inner) in _PLAIN
    return t in _PLAIN


def args_message(rules, r: R, op, at, pos: list[int], key: bool = False) -> tuple:
    """str(args) of the positional arguments at `pos`, as CPython's
    BaseException.__str__ gives it (KeyError's, if key: the repr of a
    single argument); "" if one of them is not plain."""
    if not pos:
        return ("c", "", TStr)
    if not all(_plain(at[i]) for i in pos):
        return ("c", "", TStr)
    if len(pos) == 1:
        return rules.to_str(r, ("a", pos[0]), at[pos[0]], key)
    acc: tuple = ("c", "(", TStr)
    for k, i in enumerate(pos):
        if k:
            acc = r.op("str_concat", [acc, ("c", ", ", TStr)], TStr)
        acc = r.op("str_concat", [acc, rules.to_str(r, ("a", i), at[i], True)], TStr)
    return r.op("str_concat", [acc, ("c", ")", TStr)], TStr)


def exc_repr(name: str, msg: str, key: bool) -> str:
    """repr(e) of an exception without a __repr__ of its own, made from its
    message as if it had been built from that one str: ValueError('bad'),
    E() for no message; a KeyError's message is already its key's repr."""
    if msg == "":
        return name + "()"
    if key:
        return name + "(" + msg + ")"
    return name + "(" + repr(msg) + ")"


def exception_repr(e: Exception) -> str:
    """The __repr__ of the exception root (overridden by a class's own):
    translated only, where `message` is the field str(e) returns."""
    return exc_repr(type(e).__name__, e.message, isinstance(e, KeyError))
