"""The methods of dict and of its views."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args
from interpreters.python.objspace.containers import W_Dict, W_Tuple, W_List, W_BaseSet, W_Set
from interpreters.python.objspace.typeobject import W_Type, W_Object
from interpreters.python.objspace.iterators import W_DictIter, W_DictView
from interpreters.python.objspace.argcheck import method_args
from interpreters.python.objspace.listmethods import REPR_GUARD
from interpreters.python.objspace.operations import CMP_EQ, CMP_NE

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def self_dict(space: ObjSpace, w: W_Root) -> W_Dict:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Dict):
        return w_b
    raise space.error_type("descriptor requires a 'dict' object but received a '%s'" % space.type_name(w))


def dict_update_from(space: ObjSpace, w_d: W_Dict, w_src: W_Root) -> None:
    w_b = space.base_value(w_src)
    if isinstance(w_b, W_Dict) and space.type(w_src).lookup("keys") is space.w_dict.lookup("keys"):
        for w_k in w_b.live_keys():
            w_v = w_b.lookup(space, w_k)
            assert w_v is not None
            w_d.setitem(space, w_k, w_v)
        return
    if space.lookup(w_src, "keys") is not None:
        for w_k in space.list_items(space.call_method(w_src, "keys", [])):
            w_d.setitem(space, w_k, space.getitem(w_src, w_k))
        return
    i = 0
    for w_pair in space.list_items(w_src):
        items = space.list_items(w_pair)
        if len(items) != 2:
            raise space.error_value("dictionary update sequence element #%d has length %d; 2 is required" % (i, len(items)))
        w_d.setitem(space, items[0], items[1])
        i += 1


def dict_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    assert isinstance(w_cls, W_Type)
    w_d = W_Dict()
    if w_cls is space.w_dict:
        return w_d
    w_obj = W_Object(w_cls)
    w_obj.w_base = w_d
    return w_obj


def dict_init(space: ObjSpace, args: Args) -> W_Root:
    w_d = self_dict(space, args.pos[0])
    if len(args.pos) > 2:
        raise space.error_type("dict expected at most 1 argument, got %d" % (len(args.pos) - 1))
    if len(args.pos) > 1:
        dict_update_from(space, w_d, args.pos[1])
    i = 0
    while i < len(args.kwnames):
        w_d.setitem(space, space.newstr(args.kwnames[i]), args.kwvalues[i])
        i += 1
    return space.w_None


def dict_repr(space: ObjSpace, args: Args) -> W_Root:
    w_d = self_dict(space, args.pos[0])
    if w_d.used == 0:
        return space.newstr("{}")
    if not REPR_GUARD.enter(w_d):
        return space.newstr("{...}")
    try:
        parts: list[str] = []
        for w_k in w_d.live_keys():
            w_v = w_d.lookup(space, w_k)
            assert w_v is not None
            parts.append(space.repr_w(w_k) + ": " + space.repr_w(w_v))
        return space.newstr("{" + ", ".join(parts) + "}")
    finally:
        REPR_GUARD.leave()


def dict_len(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(self_dict(space, args.pos[0]).used)


def dict_getitem(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__getitem__", 1, 1)
    w_d = self_dict(space, pos[0])
    w_v = w_d.lookup(space, pos[1])
    if w_v is None:
        if w_d is not pos[0]:
            w_missing = space.lookup(pos[0], "__missing__")
            if w_missing is not None:
                return space.call_function(w_missing, [pos[0], pos[1]])
        raise space.error_key(pos[1])
    return w_v


def dict_setitem(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__setitem__", 2, 2)
    self_dict(space, pos[0]).setitem(space, pos[1], pos[2])
    return space.w_None


def dict_delitem(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__delitem__", 1, 1)
    if self_dict(space, pos[0]).delitem(space, pos[1]) is None:
        raise space.error_key(pos[1])
    return space.w_None


def dict_contains(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(self_dict(space, args.pos[0]).lookup(space, args.pos[1]) is not None)


def dict_iter(space: ObjSpace, args: Args) -> W_Root:
    return W_DictIter(self_dict(space, args.pos[0]), 0)


def dict_reversed(space: ObjSpace, args: Args) -> W_Root:
    return W_DictIter(self_dict(space, args.pos[0]), 0, True)


def dict_eq(space: ObjSpace, args: Args) -> W_Root:
    a = self_dict(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_Dict):
        return space.w_NotImplemented
    same = a.used == w_b.used
    if same:
        for w_k in a.live_keys():
            w_v = a.lookup(space, w_k)
            w_v2 = w_b.lookup(space, w_k)
            if w_v is None or w_v2 is None or not space.eq_w(w_v, w_v2):
                same = False
                break
    if args.data == CMP_NE:
        return space.newbool(not same)
    return space.newbool(same)


def dict_get(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "get", 1, 2)
    w_v = self_dict(space, pos[0]).lookup(space, pos[1])
    if w_v is None:
        return pos[2] if len(pos) > 2 else space.w_None
    return w_v


def dict_setdefault(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "setdefault", 1, 2)
    w_d = self_dict(space, pos[0])
    w_v = w_d.lookup(space, pos[1])
    if w_v is None:
        w_v = pos[2] if len(pos) > 2 else space.w_None
        w_d.setitem(space, pos[1], w_v)
    return w_v


def dict_pop(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "pop", 1, 2)
    w_v = self_dict(space, pos[0]).delitem(space, pos[1])
    if w_v is None:
        if len(pos) > 2:
            return pos[2]
        raise space.error_key(pos[1])
    return w_v


def dict_popitem(space: ObjSpace, args: Args) -> W_Root:
    w_d = self_dict(space, args.pos[0])
    keys = w_d.live_keys()
    if len(keys) == 0:
        raise space.error(space.w_KeyError, "popitem(): dictionary is empty")
    w_k = keys[len(keys) - 1]
    w_v = w_d.delitem(space, w_k)
    assert w_v is not None
    return space.newtuple([w_k, w_v])


def dict_keys(space: ObjSpace, args: Args) -> W_Root:
    return W_DictView(self_dict(space, args.pos[0]), 0)


def dict_values(space: ObjSpace, args: Args) -> W_Root:
    return W_DictView(self_dict(space, args.pos[0]), 1)


def dict_items(space: ObjSpace, args: Args) -> W_Root:
    return W_DictView(self_dict(space, args.pos[0]), 2)


def dict_update(space: ObjSpace, args: Args) -> W_Root:
    w_d = self_dict(space, args.pos[0])
    if len(args.pos) > 1:
        dict_update_from(space, w_d, args.pos[1])
    i = 0
    while i < len(args.kwnames):
        w_d.setitem(space, space.newstr(args.kwnames[i]), args.kwvalues[i])
        i += 1
    return space.w_None


def dict_clear(space: ObjSpace, args: Args) -> W_Root:
    self_dict(space, args.pos[0]).clear()
    return space.w_None


def dict_copy(space: ObjSpace, args: Args) -> W_Root:
    w_new = W_Dict()
    dict_update_from(space, w_new, self_dict(space, args.pos[0]))
    return w_new


def dict_fromkeys(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    w_v = args.pos[2] if len(args.pos) > 2 else space.w_None
    w_new = space.call_function(w_cls, [])
    for w_k in space.list_items(args.pos[1]):
        space.setitem(w_new, w_k, w_v)
    return w_new


def dict_or(space: ObjSpace, args: Args) -> W_Root:
    a = self_dict(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_Dict):
        return space.w_NotImplemented
    w_new = W_Dict()
    dict_update_from(space, w_new, a)
    dict_update_from(space, w_new, w_b)
    return w_new


def dict_ior(space: ObjSpace, args: Args) -> W_Root:
    dict_update_from(space, self_dict(space, args.pos[0]), args.pos[1])
    return args.pos[0]


DICT_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__init__": dict_init, "__repr__": dict_repr, "__len__": dict_len,
    "__getitem__": dict_getitem, "__setitem__": dict_setitem,
    "__delitem__": dict_delitem, "__contains__": dict_contains,
    "__iter__": dict_iter, "__reversed__": dict_reversed, "get": dict_get,
    "setdefault": dict_setdefault, "pop": dict_pop, "popitem": dict_popitem,
    "keys": dict_keys, "values": dict_values, "items": dict_items,
    "update": dict_update, "clear": dict_clear, "copy": dict_copy,
    "__or__": dict_or, "__ior__": dict_ior,
}


# ------------------------------------------------------------------ views
def self_view(space: ObjSpace, w: W_Root) -> W_DictView:
    if isinstance(w, W_DictView):
        return w
    raise space.error_type("expected a dict view")


def view_items(space: ObjSpace, w_view: W_DictView) -> list[W_Root]:
    d = w_view.w_dict
    if w_view.kind == 0:
        return d.live_keys()
    if w_view.kind == 1:
        return d.live_values()
    res: list[W_Root] = []
    for w_k in d.live_keys():
        w_v = d.lookup(space, w_k)
        assert w_v is not None
        res.append(space.newtuple([w_k, w_v]))
    return res


def view_iter(space: ObjSpace, args: Args) -> W_Root:
    w_view = self_view(space, args.pos[0])
    return W_DictIter(w_view.w_dict, w_view.kind)


def view_reversed(space: ObjSpace, args: Args) -> W_Root:
    w_view = self_view(space, args.pos[0])
    return W_DictIter(w_view.w_dict, w_view.kind, True)


def view_len(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(self_view(space, args.pos[0]).w_dict.used)


def view_repr(space: ObjSpace, args: Args) -> W_Root:
    w_view = self_view(space, args.pos[0])
    names = ["dict_keys", "dict_values", "dict_items"]
    parts: list[str] = []
    for w_x in view_items(space, w_view):
        parts.append(space.repr_w(w_x))
    return space.newstr(names[w_view.kind] + "([" + ", ".join(parts) + "])")


def view_contains(space: ObjSpace, args: Args) -> W_Root:
    w_view = self_view(space, args.pos[0])
    w_x = args.pos[1]
    if w_view.kind == 0:
        return space.newbool(w_view.w_dict.lookup(space, w_x) is not None)
    if w_view.kind == 2:
        if isinstance(w_x, W_Tuple) and len(w_x.items) == 2:
            w_v = w_view.w_dict.lookup(space, w_x.items[0])
            return space.newbool(w_v is not None and space.eq_w(w_v, w_x.items[1]))
        return space.w_False
    for w_v in w_view.w_dict.live_values():
        if space.eq_w(w_v, w_x):
            return space.w_True
    return space.w_False


def view_as_set(space: ObjSpace, w: W_Root) -> W_Root:
    if isinstance(w, W_DictView):
        return space.newset(view_items(space, w))
    return w


def view_setop(space: ObjSpace, args: Args) -> W_Root:
    from interpreters.python.objspace.operations import binary_op
    w_a = view_as_set(space, args.pos[0])
    w_b = args.pos[1]
    if not isinstance(w_b, W_BaseSet):
        w_b = space.newset(space.list_items(w_b))
    op = args.data
    if op & 0x100:
        return binary_op(space, op & 0xFF, w_b, w_a)
    return binary_op(space, op, w_a, w_b)


def view_eq(space: ObjSpace, args: Args) -> W_Root:
    w_view = self_view(space, args.pos[0])
    w_b = args.pos[1]
    if w_view.kind == 1:
        return space.newbool(w_view is w_b)
    w_a = view_as_set(space, w_view)
    if isinstance(w_b, W_DictView):
        w_b = view_as_set(space, w_b)
    if not isinstance(w_b, W_BaseSet):
        return space.w_NotImplemented
    return space.compare(w_a, w_b, args.data)


VIEW_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__iter__": view_iter, "__len__": view_len, "__repr__": view_repr,
    "__contains__": view_contains, "__reversed__": view_reversed,
}
