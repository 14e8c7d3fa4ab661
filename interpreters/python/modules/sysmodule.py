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


def sys_get_int_max_str_digits(space: ObjSpace, args: Args) -> W_Root:
    check_args(space, args, "get_int_max_str_digits", 0, 0)
    return space.newint(space.int_max_str_digits)


def sys_set_int_max_str_digits(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "set_int_max_str_digits", 1, 1)
    n = space.int_w(pos[0])
    if n != 0 and n < 640:
        raise space.error_value("maxdigits must be 0 or larger than 640")
    space.int_max_str_digits = n
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


def sys_getdefaultencoding(space: ObjSpace, args: Args) -> W_Root:
    check_args(space, args, "getdefaultencoding", 0, 0)
    return space.newstr("utf-8")


def sys_frame_position(space: ObjSpace, args: Args) -> W_Root:
    """For the warnings module: (filename, lineno, module name) of the
    frame `depth` levels above the caller (0: the caller itself)."""
    pos = check_args(space, args, "_frame_position", 0, 1)
    depth = space.int_w(pos[0]) if len(pos) == 1 else 0
    frame = space.ec.topframe
    while depth > 0 and frame is not None:
        frame = frame.f_back
        depth -= 1
    if frame is None:
        raise space.error_value("call stack is not deep enough")
    w_name = frame.w_globals.lookup(space, space.newstr("__name__"))
    return space.newtuple([space.newstr(frame.code.filename),
                           space.newint(frame.code.line_at(frame.last_pc)),
                           w_name if w_name is not None else space.newstr("<unknown>")])


def sys_displayhook(space: ObjSpace, args: Args) -> W_Root:
    space.displayhook(args.pos[0])
    return space.w_None


SYS_FUNCTIONS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "exit": sys_exit, "getrecursionlimit": sys_getrecursionlimit,
    "setrecursionlimit": sys_setrecursionlimit, "exc_info": sys_exc_info,
    "exception": sys_exception, "intern": sys_intern, "getsizeof": sys_getsizeof,
    "displayhook": sys_displayhook, "get_int_max_str_digits": sys_get_int_max_str_digits,
    "set_int_max_str_digits": sys_set_int_max_str_digits, "_frame_position": sys_frame_position,
    "getdefaultencoding": sys_getdefaultencoding, "getfilesystemencoding": sys_getdefaultencoding, "_format_exception": sys_format_exception,
}


def struct_seq_repr(space: ObjSpace, args: Args) -> W_Root:
    """repr of a struct sequence: type name and name=value for each field."""
    w_self = args.pos[0]
    w_cls = space.type(w_self)
    if "_struct_fields" not in w_cls.dict_w:
        raise space.error_type("not a struct sequence")
    w_names = w_cls.dict_w["_struct_fields"]
    parts: list[str] = []
    values = space.list_items(w_self)
    names = space.list_items(w_names)
    i = 0
    while i < len(names) and i < len(values):
        parts.append(space.str_w(names[i]) + "=" + space.repr_w(values[i]))
        i += 1
    return space.newstr("sys." + w_cls.name + "(" + ", ".join(parts) + ")")


def make_struct_seq(space: ObjSpace, name: str, names: list[str], values_w: list[W_Root]) -> W_Root:
    """A named tuple like sys.version_info: a tuple whose items are also
    attributes."""
    from interpreters.python.objspace.typesetup import make_type, add_fn
    from interpreters.python.objspace.typeobject import W_Object, KIND_BUILTIN
    from interpreters.python.objspace.containers import W_Tuple
    w_cls = make_type(space, name, space.w_tuple, {}, 0)
    w_cls.dict_w["_struct_fields"] = space.wrap_str_list(names)
    w_cls.dict_w["n_fields"] = space.newint(len(names))
    w_cls.dict_w["__module__"] = space.newstr("sys")
    add_fn(w_cls, "__repr__", struct_seq_repr, 0)
    w_obj = W_Object(w_cls)
    w_obj.w_base = W_Tuple(values_w)
    i = 0
    while i < len(names):
        w_obj.setdictvalue(names[i], values_w[i])
        i += 1
    return w_obj


FLOAT_INFO_NAMES = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                    "dig", "mant_dig", "epsilon", "radix", "rounds"]


def make_float_info(space: ObjSpace) -> W_Root:
    values_w: list[W_Root] = [
        space.newfloat(1.7976931348623157e+308), space.newint(1024), space.newint(308),
        space.newfloat(2.2250738585072014e-308), space.newint(-1021), space.newint(-307),
        space.newint(15), space.newint(53), space.newfloat(2.220446049250313e-16),
        space.newint(2), space.newint(1)]
    return make_struct_seq(space, "float_info", FLOAT_INFO_NAMES, values_w)


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
    d.setitem(space, space.newstr("version_info"), make_struct_seq(
        space, "version_info", ["major", "minor", "micro", "releaselevel", "serial"],
        [space.newint(3), space.newint(11), space.newint(7), space.newstr("final"), space.newint(0)]))
    d.setitem(space, space.newstr("float_info"), make_float_info(space))
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
