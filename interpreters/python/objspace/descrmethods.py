"""The methods of functions, methods, property, staticmethod, classmethod,
super, range, slice, None/NotImplemented/Ellipsis, modules, cells and
iterators."""
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

from interpreters.python.objspace.objectmethods import obj_addr
if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


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
