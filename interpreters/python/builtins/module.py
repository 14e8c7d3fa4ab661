"""The builtins module: builtin types, exceptions, functions, constants."""
from __future__ import annotations

from typing import TYPE_CHECKING

from interpreters.python.objspace.functions import W_Module, W_BuiltinFunction
from interpreters.python.builtins.functions import BUILTIN_FUNCTIONS
from interpreters.python.builtins.fileobject import (
    FILE_METHODS, file_get_closed, file_get_name, file_get_encoding, file_get_mode, file_get_errors)
from interpreters.python.objspace.typesetup import add_getset
from interpreters.python.objspace.functions import W_BuiltinFunction as BF

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def setup_builtins(space: ObjSpace) -> W_Module:
    d = space.w_builtins_dict
    for name in BUILTIN_FUNCTIONS:
        d.setitem(space, space.newstr(name), W_BuiltinFunction(name, BUILTIN_FUNCTIONS[name]))
    types = [space.w_object, space.w_type, space.w_int, space.w_bool, space.w_float,
             space.w_str, space.w_bytes, space.w_list, space.w_tuple, space.w_dict,
             space.w_set, space.w_frozenset, space.w_range, space.w_slice,
             space.w_property, space.w_staticmethod, space.w_classmethod, space.w_super]
    for w_t in types:
        d.setitem(space, space.newstr(w_t.name), w_t)
    for name in space.exc_types:
        d.setitem(space, space.newstr(name), space.exc_types[name])
    d.setitem(space, space.newstr("EnvironmentError"), space.w_OSError)
    d.setitem(space, space.newstr("IOError"), space.w_OSError)
    d.setitem(space, space.newstr("None"), space.w_None)
    d.setitem(space, space.newstr("True"), space.w_True)
    d.setitem(space, space.newstr("False"), space.w_False)
    d.setitem(space, space.newstr("NotImplemented"), space.w_NotImplemented)
    d.setitem(space, space.newstr("Ellipsis"), space.w_Ellipsis)
    d.setitem(space, space.newstr("__debug__"), space.w_True)
    d.setitem(space, space.newstr("__name__"), space.newstr("builtins"))
    w_file = space.w_file
    for name in FILE_METHODS:
        w_file.dict_w[name] = BF(name, FILE_METHODS[name])
    add_getset(w_file, "closed", file_get_closed, None)
    add_getset(w_file, "name", file_get_name, None)
    add_getset(w_file, "encoding", file_get_encoding, None)
    add_getset(w_file, "mode", file_get_mode, None)
    add_getset(w_file, "errors", file_get_errors, None)
    w_mod = W_Module("builtins", d)
    return w_mod
