"""The methods of object and type, and of the small builtin types:
functions, methods, property, staticmethod, classmethod, super, range,
slice, None, NotImplemented, Ellipsis, modules, cells, iterators."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.primitives import (
    W_Int, W_Long, W_Str, W_NoneObject)
from interpreters.python.objspace.containers import (
    W_Tuple, W_List, W_Dict, W_Range, W_Slice)
from interpreters.python.objspace.typeobject import (
    W_Type, W_Object, compute_mro, KIND_EXCEPTION)
from interpreters.python.objspace.functions import (
    W_Function, W_BuiltinFunction, W_Method, W_Module, W_Property,
    W_StaticMethod, W_ClassMethod, W_Super, W_Cell, W_GetSet)
from interpreters.python.objspace.iterators import W_Iterator, W_RangeIter
from interpreters.python.objspace.argcheck import method_args, check_args
from interpreters.python.objspace.sequtil import slice_indices
from interpreters.python.objspace.operations import CMP_EQ, CMP_NE, cmp_result
from interpreters.python.objspace.textutil import hex_fixed

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def obj_addr(space: ObjSpace, w: W_Root) -> str:
    return "0x" + hex_fixed(space.id_of(w), 12)


def type_module_prefix(space: ObjSpace, w_type: W_Type) -> str:
    if w_type.is_builtin:
        return ""
    w_mod = w_type.dict_w.get("__module__")
    if w_mod is not None and isinstance(w_mod, W_Str) and w_mod.value != "builtins":
        return w_mod.value + "."
    return ""


# ----------------------------------------------------------------- object
def object_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    if not isinstance(w_cls, W_Type):
        raise space.error_type("object.__new__(X): X is not a type object")
    if len(args.pos) > 1 or args.has_kw():
        if w_cls.lookup("__init__") is space.w_object.dict_w.get("__init__") or w_cls.lookup("__new__") is not space.w_object.dict_w.get("__new__"):
            raise space.error_type("%s() takes no arguments" % w_cls.name)
    if w_cls.dict_w.get("__abstractmethods__") is not None:
        pass
    return W_Object(w_cls)


def object_init(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) > 1 or args.has_kw():
        w_type = space.type(args.pos[0])
        if w_type.lookup("__new__") is space.w_object.dict_w.get("__new__") or w_type.lookup("__init__") is not space.w_object.dict_w.get("__init__"):
            raise space.error_type("%s.__init__() takes exactly one argument (the instance to initialize)" % w_type.name)
    return space.w_None


def object_repr(space: ObjSpace, args: Args) -> W_Root:
    w = args.pos[0]
    w_type = space.type(w)
    return space.newstr("<%s%s object at %s>" % (type_module_prefix(space, w_type), w_type.qualname, obj_addr(space, w)))


def object_str(space: ObjSpace, args: Args) -> W_Root:
    return space.repr(args.pos[0])


def object_eq(space: ObjSpace, args: Args) -> W_Root:
    if args.pos[0] is args.pos[1]:
        return space.w_True
    return space.w_NotImplemented


def object_ne(space: ObjSpace, args: Args) -> W_Root:
    w_res = space.call_special(args.pos[0], "__eq__", [args.pos[1]])
    if w_res is None or w_res is space.w_NotImplemented:
        return space.w_NotImplemented
    return space.newbool(not space.is_true(w_res))


def object_hash(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(space.id_of(args.pos[0]) >> 4)


def object_format(space: ObjSpace, args: Args) -> W_Root:
    spec = space.str_w(args.pos[1])
    if spec != "":
        raise space.error_type("unsupported format string passed to %s.__format__" % space.type_name(args.pos[0]))
    return space.str(args.pos[0])


def object_getattribute(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__getattribute__", 1, 1)
    name = space.str_w(pos[1])
    w_res = space.generic_getattr(pos[0], name)
    if w_res is None:
        raise space.error_attr(pos[0], name)
    return w_res


def object_setattr(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__setattr__", 2, 2)
    space.generic_setattr(pos[0], space.str_w(pos[1]), pos[2])
    return space.w_None


def object_delattr(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__delattr__", 1, 1)
    space.generic_delattr(pos[0], space.str_w(pos[1]))
    return space.w_None


# What CPython's dir() shows for every object, and for instances of
# classes defined in Python, that our type dicts do not all hold.
OBJECT_DIR_NAMES = ["__class__", "__delattr__", "__dir__", "__doc__", "__eq__",
                    "__format__", "__ge__", "__getattribute__", "__getstate__",
                    "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
                    "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
                    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__"]
USER_CLASS_DIR_NAMES = ["__dict__", "__module__", "__weakref__", "__doc__"]


def type_dir_names(w_type: W_Type, names: list[str]) -> None:
    """The names dir() lists for w_type's attributes (appended to names)."""
    user_class = False
    for w_t in w_type.mro:
        if not w_t.is_builtin:
            user_class = True
        for n in w_t.dict_w:
            if n == "__dict__" and w_t.is_builtin:
                continue
            if n not in names:
                names.append(n)
    for n in OBJECT_DIR_NAMES:
        if n not in names:
            names.append(n)
    if user_class and w_type.slots is None:
        for n in USER_CLASS_DIR_NAMES:
            if n not in names:
                names.append(n)


def object_dir(space: ObjSpace, args: Args) -> W_Root:
    w = args.pos[0]
    names: list[str] = []
    if isinstance(w, W_Object):
        for n in w.attr_names():
            if n not in names:
                names.append(n)
    type_dir_names(space.type(w), names)
    names.sort()
    return space.wrap_str_list(names)


def object_init_subclass(space: ObjSpace, args: Args) -> W_Root:
    return space.w_None


def object_reduce(space: ObjSpace, args: Args) -> W_Root:
    raise space.error_type("cannot pickle '%s' object" % space.type_name(args.pos[0]))


def object_get_class(space: ObjSpace, w: W_Root) -> W_Root:
    return space.type(w)


def object_set_class(space: ObjSpace, w: W_Root, w_value: W_Root) -> None:
    if isinstance(w, W_Object) and isinstance(w_value, W_Type):
        w.get_dict()
        w.w_class = w_value
        w.map = w_value.root_map
        return
    raise space.error_type("__class__ assignment only supported for mutable types or ModuleType subclasses")


def object_get_dict(space: ObjSpace, w: W_Root) -> W_Root:
    if isinstance(w, W_Object):
        if space.type(w).slots is not None:
            # __slots__ without "__dict__": instances have no dict
            raise space.error(space.w_AttributeError, "'%s' object has no attribute '__dict__'" % space.type_name(w))
        return w.get_dict()
    if isinstance(w, W_Type):
        w_d = space.newdict()
        for k in w.dict_w:
            w_d.setitem(space, space.newstr(k), w.dict_w[k])
        return w_d
    if isinstance(w, W_Module):
        return w.w_dict
    raise space.error(space.w_AttributeError, "'%s' object has no attribute '__dict__'" % space.type_name(w))


def object_get_doc(space: ObjSpace, w: W_Root) -> W_Root:
    w_d = space.type(w).lookup("__doc__")
    if w_d is None or isinstance(w_d, W_GetSet):
        return space.w_None
    return w_d


OBJECT_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__init__": object_init, "__repr__": object_repr,
    "__str__": object_str, "__eq__": object_eq, "__ne__": object_ne,
    "__hash__": object_hash, "__format__": object_format,
    "__getattribute__": object_getattribute, "__setattr__": object_setattr,
    "__delattr__": object_delattr, "__dir__": object_dir,
    "__reduce_ex__": object_reduce,
}


# ------------------------------------------------------------------- type
def type_new(space: ObjSpace, args: Args) -> W_Root:
    w_meta = args.pos[0]
    assert isinstance(w_meta, W_Type)
    if len(args.pos) == 2:
        return space.type(args.pos[1])
    if len(args.pos) != 4:
        raise space.error_type("type() takes 1 or 3 arguments")
    name = space.str_w(args.pos[1])
    bases: list[W_Type] = []
    for w_b in space.fixed_items(args.pos[2]):
        if not isinstance(w_b, W_Type):
            raise space.error_type("bases must be types")
        bases.append(w_b)
    w_ns = args.pos[3]
    assert isinstance(w_ns, W_Dict)
    return make_user_type(space, w_meta, name, bases, w_ns, args)


def make_user_type(space: ObjSpace, w_meta: W_Type, name: str, bases: list[W_Type],
                   w_ns: W_Dict, args: Args) -> W_Type:
    if len(bases) == 0:
        bases = [space.w_object]
    for w_b in bases:
        if w_b.is_builtin and w_b.dict_w.get("__final__") is not None:
            raise space.error_type("type '%s' is not an acceptable base type" % w_b.name)
    dict_w: dict[str, W_Root] = {}
    for w_k in w_ns.live_keys():
        w_v = w_ns.lookup(space, w_k)
        assert w_v is not None
        dict_w[space.str_w(w_k)] = w_v
    w_type = W_Type(name, bases, dict_w, False)
    if w_meta is not space.w_type:
        w_type.w_metatype = w_meta
    mro = compute_mro(w_type)
    if mro is None:
        raise space.error_type("Cannot create a consistent method resolution\norder (MRO) for bases " + ", ".join([b.name for b in bases]))
    w_type.mro = mro
    w_q = dict_w.get("__qualname__")
    if w_q is not None and isinstance(w_q, W_Str):
        w_type.qualname = w_q.value
        del dict_w["__qualname__"]
    for w_t in mro:
        if w_t.kind != 0 and w_type.kind == 0:
            w_type.kind = w_t.kind
        if w_t.is_builtin and w_t is not space.w_object and w_type.w_builtin_base is None and w_t.kind != 0:
            w_type.w_builtin_base = w_t
    if "__eq__" in dict_w and "__hash__" not in dict_w:
        dict_w["__hash__"] = space.w_None
    w_slots = dict_w.get("__slots__")
    if w_slots is not None:
        slots: list[str] = []
        if isinstance(w_slots, W_Str):
            slots.append(w_slots.value)
        else:
            for w_s in space.list_items(w_slots):
                slots.append(space.str_w(w_s))
        inherited_dict = False
        for w_b in bases:
            if w_b is not space.w_object and (w_b.slots is None) and not w_b.is_builtin:
                inherited_dict = True
            if w_b.slots is not None:
                for s in w_b.slots:
                    slots.append(s)
        if not inherited_dict and "__dict__" not in slots:
            w_type.slots = slots
    for special in ["__new__", "__init_subclass__", "__class_getitem__"]:
        w_f = dict_w.get(special)
        if w_f is not None and isinstance(w_f, W_Function):
            if special == "__new__":
                dict_w[special] = W_StaticMethod(w_f)
            else:
                dict_w[special] = W_ClassMethod(w_f)
    w_type.mutated()
    # __set_name__ on descriptors
    for key in list(dict_w.keys()):
        w_v = dict_w[key]
        if isinstance(w_v, W_Object):
            w_sn = w_v.w_class.lookup("__set_name__")
            if w_sn is not None:
                space.call_function(w_sn, [w_v, w_type, space.newstr(key)])
    # __init_subclass__ of the parent
    if len(mro) > 1:
        w_isc: W_Root | None = None
        for w_t in mro[1:]:
            w_isc = w_t.dict_w.get("__init_subclass__")
            if w_isc is not None:
                break
        if w_isc is not None and not isinstance(w_isc, W_BuiltinFunction):
            kw_args = Args([], args.kwnames, args.kwvalues)
            space.call_args(space.get_descr(w_isc, None, w_type), kw_args)
    return w_type


def type_init(space: ObjSpace, args: Args) -> W_Root:
    return space.w_None


def type_call(space: ObjSpace, args: Args) -> W_Root:
    w_t = args.pos[0]
    assert isinstance(w_t, W_Type)
    return space.type_call_default(w_t, Args(args.pos[1:], args.kwnames, args.kwvalues))


def type_repr(space: ObjSpace, args: Args) -> W_Root:
    w_t = args.pos[0]
    assert isinstance(w_t, W_Type)
    mod = "builtins"
    w_m = w_t.dict_w.get("__module__")
    if w_m is not None and isinstance(w_m, W_Str):
        mod = w_m.value
    if w_t.is_builtin or mod == "builtins":
        return space.newstr("<class '%s'>" % w_t.qualname)
    return space.newstr("<class '%s.%s'>" % (mod, w_t.qualname))


def type_mro(space: ObjSpace, args: Args) -> W_Root:
    w_t = args.pos[0]
    assert isinstance(w_t, W_Type)
    items: list[W_Root] = []
    for w_x in w_t.mro:
        items.append(w_x)
    return space.newlist(items)


def type_subclasses(space: ObjSpace, args: Args) -> W_Root:
    w_t = args.pos[0]
    assert isinstance(w_t, W_Type)
    items: list[W_Root] = []
    for w_x in w_t.subclasses:
        items.append(w_x)
    return space.newlist(items)


def type_instancecheck(space: ObjSpace, args: Args) -> W_Root:
    w_t = args.pos[0]
    assert isinstance(w_t, W_Type)
    return space.newbool(space.type(args.pos[1]).is_subtype(w_t))


def type_subclasscheck(space: ObjSpace, args: Args) -> W_Root:
    w_t = args.pos[0]
    w_s = args.pos[1]
    assert isinstance(w_t, W_Type)
    return space.newbool(isinstance(w_s, W_Type) and w_s.is_subtype(w_t))


def type_get_name(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Type)
    return space.newstr(w.name)


def type_set_name(space: ObjSpace, w: W_Root, w_v: W_Root) -> None:
    assert isinstance(w, W_Type)
    w.name = space.str_w(w_v)


def type_get_qualname(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Type)
    return space.newstr(w.qualname)


def type_get_bases(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Type)
    items: list[W_Root] = []
    for w_b in w.bases:
        items.append(w_b)
    return space.newtuple(items)


def type_get_base(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Type)
    if len(w.bases) == 0:
        return space.w_None
    return w.bases[0]


def type_get_mro(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Type)
    items: list[W_Root] = []
    for w_b in w.mro:
        items.append(w_b)
    return space.newtuple(items)


def type_get_module(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Type)
    w_m = w.dict_w.get("__module__")
    if w_m is None:
        return space.newstr("builtins")
    return w_m


def type_get_doc(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Type)
    w_d = w.dict_w.get("__doc__")
    if w_d is None or isinstance(w_d, W_GetSet):
        return space.w_None
    return w_d


def type_or(space: ObjSpace, args: Args) -> W_Root:
    """int | None: a types.UnionType (lib/_genericalias.py)."""
    pos = method_args(space, args, "__or__", 1, 1)
    return space.call_lib("_genericalias", "union", [pos[0], pos[1]])


def type_ror(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__ror__", 1, 1)
    return space.call_lib("_genericalias", "union", [pos[1], pos[0]])


TYPE_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__or__": type_or, "__ror__": type_ror,
    "__init__": type_init, "__call__": type_call, "__repr__": type_repr,
    "mro": type_mro, "__subclasses__": type_subclasses,
    "__instancecheck__": type_instancecheck,
    "__subclasscheck__": type_subclasscheck,
}
