"""Slices and indices for sequences."""
from __future__ import annotations

from typing import TYPE_CHECKING

from interpreters.python.objspace.base import W_Root
from interpreters.python.objspace.containers import W_Slice

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


class SliceIndices:
    start: int
    stop: int
    step: int
    length: int

    def __init__(self, start: int, stop: int, step: int, length: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        self.length = length


def slice_index_value(space: ObjSpace, w: W_Root) -> int:
    from interpreters.python.objspace.primitives import W_Long
    w_i = space.index_w(w)
    if isinstance(w_i, W_Long):
        return (1 << 62) if w_i.bigval.sign() > 0 else -(1 << 62)
    return space.int_w(w_i)


def slice_indices(space: ObjSpace, w_slice: W_Slice, n: int) -> SliceIndices:
    if space.is_none(w_slice.w_step):
        step = 1
    else:
        step = slice_index_value(space, w_slice.w_step)
        if step == 0:
            raise space.error_value("slice step cannot be zero")
    if step > 0:
        lower = 0
        upper = n
    else:
        lower = -1
        upper = n - 1
    if space.is_none(w_slice.w_start):
        start = upper if step < 0 else lower
    else:
        start = slice_index_value(space, w_slice.w_start)
        if start < 0:
            start += n
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if space.is_none(w_slice.w_stop):
        stop = lower if step < 0 else upper
    else:
        stop = slice_index_value(space, w_slice.w_stop)
        if stop < 0:
            stop += n
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    if step > 0:
        length = (stop - start + step - 1) // step if stop > start else 0
    else:
        length = (start - stop - step - 1) // (-step) if start > stop else 0
    return SliceIndices(start, stop, step, length)


def slice_list(items: list[W_Root], si: SliceIndices) -> list[W_Root]:
    if si.step == 1:
        if si.length <= 0:
            return []
        return items[si.start:si.start + si.length]
    res: list[W_Root] = []
    i = si.start
    k = 0
    while k < si.length:
        res.append(items[i])
        i += si.step
        k += 1
    return res


def slice_str(s: str, si: SliceIndices) -> str:
    if si.step == 1:
        if si.length <= 0:
            return ""
        return s[si.start:si.start + si.length]
    parts: list[str] = []
    i = si.start
    k = 0
    while k < si.length:
        parts.append(s[i])
        i += si.step
        k += 1
    return "".join(parts)
