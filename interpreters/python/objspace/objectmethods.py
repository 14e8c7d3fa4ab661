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


def object_dir(space: ObjSpace, args: Args) -> W_Root:
    w = args.pos[0]
    names: list[str] = []
    if isinstance(w, W_Object):
        for n in w.attr_names():
            if n not in names:
                names.append(n)
    for w_t in space.type(w).mro:
        for n in w_t.dict_w:
            if n not in names:
                names.append(n)
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


TYPE_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__init__": type_init, "__call__": type_call, "__repr__": type_repr,
    "mro": type_mro, "__subclasses__": type_subclasses,
    "__instancecheck__": type_instancecheck,
    "__subclasscheck__": type_subclasscheck,
}


# ------------------------------------------------------------- exceptions
ERRNO_CLASSES = {2: "FileNotFoundError", 13: "PermissionError", 17: "FileExistsError",
                 20: "NotADirectoryError", 21: "IsADirectoryError", 110: "TimeoutError"}


def exc_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    assert isinstance(w_cls, W_Type)
    items = list(args.pos[1:])
    if w_cls.is_subtype(space.w_OSError) and len(items) >= 2 and len(items) <= 5:
        w_errno = items[0]
        if w_cls is space.w_OSError and isinstance(w_errno, W_Int):
            sub = ERRNO_CLASSES.get(w_errno.intval)
            if sub is not None:
                w_cls = space.exc_types[sub]
        w_exc = space.new_exception(w_cls, items[:2])
        if len(items) >= 3:
            w_exc.setdictvalue("filename", items[2])
        return w_exc
    return space.new_exception(w_cls, items)


def exc_init(space: ObjSpace, args: Args) -> W_Root:
    w_e = args.pos[0]
    if space.isinstance_w(w_e, space.w_OSError) and len(args.pos) >= 4:
        return space.w_None
    space.exc_data(w_e).w_args = space.newtuple(list(args.pos[1:]))
    return space.w_None


def exc_str(space: ObjSpace, args: Args) -> W_Root:
    items = space.exc_args(args.pos[0])
    if len(items) == 0:
        return space.newstr("")
    if len(items) == 1:
        return space.str(items[0])
    return space.repr(space.newtuple(items))


def keyerror_str(space: ObjSpace, args: Args) -> W_Root:
    items = space.exc_args(args.pos[0])
    if len(items) == 1:
        return space.repr(items[0])
    return exc_str(space, args)


def exc_repr(space: ObjSpace, args: Args) -> W_Root:
    items = space.exc_args(args.pos[0])
    name = space.type(args.pos[0]).name
    if len(items) == 1:
        return space.newstr("%s(%s)" % (name, space.repr_w(items[0])))
    return space.newstr(name + space.repr_w(space.newtuple(items)))


def exc_with_traceback(space: ObjSpace, args: Args) -> W_Root:
    return args.pos[0]


def exc_add_note(space: ObjSpace, args: Args) -> W_Root:
    return space.w_None


def exc_get_args(space: ObjSpace, w: W_Root) -> W_Root:
    return space.exc_data(w).w_args


def exc_set_args(space: ObjSpace, w: W_Root, w_v: W_Root) -> None:
    space.exc_data(w).w_args = space.newtuple(space.list_items(w_v))


def exc_get_cause(space: ObjSpace, w: W_Root) -> W_Root:
    w_c = space.exc_data(w).w_cause
    return w_c if w_c is not None else space.w_None


def exc_set_cause(space: ObjSpace, w: W_Root, w_v: W_Root) -> None:
    d = space.exc_data(w)
    d.w_cause = None if space.is_none(w_v) else w_v
    d.suppress_context = True


def exc_get_context(space: ObjSpace, w: W_Root) -> W_Root:
    w_c = space.exc_data(w).w_context
    return w_c if w_c is not None else space.w_None


def exc_set_context(space: ObjSpace, w: W_Root, w_v: W_Root) -> None:
    space.exc_data(w).w_context = None if space.is_none(w_v) else w_v


def exc_get_suppress(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newbool(space.exc_data(w).suppress_context)


def exc_set_suppress(space: ObjSpace, w: W_Root, w_v: W_Root) -> None:
    space.exc_data(w).suppress_context = space.is_true(w_v)


def exc_get_traceback(space: ObjSpace, w: W_Root) -> W_Root:
    if len(space.exc_data(w).tb) == 0:
        return space.w_None
    return space.newstr("<traceback>")


def exc_set_traceback(space: ObjSpace, w: W_Root, w_v: W_Root) -> None:
    pass


def stopiteration_get_value(space: ObjSpace, w: W_Root) -> W_Root:
    items = space.exc_args(w)
    if len(items) == 0:
        return space.w_None
    return items[0]


def systemexit_get_code(space: ObjSpace, w: W_Root) -> W_Root:
    items = space.exc_args(w)
    if len(items) == 0:
        return space.w_None
    if len(items) == 1:
        return items[0]
    return space.newtuple(items)


def oserror_get_errno(space: ObjSpace, w: W_Root) -> W_Root:
    items = space.exc_args(w)
    if len(items) >= 2:
        return items[0]
    return space.w_None


def oserror_get_strerror(space: ObjSpace, w: W_Root) -> W_Root:
    items = space.exc_args(w)
    if len(items) >= 2:
        return items[1]
    return space.w_None


def oserror_str(space: ObjSpace, args: Args) -> W_Root:
    items = list(space.exc_args(args.pos[0]))
    w_e = args.pos[0]
    if isinstance(w_e, W_Object):
        w_fn = w_e.getdictvalue("filename")
        if w_fn is not None and len(items) == 2:
            items.append(w_fn)
    if len(items) >= 3:
        return space.newstr("[Errno %s] %s: %s" % (space.str_w_of(items[0]), space.str_w_of(items[1]), space.repr_w(items[2])))
    if len(items) == 2:
        return space.newstr("[Errno %s] %s" % (space.str_w_of(items[0]), space.str_w_of(items[1])))
    return exc_str(space, args)


def attrerror_get_name(space: ObjSpace, w: W_Root) -> W_Root:
    return space.w_None


EXC_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__init__": exc_init, "__str__": exc_str, "__repr__": exc_repr,
    "with_traceback": exc_with_traceback, "add_note": exc_add_note,
}


# -------------------------------------------------------------- functions
def function_repr(space: ObjSpace, args: Args) -> W_Root:
    w_f = args.pos[0]
    assert isinstance(w_f, W_Function)
    return space.newstr("<function %s at %s>" % (w_f.qualname, obj_addr(space, w_f)))


def function_get(space: ObjSpace, args: Args) -> W_Root:
    w_f = args.pos[0]
    w_obj = args.pos[1]
    if space.is_none(w_obj):
        return w_f
    return W_Method(w_f, w_obj)


def function_call(space: ObjSpace, args: Args) -> W_Root:
    return space.call_args(args.pos[0], Args(args.pos[1:], args.kwnames, args.kwvalues))


def builtin_repr(space: ObjSpace, args: Args) -> W_Root:
    w_f = args.pos[0]
    assert isinstance(w_f, W_BuiltinFunction)
    if w_f.w_self is not None and not isinstance(w_f.w_self, W_Module):
        return space.newstr("<built-in method %s of %s object at %s>" % (w_f.name, space.type_name(w_f.w_self), obj_addr(space, w_f.w_self)))
    return space.newstr("<built-in function %s>" % w_f.name)


def builtin_get_name(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_BuiltinFunction)
    return space.newstr(w.name)


def method_repr(space: ObjSpace, args: Args) -> W_Root:
    w_m = args.pos[0]
    assert isinstance(w_m, W_Method)
    w_f = w_m.w_func
    if isinstance(w_f, W_Function):
        name = w_f.qualname
        return space.newstr("<bound method %s of %s>" % (name, space.repr_w(w_m.w_self)))
    if isinstance(w_f, W_BuiltinFunction):
        return space.newstr("<built-in method %s of %s object at %s>" % (w_f.name, space.type_name(w_m.w_self), obj_addr(space, w_m.w_self)))
    return space.newstr("<bound method of %s>" % space.repr_w(w_m.w_self))


def method_get_func(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Method)
    return w.w_func


def method_get_self(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Method)
    return w.w_self


def method_get_name(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Method)
    return space.getattr(w.w_func, "__name__")


def method_eq(space: ObjSpace, args: Args) -> W_Root:
    w_a = args.pos[0]
    w_b = args.pos[1]
    if not isinstance(w_a, W_Method) or not isinstance(w_b, W_Method):
        return space.w_NotImplemented
    same = w_a.w_func is w_b.w_func and w_a.w_self is w_b.w_self
    return space.newbool(same if args.data == CMP_EQ else not same)


def method_hash(space: ObjSpace, args: Args) -> W_Root:
    w_m = args.pos[0]
    assert isinstance(w_m, W_Method)
    return space.newint(space.id_of(w_m.w_func) ^ space.id_of(w_m.w_self))


# --------------------------------------------------------------- property
def property_new(space: ObjSpace, args: Args) -> W_Root:
    return W_Property(None, None, None, None)


def opt_arg(space: ObjSpace, args: Args, i: int, name: str) -> W_Root | None:
    w = args.pos[i] if i < len(args.pos) else args.get_kw(name)
    if w is None or space.is_none(w):
        return None
    return w


def property_init(space: ObjSpace, args: Args) -> W_Root:
    w_p = args.pos[0]
    assert isinstance(w_p, W_Property)
    w_p.w_fget = opt_arg(space, args, 1, "fget")
    w_p.w_fset = opt_arg(space, args, 2, "fset")
    w_p.w_fdel = opt_arg(space, args, 3, "fdel")
    w_p.w_doc = opt_arg(space, args, 4, "doc")
    return space.w_None


def property_copy(w_p: W_Property) -> W_Property:
    return W_Property(w_p.w_fget, w_p.w_fset, w_p.w_fdel, w_p.w_doc)


def property_getter(space: ObjSpace, args: Args) -> W_Root:
    w_p = args.pos[0]
    assert isinstance(w_p, W_Property)
    w_new = property_copy(w_p)
    w_new.w_fget = args.pos[1]
    return w_new


def property_setter(space: ObjSpace, args: Args) -> W_Root:
    w_p = args.pos[0]
    assert isinstance(w_p, W_Property)
    w_new = property_copy(w_p)
    w_new.w_fset = args.pos[1]
    return w_new


def property_deleter(space: ObjSpace, args: Args) -> W_Root:
    w_p = args.pos[0]
    assert isinstance(w_p, W_Property)
    w_new = property_copy(w_p)
    w_new.w_fdel = args.pos[1]
    return w_new


def property_get(space: ObjSpace, args: Args) -> W_Root:
    w_p = args.pos[0]
    w_obj = args.pos[1]
    if space.is_none(w_obj):
        return w_p
    return space.get_descr(w_p, w_obj, space.type(w_obj))


def property_set(space: ObjSpace, args: Args) -> W_Root:
    w_p = args.pos[0]
    assert isinstance(w_p, W_Property)
    if w_p.w_fset is None:
        raise space.error(space.w_AttributeError, "can't set attribute")
    space.call_function(w_p.w_fset, [args.pos[1], args.pos[2]])
    return space.w_None


def property_get_fget(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Property)
    return w.w_fget if w.w_fget is not None else space.w_None


def property_get_doc(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Property)
    if w.w_doc is not None:
        return w.w_doc
    if w.w_fget is not None and isinstance(w.w_fget, W_Function):
        w_d = w.w_fget.w_doc
        if w_d is not None:
            return w_d
    return space.w_None


def staticmethod_new(space: ObjSpace, args: Args) -> W_Root:
    return W_StaticMethod(args.pos[1])


def staticmethod_get(space: ObjSpace, args: Args) -> W_Root:
    w_s = args.pos[0]
    assert isinstance(w_s, W_StaticMethod)
    return w_s.w_func


def staticmethod_call(space: ObjSpace, args: Args) -> W_Root:
    w_s = args.pos[0]
    assert isinstance(w_s, W_StaticMethod)
    return space.call_args(w_s.w_func, Args(args.pos[1:], args.kwnames, args.kwvalues))


def classmethod_new(space: ObjSpace, args: Args) -> W_Root:
    return W_ClassMethod(args.pos[1])


def classmethod_get(space: ObjSpace, args: Args) -> W_Root:
    w_c = args.pos[0]
    assert isinstance(w_c, W_ClassMethod)
    w_owner = args.pos[2] if len(args.pos) > 2 and not space.is_none(args.pos[2]) else space.type(args.pos[1])
    return W_Method(w_c.w_func, w_owner)


def wrapped_func(space: ObjSpace, w: W_Root) -> W_Root:
    if isinstance(w, W_StaticMethod):
        return w.w_func
    if isinstance(w, W_ClassMethod):
        return w.w_func
    return space.w_None


# ------------------------------------------------------------------ super
def super_new(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) < 3:
        w_frame_super = space.zero_arg_super()
        return w_frame_super
    w_start = args.pos[1]
    w_obj = args.pos[2]
    if not isinstance(w_start, W_Type):
        raise space.error_type("super() argument 1 must be a type, not %s" % space.type_name(w_start))
    return make_super(space, w_start, w_obj)


def make_super(space: ObjSpace, w_start: W_Type, w_obj: W_Root) -> W_Super:
    if isinstance(w_obj, W_Type) and w_obj.is_subtype(w_start):
        return W_Super(w_start, w_obj, w_obj)
    w_t = space.type(w_obj)
    if not w_t.is_subtype(w_start):
        raise space.error_type("super(type, obj): obj must be an instance or subtype of type")
    return W_Super(w_start, w_obj, w_t)


def super_getattr(space: ObjSpace, w_super: W_Super, name: str) -> W_Root | None:
    mro = w_super.w_objtype.mro
    i = 0
    while i < len(mro):
        if mro[i] is w_super.w_starttype:
            break
        i += 1
    i += 1
    while i < len(mro):
        w_v = mro[i].dict_w.get(name)
        if w_v is not None:
            w_obj: W_Root | None = w_super.w_obj
            if w_super.w_obj is w_super.w_objtype:
                w_obj = None
            return space.get_descr(w_v, w_obj, w_super.w_objtype)
        i += 1
    return None


def super_repr(space: ObjSpace, args: Args) -> W_Root:
    w_s = args.pos[0]
    assert isinstance(w_s, W_Super)
    return space.newstr("<super: <class '%s'>, <%s object>>" % (w_s.w_starttype.name, w_s.w_objtype.name))


# ------------------------------------------------------------------ range
def range_new(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, Args(args.pos[1:], args.kwnames, args.kwvalues), "range", 1, 3)
    vals: list[int] = []
    for w_x in pos:
        w_i = space.index_w(w_x)
        if isinstance(w_i, W_Long):
            raise space.error_overflow("Python int too large to convert to C ssize_t")
        vals.append(space.int_w(w_i))
    if len(vals) == 1:
        return W_Range(0, vals[0], 1)
    step = vals[2] if len(vals) > 2 else 1
    if step == 0:
        raise space.error_value("range() arg 3 must not be zero")
    return W_Range(vals[0], vals[1], step)


def self_range(space: ObjSpace, w: W_Root) -> W_Range:
    if isinstance(w, W_Range):
        return w
    raise space.error_type("expected range")


def range_repr(space: ObjSpace, args: Args) -> W_Root:
    r = self_range(space, args.pos[0])
    if r.step == 1:
        return space.newstr("range(%d, %d)" % (r.start, r.stop))
    return space.newstr("range(%d, %d, %d)" % (r.start, r.stop, r.step))


def range_len(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(self_range(space, args.pos[0]).length)


def range_getitem(space: ObjSpace, args: Args) -> W_Root:
    r = self_range(space, args.pos[0])
    w_key = args.pos[1]
    if isinstance(w_key, W_Slice):
        si = slice_indices(space, w_key, r.length)
        start = r.start + si.start * r.step
        step = r.step * si.step
        return W_Range(start, start + si.length * step, step)
    i = space.int_w(w_key)
    if i < 0:
        i += r.length
    if i < 0 or i >= r.length:
        raise space.error_index("range object index out of range")
    return space.newint(r.start + i * r.step)


def range_iter(space: ObjSpace, args: Args) -> W_Root:
    r = self_range(space, args.pos[0])
    return W_RangeIter(r.start, r.step, r.length)


def range_reversed(space: ObjSpace, args: Args) -> W_Root:
    r = self_range(space, args.pos[0])
    return W_RangeIter(r.start + (r.length - 1) * r.step, -r.step, r.length)


def range_index_of(space: ObjSpace, r: W_Range, w_x: W_Root) -> int:
    if not isinstance(w_x, W_Int):
        return -1
    v = w_x.intval
    if r.step > 0:
        if v < r.start or v >= r.stop:
            return -1
    else:
        if v > r.start or v <= r.stop:
            return -1
    if (v - r.start) % r.step != 0:
        return -1
    return (v - r.start) // r.step


def range_contains(space: ObjSpace, args: Args) -> W_Root:
    r = self_range(space, args.pos[0])
    w_x = args.pos[1]
    if isinstance(w_x, W_Int):
        return space.newbool(range_index_of(space, r, w_x) >= 0)
    i = 0
    while i < r.length:
        if space.eq_w(space.newint(r.start + i * r.step), w_x):
            return space.w_True
        i += 1
    return space.w_False


def range_index(space: ObjSpace, args: Args) -> W_Root:
    r = self_range(space, args.pos[0])
    i = range_index_of(space, r, args.pos[1])
    if i < 0:
        raise space.error_value("%s is not in range" % space.repr_w(args.pos[1]))
    return space.newint(i)


def range_count(space: ObjSpace, args: Args) -> W_Root:
    r = self_range(space, args.pos[0])
    return space.newint(1 if range_index_of(space, r, args.pos[1]) >= 0 else 0)


def range_eq(space: ObjSpace, args: Args) -> W_Root:
    a = self_range(space, args.pos[0])
    w_b = args.pos[1]
    if not isinstance(w_b, W_Range):
        return space.w_NotImplemented
    same = a.length == w_b.length and (a.length == 0 or (a.start == w_b.start and (a.length == 1 or a.step == w_b.step)))
    return space.newbool(same if args.data == CMP_EQ else not same)


def range_hash(space: ObjSpace, args: Args) -> W_Root:
    r = self_range(space, args.pos[0])
    return space.newint(space.tuple_hash([space.newint(r.length), space.newint(r.start), space.newint(r.step)]))


def range_get_start(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newint(self_range(space, w).start)


def range_get_stop(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newint(self_range(space, w).stop)


def range_get_step(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newint(self_range(space, w).step)


RANGE_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__repr__": range_repr, "__len__": range_len, "__getitem__": range_getitem,
    "__iter__": range_iter, "__reversed__": range_reversed,
    "__contains__": range_contains, "index": range_index, "count": range_count,
    "__hash__": range_hash,
}


# ------------------------------------------------------------------ slice
def slice_new(space: ObjSpace, args: Args) -> W_Root:
    pos = args.pos[1:]
    if len(pos) == 1:
        return W_Slice(space.w_None, pos[0], space.w_None)
    if len(pos) == 2:
        return W_Slice(pos[0], pos[1], space.w_None)
    if len(pos) == 3:
        return W_Slice(pos[0], pos[1], pos[2])
    raise space.error_type("slice expected at least 1 argument, got 0")


def slice_repr(space: ObjSpace, args: Args) -> W_Root:
    w_s = args.pos[0]
    assert isinstance(w_s, W_Slice)
    return space.newstr("slice(%s, %s, %s)" % (space.repr_w(w_s.w_start), space.repr_w(w_s.w_stop), space.repr_w(w_s.w_step)))


def slice_indices_m(space: ObjSpace, args: Args) -> W_Root:
    w_s = args.pos[0]
    assert isinstance(w_s, W_Slice)
    si = slice_indices(space, w_s, space.int_w(args.pos[1]))
    return space.newtuple([space.newint(si.start), space.newint(si.stop), space.newint(si.step)])


def slice_get_start(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Slice)
    return w.w_start


def slice_get_stop(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Slice)
    return w.w_stop


def slice_get_step(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Slice)
    return w.w_step


def slice_eq(space: ObjSpace, args: Args) -> W_Root:
    w_a = args.pos[0]
    w_b = args.pos[1]
    if not isinstance(w_a, W_Slice) or not isinstance(w_b, W_Slice):
        return space.w_NotImplemented
    same = space.eq_w(space.newtuple([w_a.w_start, w_a.w_stop, w_a.w_step]), space.newtuple([w_b.w_start, w_b.w_stop, w_b.w_step]))
    return space.newbool(same if args.data == CMP_EQ else not same)


SLICE_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__repr__": slice_repr, "indices": slice_indices_m,
}


# ------------------------------------------------------------ small types
def none_repr(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr("None")


def none_bool(space: ObjSpace, args: Args) -> W_Root:
    return space.w_False


def none_new(space: ObjSpace, args: Args) -> W_Root:
    return space.w_None


def notimpl_repr(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr("NotImplemented")


def ellipsis_repr(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr("Ellipsis")


def module_repr(space: ObjSpace, args: Args) -> W_Root:
    w_m = args.pos[0]
    assert isinstance(w_m, W_Module)
    w_file = w_m.w_dict.lookup(space, space.newstr("__file__"))
    if w_file is not None and isinstance(w_file, W_Str):
        return space.newstr("<module '%s' from '%s'>" % (w_m.name, w_file.value))
    return space.newstr("<module '%s' (built-in)>" % w_m.name)


def module_dir(space: ObjSpace, args: Args) -> W_Root:
    w_m = args.pos[0]
    assert isinstance(w_m, W_Module)
    names: list[str] = []
    for w_k in w_m.w_dict.live_keys():
        names.append(space.str_w(w_k))
    names.sort()
    return space.wrap_str_list(names)


def module_get_name(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Module)
    return space.newstr(w.name)


def cell_get_contents(space: ObjSpace, w: W_Root) -> W_Root:
    assert isinstance(w, W_Cell)
    if w.w_value is None:
        raise space.error_value("Cell is empty")
    return w.w_value


def iterator_iter(space: ObjSpace, args: Args) -> W_Root:
    return args.pos[0]


def iterator_next(space: ObjSpace, args: Args) -> W_Root:
    w_it = args.pos[0]
    if isinstance(w_it, W_Iterator):
        w_x = w_it.next_w(space)
        if w_x is None:
            raise space.error_stop_iteration(None)
        return w_x
    raise space.error_type("not an iterator")


def iterator_repr(space: ObjSpace, args: Args) -> W_Root:
    w = args.pos[0]
    return space.newstr("<%s object at %s>" % (space.type_name(w), obj_addr(space, w)))
