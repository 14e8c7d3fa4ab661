"""Argument checking shared by the builtin functions and methods."""
from __future__ import annotations

from typing import TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def check_args(space: ObjSpace, args: Args, name: str, lo: int, hi: int) -> list[W_Root]:
    """Positional arguments only, between lo and hi of them."""
    if args.has_kw():
        raise space.error_type("%s() takes no keyword arguments" % name)
    n = len(args.pos)
    if n < lo or n > hi:
        if lo == hi:
            if lo == 0:
                raise space.error_type("%s() takes no arguments (%d given)" % (name, n))
            if lo == 1:
                raise space.error_type("%s() takes exactly one argument (%d given)" % (name, n))
            raise space.error_type("%s expected %d arguments, got %d" % (name, lo, n))
        if n < lo:
            raise space.error_type("%s expected at least %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
        raise space.error_type("%s expected at most %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n))
    return args.pos


def method_args(space: ObjSpace, args: Args, name: str, lo: int, hi: int) -> list[W_Root]:
    """For methods: args.pos[0] is self; lo/hi count the other arguments."""
    if args.has_kw():
        raise space.error_type("%s() takes no keyword arguments" % name)
    n = len(args.pos) - 1
    if n < lo or n > hi:
        if lo == hi:
            if lo == 0:
                raise space.error_type("%s() takes no arguments (%d given)" % (name, n))
            if lo == 1:
                raise space.error_type("%s() takes exactly one argument (%d given)" % (name, n))
            raise space.error_type("%s expected %d arguments, got %d" % (name, lo, n))
        if n < lo:
            raise space.error_type("%s expected at least %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
        raise space.error_type("%s expected at most %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n))
    return args.pos


def kw_or_pos(space: ObjSpace, args: Args, index: int, name: str) -> W_Root | None:
    """An argument given by position `index` or by keyword `name`."""
    if index < len(args.pos):
        return args.pos[index]
    return args.get_kw(name)


def check_kwnames(space: ObjSpace, args: Args, fname: str, allowed: list[str]) -> None:
    for k in args.kwnames:
        if k not in allowed:
            raise space.error_type("'%s' is an invalid keyword argument for %s()" % (k, fname))


def normalize_index(space: ObjSpace, i: int, n: int, what: str) -> int:
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.error_index("%s index out of range" % what)
    return i
