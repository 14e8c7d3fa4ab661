"""Iterator objects of the builtin types and of the iteration builtins."""
from __future__ import annotations

from typing import TYPE_CHECKING

from interpreters.python.objspace.base import W_Root
from interpreters.python.objspace.containers import W_Dict, W_BaseSet

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace
    from interpreters.python.objspace.typeobject import W_Type


class W_Iterator(W_Root):
    """Base of the builtin iterators: next_w returns None when exhausted."""

    def next_w(self, space: ObjSpace) -> W_Root | None:
        raise NotImplementedError

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.iterator_type(self.type_name())

    def type_name(self) -> str:
        return "iterator"


class W_SeqIter(W_Iterator):
    """Over a list, tuple or str by index (sees appends, as CPython)."""
    w_seq: W_Root | None
    index: int
    name: str

    def __init__(self, w_seq: W_Root) -> None:
        self.w_seq = w_seq
        self.index = 0
        self.name = "iterator"

    def type_name(self) -> str:
        return self.name

    def next_w(self, space: ObjSpace) -> W_Root | None:
        w_seq = self.w_seq
        if w_seq is None:
            return None
        w_item = space.seq_item_or_none(w_seq, self.index)
        if w_item is None:
            self.w_seq = None
            return None
        self.index += 1
        return w_item


class W_ReverseSeqIter(W_Iterator):
    w_seq: W_Root
    index: int

    def type_name(self) -> str:
        return "list_reverseiterator"

    def __init__(self, w_seq: W_Root, index: int) -> None:
        self.w_seq = w_seq
        self.index = index

    def next_w(self, space: ObjSpace) -> W_Root | None:
        if self.index < 0:
            return None
        w_item = space.seq_item_or_none(self.w_seq, self.index)
        self.index -= 1
        return w_item


class W_RangeIter(W_Iterator):
    current: int
    step: int
    remaining: int

    def type_name(self) -> str:
        return "range_iterator"

    def __init__(self, current: int, step: int, remaining: int) -> None:
        self.current = current
        self.step = step
        self.remaining = remaining

    def next_w(self, space: ObjSpace) -> W_Root | None:
        if self.remaining <= 0:
            return None
        v = self.current
        self.current = v + self.step
        self.remaining -= 1
        return space.newint(v)


class W_DictIter(W_Iterator):
    """kind: 0 keys, 1 values, 2 items."""
    w_dict: W_Dict
    pos: int
    kind: int
    start_used: int

    def __init__(self, w_dict: W_Dict, kind: int, reverse: bool = False) -> None:
        self.w_dict = w_dict
        self.kind = kind
        self.pos = len(w_dict.keys_w) - 1 if reverse else 0
        self.start_used = w_dict.used
        self.reverse = reverse

    reverse: bool

    def type_name(self) -> str:
        names = ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator"]
        if self.reverse:
            names = ["dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"]
        return names[self.kind]

    def next_w(self, space: ObjSpace) -> W_Root | None:
        d = self.w_dict
        if d.used != self.start_used:
            self.start_used = -1
            raise space.error_runtime("dictionary changed size during iteration")
        while 0 <= self.pos < len(d.keys_w):
            i = self.pos
            if self.reverse:
                self.pos -= 1
            else:
                self.pos += 1
            w_k = d.keys_w[i]
            if w_k is None:
                continue
            if self.kind == 0:
                return w_k
            w_v = d.values_w[i]
            assert w_v is not None
            if self.kind == 1:
                return w_v
            return space.newtuple([w_k, w_v])
        return None


class W_ListIterOver(W_Iterator):
    """Over a snapshot list of items (sets, sorted results...)."""
    items: list[W_Root]
    index: int
    w_set: W_BaseSet | None
    start_used: int

    def __init__(self, items: list[W_Root], w_set: W_BaseSet | None = None) -> None:
        self.items = items
        self.index = 0
        self.w_set = w_set
        self.start_used = w_set.used if w_set is not None else 0

    def type_name(self) -> str:
        return "set_iterator" if self.w_set is not None else "iterator"

    def next_w(self, space: ObjSpace) -> W_Root | None:
        w_set = self.w_set
        if w_set is not None and w_set.used != self.start_used:
            raise space.error_runtime("Set changed size during iteration")
        if self.index >= len(self.items):
            return None
        w_item = self.items[self.index]
        self.index += 1
        return w_item


class W_Enumerate(W_Iterator):
    w_iter: W_Root
    count: int

    def __init__(self, w_iter: W_Root, count: int) -> None:
        self.w_iter = w_iter
        self.count = count

    def next_w(self, space: ObjSpace) -> W_Root | None:
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            return None
        i = self.count
        self.count = i + 1
        return space.newtuple([space.newint(i), w_item])

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_enumerate


class W_Zip(W_Iterator):
    iters_w: list[W_Root]
    strict: bool

    def __init__(self, iters_w: list[W_Root], strict: bool) -> None:
        self.iters_w = iters_w
        self.strict = strict

    def next_w(self, space: ObjSpace) -> W_Root | None:
        if len(self.iters_w) == 0:
            return None
        items: list[W_Root] = []
        for w_it in self.iters_w:
            w_item = space.next_or_none(w_it)
            if w_item is None:
                if self.strict:
                    self.check_strict(space, len(items))
                return None
            items.append(w_item)
        return space.newtuple(items)

    def check_strict(self, space: ObjSpace, i: int) -> None:
        """Argument i ran out: the others must be exhausted too."""
        if i > 0:
            raise space.error_value("zip() argument %d is shorter than %s" % (i + 1, zip_first_args(i)))
        j = 1
        while j < len(self.iters_w):
            if space.next_or_none(self.iters_w[j]) is not None:
                raise space.error_value("zip() argument %d is longer than %s" % (j + 1, zip_first_args(j)))
            j += 1

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_zip


def zip_first_args(n: int) -> str:
    if n == 1:
        return "argument 1"
    return "arguments 1-%d" % n


class W_Map(W_Iterator):
    w_fn: W_Root
    iters_w: list[W_Root]

    def __init__(self, w_fn: W_Root, iters_w: list[W_Root]) -> None:
        self.w_fn = w_fn
        self.iters_w = iters_w

    def next_w(self, space: ObjSpace) -> W_Root | None:
        args: list[W_Root] = []
        for w_it in self.iters_w:
            w_item = space.next_or_none(w_it)
            if w_item is None:
                return None
            args.append(w_item)
        return space.call_function(self.w_fn, args)

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_map


class W_Filter(W_Iterator):
    w_fn: W_Root
    w_iter: W_Root

    def __init__(self, w_fn: W_Root, w_iter: W_Root) -> None:
        self.w_fn = w_fn
        self.w_iter = w_iter

    def next_w(self, space: ObjSpace) -> W_Root | None:
        while True:
            w_item = space.next_or_none(self.w_iter)
            if w_item is None:
                return None
            if space.is_none(self.w_fn):
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_fn, [w_item]))
            if ok:
                return w_item

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_filter


class W_CallIter(W_Iterator):
    """iter(callable, sentinel)."""

    def type_name(self) -> str:
        return "callable_iterator"

    w_fn: W_Root
    w_sentinel: W_Root
    done: bool

    def __init__(self, w_fn: W_Root, w_sentinel: W_Root) -> None:
        self.w_fn = w_fn
        self.w_sentinel = w_sentinel
        self.done = False

    def next_w(self, space: ObjSpace) -> W_Root | None:
        if self.done:
            return None
        w_v = space.call_function(self.w_fn, [])
        if space.eq_w(w_v, self.w_sentinel):
            self.done = True
            return None
        return w_v


class W_DictView(W_Root):
    """dict.keys(), values(), items(): kind 0, 1, 2."""
    w_dict: W_Dict
    kind: int

    def __init__(self, w_dict: W_Dict, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space: ObjSpace) -> W_Type:
        if self.kind == 0:
            return space.w_dict_keys
        if self.kind == 1:
            return space.w_dict_values
        return space.w_dict_items
