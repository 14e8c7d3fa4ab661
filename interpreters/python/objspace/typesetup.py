"""Builds the builtin types and the exception hierarchy into a space."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args
from interpreters.python.objspace.typeobject import (
    W_Type, KIND_BUILTIN, KIND_EXCEPTION, KIND_TYPE)
from interpreters.python.objspace.functions import (
    W_BuiltinFunction, W_GetSet, W_StaticMethod, W_ClassMethod)
from interpreters.python.objspace.primitives import W_Str
from interpreters.python.objspace import objectmethods as om
from interpreters.python.objspace import excmethods as em
from interpreters.python.objspace import descrmethods as dm
from interpreters.python.objspace.strmethods import (
    STR_METHODS, str_new, bytes_new, str_cmp, bytes_cmp, str_maketrans)
from interpreters.python.objspace.bytesmethods import BYTES_METHODS
from interpreters.python.objspace.nummethods import (
    INT_METHODS, FLOAT_METHODS, int_new, float_new, int_binop_m, int_cmp, bool_new,
    float_binop_m, float_cmp, int_from_bytes, int_real, int_imag,
    int_numerator, int_denominator, float_real, float_imag)
from interpreters.python.objspace.listmethods import (
    LIST_METHODS, TUPLE_METHODS, list_new, tuple_new, list_cmp, tuple_cmp, list_hash)
from interpreters.python.objspace.dictmethods import (
    DICT_METHODS, VIEW_METHODS, dict_new, dict_eq, dict_fromkeys, view_setop, view_eq)
from interpreters.python.objspace.setmethods import (
    SET_METHODS, FROZENSET_METHODS, set_new, set_binop, set_inplace, set_cmp)
from interpreters.python.objspace.operations import (
    BINOP_DUNDER, BINOP_RDUNDER, CMP_DUNDER, REFLECTED)

from interpreters.python.interpreter.generator import (
    GENERATOR_METHODS, COROUTINE_METHODS, ASYNC_GENERATOR_METHODS, ASYNC_GEN_AWAITABLE_METHODS, gen_get_name)

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace

Fn = Callable[["ObjSpace", Args], W_Root]

ARITH_OPS = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12]   # all but @


def make_type(space: ObjSpace, name: str, base: W_Type | None,
              methods: dict[str, Fn], kind: int) -> W_Type:
    dict_w: dict[str, W_Root] = {}
    for key in methods:
        dict_w[key] = W_BuiltinFunction(key, methods[key])
    bases: list[W_Type] = [base] if base is not None else []
    w_t = W_Type(name, bases, dict_w, True)
    w_t.kind = kind
    if base is not None:
        w_t.mro = [w_t] + base.mro
    if kind == KIND_BUILTIN:
        w_t.w_builtin_base = w_t
    w_t.mutated()
    return w_t


def add_fn(w_t: W_Type, name: str, fn: Fn, data: int) -> None:
    w_t.dict_w[name] = W_BuiltinFunction(name, fn, None, data)
    w_t.mutated()


def add_new(w_t: W_Type, fn: Fn) -> None:
    w_t.dict_w["__new__"] = W_StaticMethod(W_BuiltinFunction("__new__", fn))
    w_t.mutated()


def add_getset(w_t: W_Type, name: str, fget: Callable[["ObjSpace", W_Root], W_Root],
               fset: Callable[["ObjSpace", W_Root, W_Root], None] | None) -> None:
    w_t.dict_w[name] = W_GetSet(name, fget, fset)
    w_t.mutated()


def add_cmp(w_t: W_Type, fn: Fn, ops: list[int]) -> None:
    for op in ops:
        add_fn(w_t, CMP_DUNDER[op], fn, op)


def add_arith(w_t: W_Type, fn: Fn) -> None:
    for op in ARITH_OPS:
        add_fn(w_t, BINOP_DUNDER[op], fn, op)
        add_fn(w_t, BINOP_RDUNDER[op], fn, op | REFLECTED)


EXCEPTION_TREE = [
    ("BaseException", None),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("UnicodeTranslateError", "UnicodeError"),
]


def make_view_type(space: ObjSpace, name: str) -> W_Type:
    w_vt = make_type(space, name, space.w_object, VIEW_METHODS, 0)
    if name != "dict_values":
        for op in [7, 1, 10, 12]:
            add_fn(w_vt, BINOP_DUNDER[op], view_setop, op)
            add_fn(w_vt, BINOP_RDUNDER[op], view_setop, op | REFLECTED)
        add_cmp(w_vt, view_eq, [0, 1, 2, 3, 4, 5])
    w_vt.dict_w["__hash__"] = space.w_None
    return w_vt


def setup_types(space: ObjSpace) -> None:
    w_object = make_type(space, "object", None, om.OBJECT_METHODS, 0)
    add_new(w_object, om.object_new)
    add_fn(w_object, "__init_subclass__", om.object_init_subclass, 0)
    w_object.dict_w["__init_subclass__"] = W_ClassMethod(w_object.dict_w["__init_subclass__"])
    w_object.dict_w["__init__"] = W_BuiltinFunction("object.__init__", om.object_init)
    add_getset(w_object, "__class__", om.object_get_class, om.object_set_class)
    add_getset(w_object, "__dict__", om.object_get_dict, None)
    space.w_object = w_object

    w_type = make_type(space, "type", w_object, om.TYPE_METHODS, KIND_TYPE)
    add_new(w_type, om.type_new)
    add_getset(w_type, "__name__", om.type_get_name, om.type_set_name)
    add_getset(w_type, "__qualname__", om.type_get_qualname, None)
    add_getset(w_type, "__bases__", om.type_get_bases, None)
    add_getset(w_type, "__base__", om.type_get_base, None)
    add_getset(w_type, "__mro__", om.type_get_mro, None)
    add_getset(w_type, "__module__", om.type_get_module, None)
    add_getset(w_type, "__doc__", om.type_get_doc, None)
    add_getset(w_type, "__dict__", om.object_get_dict, None)
    space.w_type = w_type

    w_int = make_type(space, "int", w_object, INT_METHODS, KIND_BUILTIN)
    add_new(w_int, int_new)
    add_arith(w_int, int_binop_m)
    add_cmp(w_int, int_cmp, [0, 1, 2, 3, 4, 5])
    add_fn(w_int, "from_bytes", int_from_bytes, 0)
    w_int.dict_w["from_bytes"] = W_ClassMethod(w_int.dict_w["from_bytes"])
    add_getset(w_int, "real", int_real, None)
    add_getset(w_int, "imag", int_imag, None)
    add_getset(w_int, "numerator", int_numerator, None)
    add_getset(w_int, "denominator", int_denominator, None)
    space.w_int = w_int
    w_bool = make_type(space, "bool", w_int, {}, KIND_BUILTIN)
    add_new(w_bool, bool_new)
    w_bool.dict_w["__final__"] = space.w_True
    space.w_bool = w_bool

    w_float = make_type(space, "float", w_object, FLOAT_METHODS, KIND_BUILTIN)
    add_new(w_float, float_new)
    add_arith(w_float, float_binop_m)
    add_cmp(w_float, float_cmp, [0, 1, 2, 3, 4, 5])
    add_getset(w_float, "real", float_real, None)
    add_getset(w_float, "imag", float_imag, None)
    space.w_float = w_float

    w_str = make_type(space, "str", w_object, STR_METHODS, KIND_BUILTIN)
    add_new(w_str, str_new)
    add_cmp(w_str, str_cmp, [0, 1, 2, 3, 4, 5])
    w_str.dict_w["maketrans"] = W_StaticMethod(W_BuiltinFunction("maketrans", str_maketrans))
    space.w_str = w_str
    w_bytes = make_type(space, "bytes", w_object, BYTES_METHODS, KIND_BUILTIN)
    add_new(w_bytes, bytes_new)
    add_cmp(w_bytes, bytes_cmp, [0, 1, 2, 3, 4, 5])
    space.w_bytes = w_bytes

    w_list = make_type(space, "list", w_object, LIST_METHODS, KIND_BUILTIN)
    add_new(w_list, list_new)
    add_cmp(w_list, list_cmp, [0, 1, 2, 3, 4, 5])
    w_list.dict_w["__hash__"] = space.w_None
    space.w_list = w_list
    w_tuple = make_type(space, "tuple", w_object, TUPLE_METHODS, KIND_BUILTIN)
    add_new(w_tuple, tuple_new)
    add_cmp(w_tuple, tuple_cmp, [0, 1, 2, 3, 4, 5])
    space.w_tuple = w_tuple
    w_dict = make_type(space, "dict", w_object, DICT_METHODS, KIND_BUILTIN)
    add_new(w_dict, dict_new)
    add_cmp(w_dict, dict_eq, [2, 3])
    w_dict.dict_w["fromkeys"] = W_ClassMethod(W_BuiltinFunction("fromkeys", dict_fromkeys))
    w_dict.dict_w["__hash__"] = space.w_None
    space.w_dict = w_dict
    w_set = make_type(space, "set", w_object, SET_METHODS, KIND_BUILTIN)
    add_new(w_set, set_new)
    w_frozenset = make_type(space, "frozenset", w_object, FROZENSET_METHODS, KIND_BUILTIN)
    add_new(w_frozenset, set_new)
    for w_st in [w_set, w_frozenset]:
        for op in [7, 1, 10, 12]:
            add_fn(w_st, BINOP_DUNDER[op], set_binop, op)
            add_fn(w_st, BINOP_RDUNDER[op], set_binop, op | REFLECTED)
        add_cmp(w_st, set_cmp, [0, 1, 2, 3, 4, 5])
    for op in [7, 1, 10, 12]:
        add_fn(w_set, "__i%s__" % ["", "and", "", "", "", "", "", "or", "", "", "sub", "", "xor"][op], set_inplace, op)
    w_set.dict_w["__hash__"] = space.w_None
    space.w_set = w_set
    space.w_frozenset = w_frozenset

    w_none_t = make_type(space, "NoneType", w_object, {"__repr__": dm.none_repr, "__bool__": dm.none_bool}, 0)
    add_new(w_none_t, dm.none_new)
    space.w_NoneType = w_none_t
    space.w_NotImplementedType = make_type(space, "NotImplementedType", w_object, {"__repr__": dm.notimpl_repr}, 0)
    space.w_ellipsis = make_type(space, "ellipsis", w_object, {"__repr__": dm.ellipsis_repr}, 0)

    w_range = make_type(space, "range", w_object, dm.RANGE_METHODS, 0)
    add_new(w_range, dm.range_new)
    add_cmp(w_range, dm.range_eq, [2, 3])
    add_getset(w_range, "start", dm.range_get_start, None)
    add_getset(w_range, "stop", dm.range_get_stop, None)
    add_getset(w_range, "step", dm.range_get_step, None)
    space.w_range = w_range
    w_slice = make_type(space, "slice", w_object, dm.SLICE_METHODS, 0)
    add_new(w_slice, dm.slice_new)
    add_cmp(w_slice, dm.slice_eq, [2, 3])
    add_getset(w_slice, "start", dm.slice_get_start, None)
    add_getset(w_slice, "stop", dm.slice_get_stop, None)
    add_getset(w_slice, "step", dm.slice_get_step, None)
    w_slice.dict_w["__hash__"] = space.w_None
    space.w_slice = w_slice

    w_function = make_type(space, "function", w_object, {"__repr__": dm.function_repr, "__get__": dm.function_get, "__call__": dm.function_call}, 0)
    space.w_function = w_function
    w_builtin = make_type(space, "builtin_function_or_method", w_object, {"__repr__": dm.builtin_repr, "__call__": dm.function_call}, 0)
    add_getset(w_builtin, "__name__", dm.builtin_get_name, None)
    add_getset(w_builtin, "__qualname__", dm.builtin_get_name, None)
    space.w_builtin_function = w_builtin
    w_method = make_type(space, "method", w_object, {"__repr__": dm.method_repr, "__call__": dm.function_call, "__hash__": dm.method_hash}, 0)
    add_cmp(w_method, dm.method_eq, [2, 3])
    add_getset(w_method, "__func__", dm.method_get_func, None)
    add_getset(w_method, "__self__", dm.method_get_self, None)
    add_getset(w_method, "__name__", dm.method_get_name, None)
    space.w_method = w_method
    w_module = make_type(space, "module", w_object, {"__repr__": dm.module_repr, "__dir__": dm.module_dir}, 0)
    space.w_module = w_module
    w_cell = make_type(space, "cell", w_object, {}, 0)
    add_getset(w_cell, "cell_contents", dm.cell_get_contents, None)
    space.w_cell = w_cell
    space.w_code = make_type(space, "code", w_object, {}, 0)

    w_property = make_type(space, "property", w_object, {
        "__init__": dm.property_init, "getter": dm.property_getter,
        "setter": dm.property_setter, "deleter": dm.property_deleter,
        "__get__": dm.property_get, "__set__": dm.property_set}, 0)
    add_new(w_property, dm.property_new)
    add_getset(w_property, "fget", dm.property_get_fget, None)
    add_getset(w_property, "__doc__", dm.property_get_doc, None)
    space.w_property = w_property
    space.w_getset = make_type(space, "getset_descriptor", w_object, {}, 0)
    w_sm = make_type(space, "staticmethod", w_object, {"__get__": dm.staticmethod_get, "__call__": dm.staticmethod_call}, 0)
    add_new(w_sm, dm.staticmethod_new)
    add_getset(w_sm, "__func__", dm.wrapped_func, None)
    space.w_staticmethod = w_sm
    w_cm = make_type(space, "classmethod", w_object, {"__get__": dm.classmethod_get}, 0)
    add_new(w_cm, dm.classmethod_new)
    add_getset(w_cm, "__func__", dm.wrapped_func, None)
    space.w_classmethod = w_cm
    w_super = make_type(space, "super", w_object, {"__repr__": dm.super_repr}, 0)
    add_new(w_super, dm.super_new)
    space.w_super = w_super

    it_methods: dict[str, Fn] = {"__iter__": dm.iterator_iter, "__next__": dm.iterator_next, "__repr__": dm.iterator_repr}
    space.w_iterator = make_type(space, "iterator", w_object, it_methods, 0)
    space.w_enumerate = make_type(space, "enumerate", w_object, it_methods, 0)
    space.w_zip = make_type(space, "zip", w_object, it_methods, 0)
    space.w_map = make_type(space, "map", w_object, it_methods, 0)
    space.w_filter = make_type(space, "filter", w_object, it_methods, 0)
    space.w_generator = make_type(space, "generator", w_object, GENERATOR_METHODS, 0)
    space.w_coroutine = make_type(space, "coroutine", w_object, COROUTINE_METHODS, 0)
    add_getset(space.w_coroutine, "__name__", gen_get_name, None)
    space.w_async_generator = make_type(space, "async_generator", w_object, ASYNC_GENERATOR_METHODS, 0)
    add_getset(space.w_async_generator, "__name__", gen_get_name, None)
    space.w_async_gen_awaitable = make_type(space, "async_generator_asend", w_object,
                                            ASYNC_GEN_AWAITABLE_METHODS, 0)
    add_getset(space.w_generator, "__name__", gen_get_name, None)
    space.w_file = make_type(space, "TextIOWrapper", w_object, {}, 0)
    space.w_dict_keys = make_view_type(space, "dict_keys")
    space.w_dict_values = make_view_type(space, "dict_values")
    space.w_dict_items = make_view_type(space, "dict_items")

    # exceptions
    for name, parent in EXCEPTION_TREE:
        if parent is None:
            w_e = make_type(space, name, w_object, em.EXC_METHODS, KIND_EXCEPTION)
            add_new(w_e, em.exc_new)
            add_getset(w_e, "args", em.exc_get_args, em.exc_set_args)
            add_getset(w_e, "__cause__", em.exc_get_cause, em.exc_set_cause)
            add_getset(w_e, "__context__", em.exc_get_context, em.exc_set_context)
            add_getset(w_e, "__suppress_context__", em.exc_get_suppress, em.exc_set_suppress)
            add_getset(w_e, "__traceback__", em.exc_get_traceback, em.exc_set_traceback)
        else:
            w_e = make_type(space, name, space.exc_types[parent], {}, KIND_EXCEPTION)
        space.exc_types[name] = w_e
    ex = space.exc_types
    space.w_BaseException = ex["BaseException"]
    space.w_Exception = ex["Exception"]
    space.w_TypeError = ex["TypeError"]
    space.w_ValueError = ex["ValueError"]
    space.w_IndexError = ex["IndexError"]
    space.w_KeyError = ex["KeyError"]
    space.w_AttributeError = ex["AttributeError"]
    space.w_NameError = ex["NameError"]
    space.w_UnboundLocalError = ex["UnboundLocalError"]
    space.w_ZeroDivisionError = ex["ZeroDivisionError"]
    space.w_OverflowError = ex["OverflowError"]
    space.w_StopIteration = ex["StopIteration"]
    space.w_RuntimeError = ex["RuntimeError"]
    space.w_RecursionError = ex["RecursionError"]
    space.w_AssertionError = ex["AssertionError"]
    space.w_SystemExit = ex["SystemExit"]
    space.w_KeyboardInterrupt = ex["KeyboardInterrupt"]
    space.w_ImportError = ex["ImportError"]
    space.w_ModuleNotFoundError = ex["ModuleNotFoundError"]
    space.w_NotImplementedError = ex["NotImplementedError"]
    space.w_GeneratorExit = ex["GeneratorExit"]
    space.w_OSError = ex["OSError"]
    space.w_FileNotFoundError = ex["FileNotFoundError"]
    space.w_UnicodeDecodeError = ex["UnicodeDecodeError"]
    space.w_LookupError = ex["LookupError"]
    space.w_SyntaxError = ex["SyntaxError"]
    space.w_IndentationError = ex["IndentationError"]
    add_fn(ex["KeyError"], "__str__", em.keyerror_str, 0)
    add_getset(ex["StopIteration"], "value", em.stopiteration_get_value, None)
    add_getset(ex["SystemExit"], "code", em.systemexit_get_code, None)
    add_getset(ex["OSError"], "errno", em.oserror_get_errno, None)
    add_getset(ex["OSError"], "strerror", em.oserror_get_strerror, None)
    add_fn(ex["OSError"], "__str__", em.oserror_str, 0)
    # builtin types print their module as builtins
    for w_t in [w_object, w_type]:
        w_t.mutated()
