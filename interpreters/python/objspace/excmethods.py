"""The methods and attributes of BaseException and its subclasses."""
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


# ------------------------------------------------------------- exceptions
ERRNO_CLASSES = {2: "FileNotFoundError", 13: "PermissionError", 17: "FileExistsError",
                 20: "NotADirectoryError", 21: "IsADirectoryError", 110: "TimeoutError",
                 11: "BlockingIOError", 10: "ChildProcessError", 32: "BrokenPipeError",
                 103: "ConnectionAbortedError", 111: "ConnectionRefusedError",
                 104: "ConnectionResetError", 4: "InterruptedError", 3: "ProcessLookupError"}


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
    pos = method_args(space, args, "add_note", 1, 1)
    w_self = pos[0]
    w_note = pos[1]
    if not isinstance(w_note, W_Str):
        raise space.error_type("note must be a str, not '%s'" % space.type_name(w_note))
    if not isinstance(w_self, W_Object):
        raise space.error_type("cannot add a note to this exception")
    w_notes = w_self.getdictvalue("__notes__")
    if w_notes is None:
        w_notes = space.newlist([])
        w_self.setdictvalue("__notes__", w_notes)
    if not isinstance(w_notes, W_List):
        raise space.error_type("Cannot add note: __notes__ is not a list")
    w_notes.items.append(w_note)
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


