"""Callables and related objects: functions, bound methods, builtin
functions, cells, code wrappers, modules, property/staticmethod/
classmethod, super."""
from __future__ import annotations

from typing import Callable, Final, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace
    from interpreters.python.objspace.typeobject import W_Type
    from interpreters.python.objspace.containers import W_Dict
    from interpreters.python.bytecode import CodeObject


class W_Cell(W_Root):
    w_value: W_Root | None

    def __init__(self, w_value: W_Root | None) -> None:
        self.w_value = w_value

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_cell


class W_Code(W_Root):
    code: Final[CodeObject]

    def __init__(self, code: CodeObject) -> None:
        self.code = code

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_code


class W_Function(W_Root):
    code: Final[CodeObject]
    w_globals: Final[W_Dict]
    defaults_w: list[W_Root]
    w_kwdefaults: W_Dict | None
    closure: Final[list[W_Cell]]
    name: str
    qualname: str
    w_doc: W_Root | None
    w_annotations: W_Root | None
    w_module: W_Root | None
    attrs: dict[str, W_Root]

    def __init__(self, code: CodeObject, w_globals: W_Dict, defaults_w: list[W_Root],
                 w_kwdefaults: W_Dict | None, closure: list[W_Cell], qualname: str) -> None:
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults
        self.closure = closure
        self.name = code.name
        self.qualname = qualname
        self.w_doc = None
        self.w_annotations = None
        self.w_module = None
        self.attrs = {}

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_function


class W_BuiltinFunction(W_Root):
    name: Final[str]
    fn: Final[Callable[[ObjSpace, Args], W_Root]]
    w_self: Final[W_Root | None]     # bound receiver, for builtin methods of modules
    data: Final[int]                 # passed as args.data: shares one fn among ops

    def __init__(self, name: str, fn: Callable[[ObjSpace, Args], W_Root],
                 w_self: W_Root | None = None, data: int = 0) -> None:
        self.name = name
        self.fn = fn
        self.w_self = w_self
        self.data = data

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_builtin_function


class W_Method(W_Root):
    w_func: Final[W_Root]
    w_self: Final[W_Root]

    def __init__(self, w_func: W_Root, w_self: W_Root) -> None:
        self.w_func = w_func
        self.w_self = w_self

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_method


class W_Module(W_Root):
    name: str
    w_dict: Final[W_Dict]

    def __init__(self, name: str, w_dict: W_Dict) -> None:
        self.name = name
        self.w_dict = w_dict

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_module


class W_Property(W_Root):
    w_fget: W_Root | None
    w_fset: W_Root | None
    w_fdel: W_Root | None
    w_doc: W_Root | None

    def __init__(self, w_fget: W_Root | None, w_fset: W_Root | None,
                 w_fdel: W_Root | None, w_doc: W_Root | None) -> None:
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_property


class W_GetSet(W_Root):
    """A builtin data descriptor (e.g. BaseException.args)."""
    name: Final[str]
    fget: Final[Callable[[ObjSpace, W_Root], W_Root]]
    fset: Final[Callable[[ObjSpace, W_Root, W_Root], None] | None]

    def __init__(self, name: str, fget: Callable[[ObjSpace, W_Root], W_Root],
                 fset: Callable[[ObjSpace, W_Root, W_Root], None] | None) -> None:
        self.name = name
        self.fget = fget
        self.fset = fset

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_getset


class W_StaticMethod(W_Root):
    w_func: Final[W_Root]

    def __init__(self, w_func: W_Root) -> None:
        self.w_func = w_func

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_staticmethod


class W_ClassMethod(W_Root):
    w_func: Final[W_Root]

    def __init__(self, w_func: W_Root) -> None:
        self.w_func = w_func

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_classmethod


class W_Super(W_Root):
    w_starttype: Final[W_Type]
    w_obj: Final[W_Root]
    w_objtype: Final[W_Type]

    def __init__(self, w_starttype: W_Type, w_obj: W_Root, w_objtype: W_Type) -> None:
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        self.w_objtype = w_objtype

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_super
