"""The methods of list and tuple."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.primitives import W_Int, W_Long, W_Str
from interpreters.python.objspace.containers import W_List, W_Tuple, W_Slice
from interpreters.python.objspace.typeobject import W_Type, W_Object
from interpreters.python.objspace.iterators import W_SeqIter, W_ReverseSeqIter
from interpreters.python.objspace.argcheck import method_args
from interpreters.python.objspace.sequtil import slice_indices, slice_list
from interpreters.python.objspace.operations import seq_compare, CMP_LT

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def self_list(space: ObjSpace, w: W_Root) -> W_List:
    w_b = space.base_value(w)
    if isinstance(w_b, W_List):
        return w_b
    raise space.error_type("descriptor requires a 'list' object but received a '%s'" % space.type_name(w))


def self_tuple(space: ObjSpace, w: W_Root) -> W_Tuple:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Tuple):
        return w_b
    raise space.error_type("descriptor requires a 'tuple' object but received a '%s'" % space.type_name(w))


def seq_repr(space: ObjSpace, items: list[W_Root], left: str, right: str) -> str:
    parts: list[str] = []
    for w_x in items:
        parts.append(space.repr_w(w_x))
    if left == "(" and len(parts) == 1:
        return "(" + parts[0] + ",)"
    return left + ", ".join(parts) + right


class ReprGuard:
    """Objects whose repr is being computed (to print [...] for cycles)."""
    active: list[W_Root]

    def __init__(self) -> None:
        self.active = []

    def enter(self, w: W_Root) -> bool:
        for w_x in self.active:
            if w_x is w:
                return False
        self.active.append(w)
        return True

    def leave(self) -> None:
        self.active.pop()


REPR_GUARD = ReprGuard()


def list_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    assert isinstance(w_cls, W_Type)
    w_l = W_List([])
    if w_cls is space.w_list:
        return w_l
    w_obj = W_Object(w_cls)
    w_obj.w_base = w_l
    return w_obj


def list_init(space: ObjSpace, args: Args) -> W_Root:
    method_args(space, args, "list", 0, 1)
    w_l = self_list(space, args.pos[0])
    if len(args.pos) > 1:
        w_l.items = space.list_items(args.pos[1])
    else:
        w_l.items = []
    return space.w_None


def list_repr(space: ObjSpace, args: Args) -> W_Root:
    w_l = self_list(space, args.pos[0])
    if len(w_l.items) == 0:
        return space.newstr("[]")
    if not REPR_GUARD.enter(w_l):
        return space.newstr("[...]")
    try:
        return space.newstr(seq_repr(space, w_l.items, "[", "]"))
    finally:
        REPR_GUARD.leave()


def list_len(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(len(self_list(space, args.pos[0]).items))


def list_getitem(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__getitem__", 1, 1)
    items = self_list(space, pos[0]).items
    w_key = pos[1]
    if isinstance(w_key, W_Slice):
        return W_List(slice_list(items, slice_indices(space, w_key, len(items))))
    if not (isinstance(space.base_value(w_key), W_Int) or isinstance(w_key, W_Long)) and space.lookup(w_key, "__index__") is None:
        raise space.error_type("list indices must be integers or slices, not %s" % space.type_name(w_key))
    i = space.int_w(w_key)
    if i < 0:
        i += len(items)
    if i < 0 or i >= len(items):
        raise space.error_index("list index out of range")
    return items[i]


def list_setitem(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__setitem__", 2, 2)
    w_l = self_list(space, pos[0])
    w_key = pos[1]
    if isinstance(w_key, W_Slice):
        si = slice_indices(space, w_key, len(w_l.items))
        new_items = space.list_items(pos[2])
        if si.step == 1:
            stop = si.start + si.length
            w_l.items = w_l.items[:si.start] + new_items + w_l.items[stop if stop > si.start else si.start:]
            return space.w_None
        if len(new_items) != si.length:
            raise space.error_value("attempt to assign sequence of size %d to extended slice of size %d" % (len(new_items), si.length))
        i = si.start
        for w_x in new_items:
            w_l.items[i] = w_x
            i += si.step
        return space.w_None
    i = space.int_w(w_key)
    if i < 0:
        i += len(w_l.items)
    if i < 0 or i >= len(w_l.items):
        raise space.error_index("list assignment index out of range")
    w_l.items[i] = pos[2]
    return space.w_None


def list_delitem(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__delitem__", 1, 1)
    w_l = self_list(space, pos[0])
    w_key = pos[1]
    if isinstance(w_key, W_Slice):
        si = slice_indices(space, w_key, len(w_l.items))
        if si.length == 0:
            return space.w_None
        drop: list[int] = []
        i = si.start
        k = 0
        while k < si.length:
            drop.append(i)
            i += si.step
            k += 1
        keep: list[W_Root] = []
        j = 0
        while j < len(w_l.items):
            if j not in drop:
                keep.append(w_l.items[j])
            j += 1
        w_l.items = keep
        return space.w_None
    i = space.int_w(w_key)
    if i < 0:
        i += len(w_l.items)
    if i < 0 or i >= len(w_l.items):
        raise space.error_index("list assignment index out of range")
    del w_l.items[i]
    return space.w_None


def list_contains(space: ObjSpace, args: Args) -> W_Root:
    items = self_list(space, args.pos[0]).items
    for w_x in items:
        if space.eq_w(w_x, args.pos[1]):
            return space.w_True
    return space.w_False


def list_iter(space: ObjSpace, args: Args) -> W_Root:
    return W_SeqIter(self_list(space, args.pos[0]))


def list_reversed(space: ObjSpace, args: Args) -> W_Root:
    w_l = self_list(space, args.pos[0])
    return W_ReverseSeqIter(w_l, len(w_l.items) - 1)


def list_add(space: ObjSpace, args: Args) -> W_Root:
    a = self_list(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_List):
        return space.w_NotImplemented
    return W_List(a.items + w_b.items)


def list_iadd(space: ObjSpace, args: Args) -> W_Root:
    a = self_list(space, args.pos[0])
    a.items.extend(space.list_items(args.pos[1]))
    return args.pos[0]


def repeat_count(space: ObjSpace, w: W_Root) -> int:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Long):
        raise space.error_overflow("cannot fit 'int' into an index-sized integer")
    if not isinstance(w_b, W_Int) and space.lookup(w, "__index__") is None:
        return -1000000
    return space.int_w(w)


def list_mul(space: ObjSpace, args: Args) -> W_Root:
    a = self_list(space, args.pos[0])
    n = repeat_count(space, args.pos[1])
    if n == -1000000:
        return space.w_NotImplemented
    if n <= 0:
        return W_List([])
    return W_List(a.items * n)


def list_imul(space: ObjSpace, args: Args) -> W_Root:
    a = self_list(space, args.pos[0])
    n = repeat_count(space, args.pos[1])
    if n == -1000000:
        return space.w_NotImplemented
    a.items = a.items * n if n > 0 else []
    return args.pos[0]


def list_cmp(space: ObjSpace, args: Args) -> W_Root:
    a = self_list(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_List):
        return space.w_NotImplemented
    return seq_compare(space, a.items, w_b.items, args.data)


def list_append(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "append", 1, 1)
    self_list(space, pos[0]).items.append(pos[1])
    return space.w_None


def list_extend(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "extend", 1, 1)
    self_list(space, pos[0]).items.extend(space.list_items(pos[1]))
    return space.w_None


def list_insert(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "insert", 2, 2)
    w_l = self_list(space, pos[0])
    i = space.int_w(pos[1])
    n = len(w_l.items)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_l.items.insert(i, pos[2])
    return space.w_None


def list_pop(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "pop", 0, 1)
    w_l = self_list(space, pos[0])
    if len(w_l.items) == 0:
        raise space.error_index("pop from empty list")
    i = len(w_l.items) - 1
    if len(pos) > 1:
        i = space.int_w(pos[1])
        if i < 0:
            i += len(w_l.items)
        if i < 0 or i >= len(w_l.items):
            raise space.error_index("pop index out of range")
    return w_l.items.pop(i)


def list_remove(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "remove", 1, 1)
    w_l = self_list(space, pos[0])
    i = 0
    while i < len(w_l.items):
        if space.eq_w(w_l.items[i], pos[1]):
            del w_l.items[i]
            return space.w_None
        i += 1
    raise space.error_value("list.remove(x): x not in list")


def seq_index(space: ObjSpace, items: list[W_Root], pos: list[W_Root], what: str) -> W_Root:
    n = len(items)
    start = space.int_w(pos[2]) if len(pos) > 2 else 0
    stop = space.int_w(pos[3]) if len(pos) > 3 else n
    if start < 0:
        start = max(0, start + n)
    if stop < 0:
        stop = max(0, stop + n)
    i = start
    while i < min(stop, len(items)):
        if space.eq_w(items[i], pos[1]):
            return space.newint(i)
        i += 1
    raise space.error_value(what)


def list_index(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "index", 1, 3)
    return seq_index(space, self_list(space, pos[0]).items, pos, "%s is not in list" % space.repr_w(pos[1]))


def list_count(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "count", 1, 1)
    n = 0
    for w_x in self_list(space, pos[0]).items:
        if space.eq_w(w_x, pos[1]):
            n += 1
    return space.newint(n)


def list_reverse(space: ObjSpace, args: Args) -> W_Root:
    self_list(space, args.pos[0]).items.reverse()
    return space.w_None


def list_clear(space: ObjSpace, args: Args) -> W_Root:
    self_list(space, args.pos[0]).items = []
    return space.w_None


def list_copy(space: ObjSpace, args: Args) -> W_Root:
    return W_List(list(self_list(space, args.pos[0]).items))


def list_sort(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) > 1:
        raise space.error_type("sort() takes no positional arguments")
    w_l = self_list(space, args.pos[0])
    w_key = args.get_kw("key")
    w_rev = args.get_kw("reverse")
    reverse = w_rev is not None and space.is_true(w_rev)
    items = w_l.items
    w_l.items = []
    try:
        items = sort_items(space, items, w_key, reverse)
    finally:
        if len(w_l.items) > 0:
            w_l.items = items
            raise space.error_value("list modified during sort")
        w_l.items = items
    return space.w_None


def sort_items(space: ObjSpace, items: list[W_Root], w_key: W_Root | None, reverse: bool) -> list[W_Root]:
    """A stable merge sort using only __lt__, as CPython's sort."""
    if w_key is not None and space.is_none(w_key):
        w_key = None
    keys: list[W_Root] = []
    if w_key is not None:
        for w_x in items:
            keys.append(space.call_function(w_key, [w_x]))
    else:
        keys = list(items)
    order = [i for i in range(len(items))]
    if reverse:
        order.reverse()
    order = merge_sort(space, keys, order, reverse)
    if reverse:
        order.reverse()
    return [items[i] for i in order]


def key_lt(space: ObjSpace, w_a: W_Root, w_b: W_Root) -> bool:
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        return w_a.intval < w_b.intval
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        return w_a.value < w_b.value
    return space.is_true(space.compare(w_a, w_b, CMP_LT))


def merge_sort(space: ObjSpace, keys: list[W_Root], order: list[int], reverse: bool) -> list[int]:
    n = len(order)
    if n <= 1:
        return order
    # insertion sort for small runs, then bottom-up merges
    width = 8
    res = list(order)
    start = 0
    while start < n:
        end = min(start + width, n)
        i = start + 1
        while i < end:
            x = res[i]
            j = i - 1
            while j >= start and key_lt(space, keys[x], keys[res[j]]):
                res[j + 1] = res[j]
                j -= 1
            res[j + 1] = x
            i += 1
        start = end
    while width < n:
        merged: list[int] = []
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            a = lo
            b = mid
            while a < mid and b < hi:
                if key_lt(space, keys[res[b]], keys[res[a]]):
                    merged.append(res[b])
                    b += 1
                else:
                    merged.append(res[a])
                    a += 1
            while a < mid:
                merged.append(res[a])
                a += 1
            while b < hi:
                merged.append(res[b])
                b += 1
            lo = hi
        res = merged
        width *= 2
    return res


def list_hash(space: ObjSpace, args: Args) -> W_Root:
    raise space.error_type("unhashable type: 'list'")


LIST_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__init__": list_init, "__repr__": list_repr, "__len__": list_len,
    "__getitem__": list_getitem, "__setitem__": list_setitem,
    "__delitem__": list_delitem, "__contains__": list_contains,
    "__iter__": list_iter, "__reversed__": list_reversed, "__add__": list_add,
    "__iadd__": list_iadd, "__mul__": list_mul, "__rmul__": list_mul,
    "__imul__": list_imul, "append": list_append, "extend": list_extend,
    "insert": list_insert, "pop": list_pop, "remove": list_remove,
    "index": list_index, "count": list_count, "reverse": list_reverse,
    "clear": list_clear, "copy": list_copy, "sort": list_sort,
}


# ------------------------------------------------------------------ tuple
def tuple_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    assert isinstance(w_cls, W_Type)
    w_it: W_Root | None = args.pos[1] if len(args.pos) > 1 else args.get_kw("iterable")
    if w_it is None:
        w_t = W_Tuple([])
    elif isinstance(w_it, W_Tuple) and w_cls is space.w_tuple:
        return w_it
    else:
        w_t = W_Tuple(space.list_items(w_it))
    if w_cls is space.w_tuple:
        return w_t
    w_obj = W_Object(w_cls)
    w_obj.w_base = w_t
    return w_obj


def tuple_repr(space: ObjSpace, args: Args) -> W_Root:
    w_t = self_tuple(space, args.pos[0])
    if len(w_t.items) == 0:
        return space.newstr("()")
    if not REPR_GUARD.enter(w_t):
        return space.newstr("(...)")
    try:
        return space.newstr(seq_repr(space, w_t.items, "(", ")"))
    finally:
        REPR_GUARD.leave()


def tuple_len(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(len(self_tuple(space, args.pos[0]).items))


def tuple_getitem(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__getitem__", 1, 1)
    items = self_tuple(space, pos[0]).items
    w_key = pos[1]
    if isinstance(w_key, W_Slice):
        return W_Tuple(slice_list(items, slice_indices(space, w_key, len(items))))
    if not isinstance(space.base_value(w_key), W_Int) and space.lookup(w_key, "__index__") is None:
        raise space.error_type("tuple indices must be integers or slices, not %s" % space.type_name(w_key))
    i = space.int_w(w_key)
    if i < 0:
        i += len(items)
    if i < 0 or i >= len(items):
        raise space.error_index("tuple index out of range")
    return items[i]


def tuple_contains(space: ObjSpace, args: Args) -> W_Root:
    for w_x in self_tuple(space, args.pos[0]).items:
        if space.eq_w(w_x, args.pos[1]):
            return space.w_True
    return space.w_False


def tuple_iter(space: ObjSpace, args: Args) -> W_Root:
    return W_SeqIter(self_tuple(space, args.pos[0]))


def tuple_add(space: ObjSpace, args: Args) -> W_Root:
    a = self_tuple(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_Tuple):
        return space.w_NotImplemented
    return W_Tuple(a.items + w_b.items)


def tuple_mul(space: ObjSpace, args: Args) -> W_Root:
    a = self_tuple(space, args.pos[0])
    n = repeat_count(space, args.pos[1])
    if n == -1000000:
        return space.w_NotImplemented
    return W_Tuple(a.items * n if n > 0 else [])


def tuple_cmp(space: ObjSpace, args: Args) -> W_Root:
    a = self_tuple(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_Tuple):
        return space.w_NotImplemented
    return seq_compare(space, a.items, w_b.items, args.data)


def tuple_hash(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(space.tuple_hash(self_tuple(space, args.pos[0]).items))


def tuple_index(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "index", 1, 3)
    return seq_index(space, self_tuple(space, pos[0]).items, pos, "tuple.index(x): x not in tuple")


def tuple_count(space: ObjSpace, args: Args) -> W_Root:
    n = 0
    for w_x in self_tuple(space, args.pos[0]).items:
        if space.eq_w(w_x, args.pos[1]):
            n += 1
    return space.newint(n)


def tuple_getnewargs(space: ObjSpace, args: Args) -> W_Root:
    return W_Tuple([W_Tuple(list(self_tuple(space, args.pos[0]).items))])


TUPLE_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__repr__": tuple_repr, "__len__": tuple_len, "__getitem__": tuple_getitem,
    "__contains__": tuple_contains, "__iter__": tuple_iter, "__add__": tuple_add,
    "__mul__": tuple_mul, "__rmul__": tuple_mul, "__hash__": tuple_hash,
    "index": tuple_index, "count": tuple_count, "__getnewargs__": tuple_getnewargs,
}
