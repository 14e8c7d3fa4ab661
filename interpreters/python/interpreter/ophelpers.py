"""Helpers of the dispatch loop for the less frequent opcodes: unpacking,
function creation, calls with */**, set displays, pattern matching."""
from __future__ import annotations

from typing import TYPE_CHECKING

from jitgen.hints import JitDriver, ovfcheck, promote
from interpreters.python import bytecode as bc
from interpreters.python.bytecode import CodeObject, Const
from interpreters.python.bytecode import (
    BEFORE_WITH, BINARY_OP, BINARY_SUBSCR, BUILD_LIST, BUILD_MAP, BUILD_SET,
    BUILD_SLICE, BUILD_STRING, BUILD_TUPLE, CALL_FUNCTION, CALL_FUNCTION_EX, CALL_FUNCTION_KW,
    CALL_INTRINSIC_1, CHECK_EXC_MATCH, CMP_EQ, CMP_GT, CMP_LE, CMP_LT,
    CMP_NE, COMPARE_OP, CONTAINS_OP, COPY, COPY_DICT_WITHOUT_KEYS, CO_GENERATOR,
    DELETE_ATTR, DELETE_DEREF, DELETE_FAST, DELETE_GLOBAL, DELETE_NAME, DELETE_SUBSCR,
    DICT_MERGE, DICT_UPDATE, FORMAT_VALUE, FOR_ITER, FVC_ASCII, FVC_MASK,
    FVC_REPR, FVC_STR, FVS_HAVE_SPEC, GET_ITER, GET_LEN, GET_YIELD_FROM_ITER,
    IMPORT_FROM, IMPORT_NAME, IMPORT_STAR, INTRINSIC_LIST_TO_TUPLE, IS_OP, JUMP_BACKWARD,
    JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, LIST_APPEND, LIST_EXTEND, LIST_TO_TUPLE,
    LOAD_ASSERTION_ERROR, LOAD_ATTR, LOAD_BUILD_CLASS, LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_CONST,
    LOAD_DEREF, LOAD_FAST, LOAD_GLOBAL, LOAD_NAME, MAKE_FUNCTION, MAP_ADD,
    MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, MF_ANNOTATIONS, MF_CLOSURE,
    MF_DEFAULTS, MF_KWDEFAULTS, NB_ADD, NB_INPLACE_OFFSET, NB_SUBTRACT, NOP,
    OPNAMES, POP_EXCEPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_TOP, PRINT_EXPR,
    PUSH_EXC_INFO, RAISE_VARARGS, RERAISE, RETURN_VALUE, SEND, SETUP_ANNOTATIONS,
    SET_ADD, SET_UPDATE, STORE_ATTR, STORE_DEREF, STORE_FAST, STORE_GLOBAL,
    STORE_NAME, STORE_SUBSCR, SWAP, UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT,
    UNARY_POSITIVE, UNPACK_EX, UNPACK_SEQUENCE, WITH_EXCEPT_START, YIELD_VALUE)
from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.primitives import W_Int, W_Str, W_Float
from interpreters.python.objspace.containers import (
    W_List, W_Tuple, W_Dict, W_Set, W_FrozenSet, W_Slice, W_BaseSet, W_Range)
from interpreters.python.objspace.typeobject import W_Type, W_Object, TbEntry
from interpreters.python.objspace.functions import (
    W_Function, W_Cell, W_Code, W_Module, W_BuiltinFunction)
from interpreters.python.objspace.iterators import W_Iterator
from interpreters.python.objspace.numbers import BigInt
from interpreters.python.objspace import operations as ops
from interpreters.python.objspace.formatting import ascii_of
from interpreters.python.objspace.dictmethods import dict_update_from
from interpreters.python.objspace.setmethods import set_update_internal
from interpreters.python.interpreter.pyframe import Frame, bind_args
from interpreters.python.interpreter.generator import W_Generator

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def locals_lookup(space: ObjSpace, w_loc: W_Root, w_name: W_Str) -> W_Root | None:
    if isinstance(w_loc, W_Dict):
        return w_loc.lookup(space, w_name)
    try:
        return space.getitem(w_loc, w_name)
    except OperationError as e:
        if space.exception_match(e.w_value, space.w_KeyError):
            return None
        raise


def is_iterable(space: ObjSpace, w: W_Root) -> bool:
    if isinstance(w, W_List) or isinstance(w, W_Tuple) or isinstance(w, W_Iterator):
        return True
    return space.lookup(w, "__iter__") is not None or space.lookup(w, "__getitem__") is not None


def exc_match(space: ObjSpace, w_exc: W_Root, w_t: W_Root) -> bool:
    if isinstance(w_t, W_Tuple):
        for w_x in w_t.items:
            if exc_match(space, w_exc, w_x):
                return True
        return False
    if not isinstance(w_t, W_Type) or not w_t.is_subtype(space.w_BaseException):
        raise space.error_type("catching classes that do not inherit from BaseException is not allowed")
    return space.isinstance_w(w_exc, w_t)


def keyword_name(space: ObjSpace, w_k: W_Root) -> str:
    if not space.isinstance_w(w_k, space.w_str):
        raise space.error_type("keywords must be strings")
    return space.str_w(w_k)


def call_ex(space: ObjSpace, w_f: W_Root, w_args: W_Root, w_kw: W_Root | None) -> W_Root:
    if not is_iterable(space, w_args):
        raise space.error_type("%s argument after * must be an iterable, not %s" % (func_desc(space, w_f), space.type_name(w_args)))
    args_w = space.list_items(w_args)
    kwnames: list[str] = []
    kwvalues: list[W_Root] = []
    if w_kw is not None:
        w_kd = space.base_value(w_kw)
        if isinstance(w_kd, W_Dict):
            for w_k in w_kd.live_keys():
                w_v = w_kd.lookup(space, w_k)
                assert w_v is not None
                kwnames.append(keyword_name(space, w_k))
                kwvalues.append(w_v)
        else:
            for w_k in space.list_items(space.call_method(w_kw, "keys", [])):
                kwnames.append(keyword_name(space, w_k))
                kwvalues.append(space.getitem(w_kw, w_k))
    return space.call_args(w_f, Args(args_w, kwnames, kwvalues))


def func_desc(space: ObjSpace, w_f: W_Root) -> str:
    if isinstance(w_f, W_Function):
        return w_f.qualname + "()"
    if isinstance(w_f, W_BuiltinFunction):
        return w_f.name + "()"
    if isinstance(w_f, W_Type):
        return w_f.name + "()"
    return space.type_name(w_f) + " object"


def dict_merge(space: ObjSpace, w_d: W_Dict, w_m: W_Root, w_f: W_Root) -> None:
    if space.lookup(w_m, "keys") is None:
        raise space.error_type("%s argument after ** must be a mapping, not %s" % (func_desc(space, w_f), space.type_name(w_m)))
    for w_k in space.list_items(space.call_method(w_m, "keys", [])):
        if w_d.lookup(space, w_k) is not None:
            raise space.error_type("%s got multiple values for keyword argument '%s'" % (func_desc(space, w_f), space.str_w_of(w_k)))
        w_d.setitem(space, w_k, space.getitem(w_m, w_k))


def unpack_sequence(space: ObjSpace, frame: Frame, w_seq: W_Root, n: int) -> None:
    items: list[W_Root] = []
    if isinstance(w_seq, W_Tuple):
        items = w_seq.items
    elif isinstance(w_seq, W_List):
        items = w_seq.items
    else:
        if not is_iterable(space, w_seq):
            raise space.error_type("cannot unpack non-iterable %s object" % space.type_name(w_seq))
        items = []
        w_it = space.iter(w_seq)
        while True:
            w_x = space.next_or_none(w_it)
            if w_x is None:
                break
            items.append(w_x)
            if len(items) > n:
                break
    if len(items) < n:
        raise space.error_value("not enough values to unpack (expected %d, got %d)" % (n, len(items)))
    if len(items) > n:
        raise space.error_value("too many values to unpack (expected %d)" % n)
    i = n - 1
    while i >= 0:
        frame.push(items[i])
        i -= 1


def unpack_ex(space: ObjSpace, frame: Frame, w_seq: W_Root, before: int, after: int) -> None:
    if not is_iterable(space, w_seq):
        raise space.error_type("cannot unpack non-iterable %s object" % space.type_name(w_seq))
    items = space.list_items(w_seq)
    if len(items) < before + after:
        raise space.error_value("not enough values to unpack (expected at least %d, got %d)" % (before + after, len(items)))
    i = len(items) - 1
    while i >= len(items) - after:
        frame.push(items[i])
        i -= 1
    frame.push(space.newlist(items[before:len(items) - after]))
    i = before - 1
    while i >= 0:
        frame.push(items[i])
        i -= 1


def make_function(space: ObjSpace, frame: Frame, flags: int) -> W_Root:
    w_code = frame.pop()
    assert isinstance(w_code, W_Code)
    closure: list[W_Cell] = []
    if flags & MF_CLOSURE:
        w_cl = frame.pop()
        assert isinstance(w_cl, W_Tuple)
        for w_c in w_cl.items:
            assert isinstance(w_c, W_Cell)
            closure.append(w_c)
    w_ann: W_Root | None = None
    if flags & MF_ANNOTATIONS:
        w_ann = frame.pop()
    w_kwdefaults: W_Dict | None = None
    if flags & MF_KWDEFAULTS:
        w_kd = frame.pop()
        assert isinstance(w_kd, W_Dict)
        w_kwdefaults = w_kd
    defaults: list[W_Root] = []
    if flags & MF_DEFAULTS:
        defaults = space.list_items(frame.pop())
    code = w_code.code
    w_func = W_Function(code, frame.w_globals, defaults, w_kwdefaults, closure, code.qualname)
    w_func.w_annotations = w_ann
    if code.docstring is not None:
        w_func.w_doc = space.newstr(code.docstring)
    w_func.w_module = frame.w_globals.lookup(space, space.newstr("__name__"))
    return w_func


def match_keys(space: ObjSpace, w_subj: W_Root, w_keys: W_Root) -> W_Root:
    values: list[W_Root] = []
    w_get = space.getattr(w_subj, "get")
    w_dummy = W_Object(space.w_object)
    for w_k in space.fixed_items(w_keys):
        w_v = space.call_function(w_get, [w_k, w_dummy])
        if w_v is w_dummy:
            return space.w_None
        values.append(w_v)
    return space.newtuple(values)


MATCH_SELF_TYPES = ["bool", "bytearray", "bytes", "dict", "float", "frozenset",
                    "int", "list", "set", "str", "tuple"]


def match_class(space: ObjSpace, w_subj: W_Root, w_cls: W_Root, npos: int, w_names: W_Root) -> W_Root:
    if not isinstance(w_cls, W_Type):
        raise space.error_type("called match pattern must be a class")
    if not space.isinstance_w(w_subj, w_cls):
        return space.w_None
    attrs: list[W_Root] = []
    seen: list[str] = []
    if npos > 0:
        w_match_args = w_cls.lookup("__match_args__")
        if w_match_args is None:
            if w_cls.is_builtin and w_cls.name in MATCH_SELF_TYPES and npos == 1:
                attrs.append(w_subj)
            else:
                raise space.error_type("%s() accepts 0 positional sub-patterns (%d given)" % (w_cls.name, npos))
        else:
            names = space.fixed_items(w_match_args)
            if npos > len(names):
                raise space.error_type("%s() accepts %d positional sub-pattern%s (%d given)" % (w_cls.name, len(names), "" if len(names) == 1 else "s", npos))
            i = 0
            while i < npos:
                name = space.str_w(names[i])
                w_v = space.getattr_or_none(w_subj, name)
                if w_v is None:
                    return space.w_None
                seen.append(name)
                attrs.append(w_v)
                i += 1
    for w_n in space.fixed_items(w_names):
        name = space.str_w(w_n)
        if name in seen:
            raise space.error_type("%s() got multiple sub-patterns for attribute '%s'" % (w_cls.name, name))
        w_v = space.getattr_or_none(w_subj, name)
        if w_v is None:
            return space.w_None
        attrs.append(w_v)
    return space.newtuple(attrs)
