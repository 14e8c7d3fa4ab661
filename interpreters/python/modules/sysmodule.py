"""The sys module."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.functions import W_Module, W_BuiltinFunction
from interpreters.python.objspace.argcheck import check_args
from interpreters.python.builtins.fileobject import W_File, KIND_STDOUT, KIND_STDERR, KIND_STDIN

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace

MAXSIZE = (1 << 63) - 1


def sys_exit(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "exit", 0, 1)
    raise OperationError(space.new_exception(space.w_SystemExit, list(pos)))


def sys_getrecursionlimit(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(space.recursion_limit)


def sys_setrecursionlimit(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "setrecursionlimit", 1, 1)
    n = space.int_w(pos[0])
    if n < 1:
        raise space.error_value("recursion limit must be greater or equal than 1")
    space.recursion_limit = n
    return space.w_None


def sys_exc_info(space: ObjSpace, args: Args) -> W_Root:
    w_e = space.ec.w_handled
    if w_e is None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    return space.newtuple([space.type(w_e), w_e, space.getattr(w_e, "__traceback__")])


def sys_exception(space: ObjSpace, args: Args) -> W_Root:
    w_e = space.ec.w_handled
    return w_e if w_e is not None else space.w_None


def sys_intern(space: ObjSpace, args: Args) -> W_Root:
    return args.pos[0]


def sys_getsizeof(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(64)


def sys_format_exception(space: ObjSpace, args: Args) -> W_Root:
    """For the traceback module: CPython's report of an exception."""
    from interpreters.python.interpreter.traceback import format_exception, SourceCache
    pos = check_args(space, args, "_format_exception", 1, 1)
    if space.is_none(pos[0]):
        return space.newstr("NoneType: None\n")
    return space.newstr(format_exception(space, pos[0], SourceCache(), []))


def sys_displayhook(space: ObjSpace, args: Args) -> W_Root:
    space.displayhook(args.pos[0])
    return space.w_None


SYS_FUNCTIONS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "exit": sys_exit, "getrecursionlimit": sys_getrecursionlimit,
    "setrecursionlimit": sys_setrecursionlimit, "exc_info": sys_exc_info,
    "exception": sys_exception, "intern": sys_intern, "getsizeof": sys_getsizeof,
    "displayhook": sys_displayhook, "_format_exception": sys_format_exception,
}


def make_sys(space: ObjSpace) -> W_Module:
    from interpreters.python.modules.importing import new_module
    w_mod = new_module(space, "sys")
    d = w_mod.w_dict
    for name in SYS_FUNCTIONS:
        d.setitem(space, space.newstr(name), W_BuiltinFunction(name, SYS_FUNCTIONS[name]))
    d.setitem(space, space.newstr("argv"), space.wrap_str_list(space.argv))
    d.setitem(space, space.newstr("path"), space.wrap_str_list(space.path))
    d.setitem(space, space.newstr("modules"), space.w_modules)
    d.setitem(space, space.newstr("maxsize"), space.newint(MAXSIZE))
    d.setitem(space, space.newstr("byteorder"), space.newstr("little"))
    d.setitem(space, space.newstr("platform"), space.newstr("linux"))
    d.setitem(space, space.newstr("version"), space.newstr("3.11.7 (Tandem)"))
    d.setitem(space, space.newstr("implementation"), space.newstr("tandem"))
    d.setitem(space, space.newstr("executable"), space.newstr("tandem"))
    d.setitem(space, space.newstr("version_info"), space.newtuple([
        space.newint(3), space.newint(11), space.newint(7), space.newstr("final"), space.newint(0)]))
    d.setitem(space, space.newstr("maxunicode"), space.newint(0x10FFFF))
    w_out = W_File("<stdout>", "w", KIND_STDOUT, "")
    w_err = W_File("<stderr>", "w", KIND_STDERR, "")
    w_in = W_File("<stdin>", "r", KIND_STDIN, "")
    d.setitem(space, space.newstr("stdout"), w_out)
    d.setitem(space, space.newstr("stderr"), w_err)
    d.setitem(space, space.newstr("stdin"), w_in)
    d.setitem(space, space.newstr("__stdout__"), w_out)
    d.setitem(space, space.newstr("__stderr__"), w_err)
    return w_mod
