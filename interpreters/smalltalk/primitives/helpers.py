"""Argument checks and conversions shared by the primitive modules."""
from interpreters.smalltalk.objects import (
    W_Object, W_Integer, W_String, W_Symbol, W_Array,
    W_Class, W_Block,
)
from interpreters.smalltalk.universe import Universe, SmalltalkError, PrimitiveFailed


def class_name(u: Universe, w: W_Object) -> str:
    return w.get_class(u.ct).name


def type_error(u: Universe, prim: str, expected: str, got: W_Object) -> SmalltalkError:
    return PrimitiveFailed("primitive " + prim + " expected " + expected +
                          ", got an instance of " + class_name(u, got))


def arg_int(u: Universe, prim: str, w: W_Object) -> int:
    if isinstance(w, W_Integer):
        return w.value
    raise type_error(u, prim, "a small Integer", w)


def arg_str(u: Universe, prim: str, w: W_Object) -> str:
    if isinstance(w, W_String):
        return w.value
    raise type_error(u, prim, "a String or Symbol", w)


def arg_symbol(u: Universe, prim: str, w: W_Object) -> W_Symbol:
    if isinstance(w, W_Symbol):
        return w
    if isinstance(w, W_String):
        return u.symbol(w.value)
    raise type_error(u, prim, "a Symbol", w)


def arg_array(u: Universe, prim: str, w: W_Object) -> W_Array:
    if isinstance(w, W_Array):
        return w
    raise type_error(u, prim, "an Array", w)


def arg_class(u: Universe, prim: str, w: W_Object) -> W_Class:
    if isinstance(w, W_Class):
        return w
    raise type_error(u, prim, "a Class", w)


def arg_block(u: Universe, prim: str, w: W_Object) -> W_Block:
    if isinstance(w, W_Block):
        return w
    raise type_error(u, prim, "a Block", w)
