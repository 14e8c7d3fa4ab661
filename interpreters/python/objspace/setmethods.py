"""The methods of set and frozenset, following CPython's algorithms so that
results iterate in CPython's order."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from jitgen.hints import r_uint, intmask
from interpreters.python.objspace.base import W_Root, Args
from interpreters.python.objspace.containers import W_BaseSet, W_Set, W_FrozenSet, W_Dict
from interpreters.python.objspace.typeobject import W_Type, W_Object
from interpreters.python.objspace.iterators import W_ListIterOver
from interpreters.python.objspace.argcheck import method_args
from interpreters.python.objspace.listmethods import REPR_GUARD
from interpreters.python.objspace.operations import CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def self_set(space: ObjSpace, w: W_Root) -> W_BaseSet:
    w_b = space.base_value(w)
    if isinstance(w_b, W_BaseSet):
        return w_b
    raise space.error_type("descriptor requires a 'set' object but received a '%s'" % space.type_name(w))


def other_set(space: ObjSpace, w: W_Root) -> W_BaseSet | None:
    w_b = space.base_value(w)
    if isinstance(w_b, W_BaseSet):
        return w_b
    return None


def new_like(space: ObjSpace, w_s: W_BaseSet) -> W_BaseSet:
    if isinstance(w_s, W_FrozenSet):
        return W_FrozenSet()
    return W_Set()


def set_update_internal(space: ObjSpace, w_s: W_BaseSet, w_iterable: W_Root) -> None:
    w_o = other_set(space, w_iterable)
    if w_o is not None:
        w_s.merge(space, w_o)
        return
    w_b = space.base_value(w_iterable)
    if isinstance(w_b, W_Dict):
        keys = w_b.live_keys()
        # CPython sizes the table for all the keys first
        if (w_s.fill + len(keys)) * 5 >= w_s.mask * 3:
            w_s.resize((w_s.used + len(keys)) * 2)
        for w_k in keys:
            w_s.add(space, w_k)
        return
    w_it = space.iter(w_iterable)
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            break
        w_s.add(space, w_x)


def copy_set(space: ObjSpace, w_s: W_BaseSet, frozen: bool) -> W_BaseSet:
    w_new: W_BaseSet = W_FrozenSet() if frozen else W_Set()
    w_new.merge(space, w_s)
    return w_new


def set_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    assert isinstance(w_cls, W_Type)
    frozen = w_cls.is_subtype(space.w_frozenset)
    w_s: W_BaseSet = W_FrozenSet() if frozen else W_Set()
    if frozen and len(args.pos) > 1:
        set_update_internal(space, w_s, args.pos[1])
    if w_cls is space.w_set or w_cls is space.w_frozenset:
        return w_s
    w_obj = W_Object(w_cls)
    w_obj.w_base = w_s
    return w_obj


def set_init(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    if isinstance(w_s, W_FrozenSet):
        return space.w_None
    if len(args.pos) > 2:
        raise space.error_type("set expected at most 1 argument, got %d" % (len(args.pos) - 1))
    w_s.reset()
    if len(args.pos) > 1:
        set_update_internal(space, w_s, args.pos[1])
    return space.w_None


def set_repr(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    name = space.type_name(args.pos[0])
    if w_s.used == 0:
        return space.newstr(name + "()")
    if not REPR_GUARD.enter(w_s):
        return space.newstr(name + "(...)")
    try:
        parts: list[str] = []
        for w_x in w_s.elements():
            parts.append(space.repr_w(w_x))
        body = "{" + ", ".join(parts) + "}"
        if name == "set":
            return space.newstr(body)
        return space.newstr(name + "(" + body + ")")
    finally:
        REPR_GUARD.leave()


def set_len(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(self_set(space, args.pos[0]).used)


def set_contains(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    w_x = args.pos[1]
    if isinstance(w_x, W_Set):
        w_x = copy_set(space, w_x, True)
    return space.newbool(w_s.contains(space, w_x))


def set_iter(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    return W_ListIterOver(w_s.elements(), w_s)


def set_add(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "add", 1, 1)
    self_set(space, pos[0]).add(space, pos[1])
    return space.w_None


def set_discard(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "discard", 1, 1)
    self_set(space, pos[0]).discard(space, pos[1])
    return space.w_None


def set_remove(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "remove", 1, 1)
    if not self_set(space, pos[0]).discard(space, pos[1]):
        raise space.error_key(pos[1])
    return space.w_None


def set_pop(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    w_x = w_s.pop_any()
    if w_x is None:
        raise space.error(space.w_KeyError, "pop from an empty set")
    return w_x


def set_clear(space: ObjSpace, args: Args) -> W_Root:
    self_set(space, args.pos[0]).reset()
    return space.w_None


def set_copy(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    return copy_set(space, w_s, isinstance(w_s, W_FrozenSet))


def set_update(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    for w_o in args.pos[1:]:
        set_update_internal(space, w_s, w_o)
    return space.w_None


def as_set(space: ObjSpace, w: W_Root) -> W_BaseSet:
    w_o = other_set(space, w)
    if w_o is not None:
        return w_o
    w_new = W_Set()
    set_update_internal(space, w_new, w)
    return w_new


def do_union(space: ObjSpace, w_s: W_BaseSet, w_o: W_BaseSet) -> W_BaseSet:
    w_res = copy_set(space, w_s, isinstance(w_s, W_FrozenSet))
    w_res.merge(space, w_o)
    return w_res


def do_intersection(space: ObjSpace, w_s: W_BaseSet, w_o: W_BaseSet) -> W_BaseSet:
    w_res = new_like(space, w_s)
    a = w_s
    b = w_o
    if b.used > a.used:
        a = w_o
        b = w_s
    i = 0
    while i <= b.mask:
        w_k = b.table_keys[i]
        if w_k is not None:
            h = b.table_hashes[i]
            if a.find_slot(space, w_k, h) >= 0:
                w_res.add_hashed(space, w_k, h)
        i += 1
    return w_res


def do_difference(space: ObjSpace, w_s: W_BaseSet, w_o: W_BaseSet) -> W_BaseSet:
    if (w_s.used >> 2) > w_o.used:
        w_res = copy_set(space, w_s, isinstance(w_s, W_FrozenSet))
        for w_k in w_o.elements():
            w_res.discard(space, w_k)
        return w_res
    w_res = new_like(space, w_s)
    i = 0
    while i <= w_s.mask:
        w_k = w_s.table_keys[i]
        if w_k is not None:
            h = w_s.table_hashes[i]
            if w_o.find_slot(space, w_k, h) < 0:
                w_res.add_hashed(space, w_k, h)
        i += 1
    return w_res


def do_symmetric_difference(space: ObjSpace, w_s: W_BaseSet, w_o: W_BaseSet) -> W_BaseSet:
    w_res = copy_set(space, w_o, isinstance(w_s, W_FrozenSet))
    i = 0
    while i <= w_s.mask:
        w_k = w_s.table_keys[i]
        if w_k is not None:
            h = w_s.table_hashes[i]
            j = w_res.find_slot(space, w_k, h)
            if j >= 0:
                w_res.discard(space, w_k)
            else:
                w_res.add_hashed(space, w_k, h)
        i += 1
    return w_res


def set_union(space: ObjSpace, args: Args) -> W_Root:
    w_res = copy_set(space, self_set(space, args.pos[0]), isinstance(self_set(space, args.pos[0]), W_FrozenSet))
    for w_o in args.pos[1:]:
        set_update_internal(space, w_res, w_o)
    return w_res


def set_intersection(space: ObjSpace, args: Args) -> W_Root:
    w_res = self_set(space, args.pos[0])
    if len(args.pos) == 1:
        return copy_set(space, w_res, isinstance(w_res, W_FrozenSet))
    for w_o in args.pos[1:]:
        w_res = do_intersection(space, w_res, as_set(space, w_o))
    return w_res


def set_difference(space: ObjSpace, args: Args) -> W_Root:
    w_res = self_set(space, args.pos[0])
    if len(args.pos) == 1:
        return copy_set(space, w_res, isinstance(w_res, W_FrozenSet))
    w_first = args.pos[1]
    if isinstance(w_first, W_BaseSet) or isinstance(w_first, W_Dict):
        w_res = do_difference(space, w_res, as_set(space, w_first))
    else:
        # CPython: a copy, then each item of the iterable discarded
        w_res = copy_set(space, w_res, isinstance(w_res, W_FrozenSet))
        for w_k in space.list_items(w_first):
            w_res.discard(space, w_k)
    # further arguments are removed from that result in place
    for w_o in args.pos[2:]:
        for w_k in space.list_items(w_o):
            w_res.discard(space, w_k)
    return w_res


def set_symmetric_difference(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "symmetric_difference", 1, 1)
    w_s = self_set(space, pos[0])
    if other_set(space, pos[1]) is not None:
        return do_symmetric_difference(space, w_s, as_set(space, pos[1]))
    # CPython: a new set of the iterable's items, toggled by w_s's items
    w_res: W_BaseSet = W_FrozenSet() if isinstance(w_s, W_FrozenSet) else W_Set()
    set_update_internal(space, w_res, pos[1])
    i = 0
    while i <= w_s.mask:
        w_k = w_s.table_keys[i]
        if w_k is not None:
            h = w_s.table_hashes[i]
            if w_res.find_slot(space, w_k, h) >= 0:
                w_res.discard(space, w_k)
            else:
                w_res.add_hashed(space, w_k, h)
        i += 1
    return w_res


def replace_contents(w_s: W_BaseSet, w_new: W_BaseSet) -> None:
    w_s.table_keys = w_new.table_keys
    w_s.table_hashes = w_new.table_hashes
    w_s.dummy = w_new.dummy
    w_s.fill = w_new.fill
    w_s.used = w_new.used
    w_s.mask = w_new.mask


def set_intersection_update(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    w_res: W_BaseSet = w_s
    for w_o in args.pos[1:]:
        w_res = do_intersection(space, w_res, as_set(space, w_o))
    replace_contents(w_s, w_res)
    return space.w_None


def set_difference_update(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    for w_o in args.pos[1:]:
        for w_k in space.list_items(w_o):
            w_s.discard(space, w_k)
    return space.w_None


def set_symmetric_difference_update(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if isinstance(w_b, W_Dict):
        # CPython toggles a dict's keys in the dict's order
        keys = w_b.live_keys()
    else:
        keys = as_set(space, args.pos[1]).elements()
    for w_k in keys:
        if not w_s.discard(space, w_k):
            w_s.add(space, w_k)
    return space.w_None


def set_issubset(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    w_o = as_set(space, args.pos[1])
    for w_k in w_s.elements():
        if not w_o.contains(space, w_k):
            return space.w_False
    return space.w_True


def set_issuperset(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    w_o = as_set(space, args.pos[1])
    for w_k in w_o.elements():
        if not w_s.contains(space, w_k):
            return space.w_False
    return space.w_True


def set_isdisjoint(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    for w_k in space.list_items(args.pos[1]):
        if w_s.contains(space, w_k):
            return space.w_False
    return space.w_True


def set_binop(space: ObjSpace, args: Args) -> W_Root:
    """__or__ (data 7), __and__ (1), __sub__ (10), __xor__ (12); +0x100 reflected."""
    w_a = other_set(space, args.pos[0])
    w_b = other_set(space, args.pos[1])
    if w_a is None or w_b is None:
        return space.w_NotImplemented
    op = args.data
    if op & 0x100:
        w_t = w_a
        w_a = w_b
        w_b = w_t
        op = op & 0xFF
    if op == 7:
        return do_union(space, w_a, w_b)
    if op == 1:
        return do_intersection(space, w_a, w_b)
    if op == 10:
        return do_difference(space, w_a, w_b)
    return do_symmetric_difference(space, w_a, w_b)


def set_inplace(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    w_o = other_set(space, args.pos[1])
    if w_o is None:
        return space.w_NotImplemented
    op = args.data
    if op == 7:
        w_s.merge(space, w_o)
    elif op == 1:
        replace_contents(w_s, do_intersection(space, w_s, w_o))
    elif op == 10:
        for w_k in w_o.elements():
            w_s.discard(space, w_k)
    else:
        for w_k in w_o.elements():
            if not w_s.discard(space, w_k):
                w_s.add(space, w_k)
    return args.pos[0]


def set_cmp(space: ObjSpace, args: Args) -> W_Root:
    w_a = self_set(space, args.pos[0])
    w_b = other_set(space, args.pos[1])
    if w_b is None:
        return space.w_NotImplemented
    op = args.data
    a_in_b = True
    for w_k in w_a.elements():
        if not w_b.contains(space, w_k):
            a_in_b = False
            break
    b_in_a = True
    for w_k in w_b.elements():
        if not w_a.contains(space, w_k):
            b_in_a = False
            break
    if op == CMP_EQ:
        return space.newbool(a_in_b and b_in_a)
    if op == CMP_NE:
        return space.newbool(not (a_in_b and b_in_a))
    if op == CMP_LE:
        return space.newbool(a_in_b)
    if op == CMP_GE:
        return space.newbool(b_in_a)
    if op == CMP_LT:
        return space.newbool(a_in_b and w_a.used < w_b.used)
    return space.newbool(b_in_a and w_a.used > w_b.used)


def frozenset_hash(space: ObjSpace, args: Args) -> W_Root:
    w_s = self_set(space, args.pos[0])
    # r_uint: wraps modulo 2**64 in translated code as on the host
    acc = r_uint(0)
    for w_k in w_s.elements():
        x = r_uint(space.hash_w(w_k))
        acc ^= (x ^ (x << 16) ^ r_uint(89869747)) * r_uint(3644798167)
    acc ^= r_uint(w_s.used + 1) * r_uint(1927868237)
    acc ^= (acc >> 11) ^ (acc >> 25)
    acc = acc * r_uint(69069) + r_uint(907133923)
    h = intmask(acc)
    if h == -1:
        h = 590923713
    return space.newint(h)


SET_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__init__": set_init, "__repr__": set_repr, "__len__": set_len,
    "__contains__": set_contains, "__iter__": set_iter, "add": set_add,
    "discard": set_discard, "remove": set_remove, "pop": set_pop,
    "clear": set_clear, "copy": set_copy, "update": set_update,
    "union": set_union, "intersection": set_intersection,
    "difference": set_difference, "symmetric_difference": set_symmetric_difference,
    "intersection_update": set_intersection_update,
    "difference_update": set_difference_update,
    "symmetric_difference_update": set_symmetric_difference_update,
    "issubset": set_issubset, "issuperset": set_issuperset,
    "isdisjoint": set_isdisjoint,
}

FROZENSET_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__repr__": set_repr, "__len__": set_len, "__contains__": set_contains,
    "__iter__": set_iter, "copy": set_copy, "union": set_union,
    "intersection": set_intersection, "difference": set_difference,
    "symmetric_difference": set_symmetric_difference, "issubset": set_issubset,
    "issuperset": set_issuperset, "isdisjoint": set_isdisjoint,
    "__hash__": frozenset_hash,
}
