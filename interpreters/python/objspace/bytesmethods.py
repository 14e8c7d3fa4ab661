"""The text-like methods of bytes (upper, split, strip, replace, find, ...).

A bytes object keeps one character per byte, so these reuse the str
methods: bytes arguments become str, the str method runs, and str results
(alone or in a list/tuple) become bytes again."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args
from interpreters.python.objspace.primitives import W_Int, W_Str, W_Bytes
from interpreters.python.objspace.containers import W_Tuple, W_List
from interpreters.python.objspace import strmethods as sm

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def as_str_arg(space: ObjSpace, w: W_Root) -> W_Root:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Bytes):
        return space.newstr(w_b.value)
    if isinstance(w_b, W_Str):
        raise space.error_type("a bytes-like object is required, not 'str'")
    if isinstance(w_b, W_Tuple):
        items: list[W_Root] = []
        for w_x in w_b.items:
            items.append(as_str_arg(space, w_x))
        return space.newtuple(items)
    return w


def as_bytes_result(space: ObjSpace, w: W_Root) -> W_Root:
    if isinstance(w, W_Str):
        return space.newbytes(w.value)
    if isinstance(w, W_List):
        items: list[W_Root] = []
        for w_x in w.items:
            items.append(as_bytes_result(space, w_x))
        return space.newlist(items)
    if isinstance(w, W_Tuple):
        items2: list[W_Root] = []
        for w_x in w.items:
            items2.append(as_bytes_result(space, w_x))
        return space.newtuple(items2)
    return w


def via_str(space: ObjSpace, args: Args, fn: Callable[[ObjSpace, Args], W_Root]) -> W_Root:
    pos: list[W_Root] = [space.newstr(sm.self_bytes(space, args.pos[0]))]
    i = 1
    while i < len(args.pos):
        pos.append(as_str_arg(space, args.pos[i]))
        i += 1
    kwvalues: list[W_Root] = []
    for w_v in args.kwvalues:
        kwvalues.append(as_str_arg(space, w_v))
    return as_bytes_result(space, fn(space, Args(pos, args.kwnames, kwvalues)))


def bytes_upper(space: ObjSpace, args: Args) -> W_Root:
    return space.newbytes(ascii_case(sm.self_bytes(space, args.pos[0]), True))


def bytes_lower(space: ObjSpace, args: Args) -> W_Root:
    return space.newbytes(ascii_case(sm.self_bytes(space, args.pos[0]), False))


def ascii_case(s: str, upper: bool) -> str:
    # only ASCII letters change case in bytes
    out: list[str] = []
    for c in s:
        if upper and "a" <= c <= "z":
            out.append(chr(ord(c) - 32))
        elif not upper and "A" <= c <= "Z":
            out.append(chr(ord(c) + 32))
        else:
            out.append(c)
    return "".join(out)


def bytes_join(space: ObjSpace, args: Args) -> W_Root:
    sep = sm.self_bytes(space, args.pos[0])
    parts: list[str] = []
    for w_x in space.list_items(args.pos[1]):
        w_b = space.base_value(w_x)
        if not isinstance(w_b, W_Bytes):
            raise space.error_type("sequence item %d: expected a bytes-like object, %s found" % (len(parts), space.type_name(w_x)))
        parts.append(w_b.value)
    return space.newbytes(sep.join(parts))


def bytes_mul(space: ObjSpace, args: Args) -> W_Root:
    w_n = space.base_value(args.pos[1])
    if not isinstance(w_n, W_Int):
        return space.w_NotImplemented
    n = w_n.intval
    if n <= 0:
        return space.newbytes("")
    return space.newbytes(sm.self_bytes(space, args.pos[0]) * n)


def bytes_contains(space: ObjSpace, args: Args) -> W_Root:
    s = sm.self_bytes(space, args.pos[0])
    w_x = space.base_value(args.pos[1])
    if isinstance(w_x, W_Int):
        if w_x.intval < 0 or w_x.intval > 255:
            raise space.error_value("byte must be in range(0, 256)")
        return space.newbool(chr(w_x.intval) in s)
    if isinstance(w_x, W_Bytes):
        return space.newbool(w_x.value in s)
    raise space.error_type("a bytes-like object is required, not '%s'" % space.type_name(args.pos[1]))


def bytes_split(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_split)


def bytes_rsplit(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_rsplit)


def bytes_strip(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_strip)


def bytes_lstrip(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_lstrip)


def bytes_rstrip(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_rstrip)


def bytes_replace(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_replace)


def bytes_find(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_find)


def bytes_rfind(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_rfind)


def bytes_index(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_index)


def bytes_count(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_count)


def bytes_startswith(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_startswith)


def bytes_endswith(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_endswith)


def bytes_partition(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_partition)


def bytes_rpartition(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_rpartition)


def bytes_splitlines(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_splitlines)


def bytes_isdigit(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_isdigit)


def bytes_isalpha(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_isalpha)


def bytes_isspace(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_isspace)


def bytes_center(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_center)


def bytes_ljust(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_ljust)


def bytes_rjust(space: ObjSpace, args: Args) -> W_Root:
    return via_str(space, args, sm.str_rjust)


BYTES_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = dict(sm.BYTES_METHODS)
BYTES_METHODS.update({
    "upper": bytes_upper, "lower": bytes_lower, "join": bytes_join,
    "__mul__": bytes_mul, "__rmul__": bytes_mul, "__contains__": bytes_contains,
    "split": bytes_split, "rsplit": bytes_rsplit, "strip": bytes_strip,
    "lstrip": bytes_lstrip, "rstrip": bytes_rstrip, "replace": bytes_replace,
    "find": bytes_find, "rfind": bytes_rfind, "index": bytes_index, "count": bytes_count,
    "startswith": bytes_startswith, "endswith": bytes_endswith,
    "partition": bytes_partition, "rpartition": bytes_rpartition,
    "splitlines": bytes_splitlines, "isdigit": bytes_isdigit, "isalpha": bytes_isalpha,
    "isspace": bytes_isspace, "center": bytes_center, "ljust": bytes_ljust, "rjust": bytes_rjust,
})
