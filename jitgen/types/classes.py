"""Class layouts (fields, methods, class constants) and annotation parsing."""
from __future__ import annotations

import builtins
import collections.abc
import types
import typing

from jitgen.hints.rdict import r_dict
from jitgen.hints.strbuilder import StringBuilder
from jitgen.hints.arith import r_uint
from jitgen.types.model import (T, TBool, TDict, TFloat, TFunc, TInst, TInt,
                                TList, TNone, TOpt, TSB, TStr, TTuple, TUint,
                                TVar, TVoid)

# built-in exception classes: Python class -> (name, base Python class)
BUILTIN_EXCEPTIONS = [
    (Exception, "Exception", None),
    (ArithmeticError, "ArithmeticError", Exception),
    (OverflowError, "OverflowError", ArithmeticError),
    (ZeroDivisionError, "ZeroDivisionError", ArithmeticError),
    (LookupError, "LookupError", Exception),
    (IndexError, "IndexError", LookupError),
    (KeyError, "KeyError", LookupError),
    (ValueError, "ValueError", Exception),
    (TypeError, "TypeError", Exception),
    (AssertionError, "AssertionError", Exception),
    (RuntimeError, "RuntimeError", Exception),
    (NotImplementedError, "NotImplementedError", RuntimeError),
    (RecursionError, "StackOverflow", RuntimeError),
    (OSError, "OSError", Exception),
    (MemoryError, "MemoryError", Exception),
    (AttributeError, "AttributeError", Exception),
    (StopIteration, "StopIteration", Exception),
]

_NOT_PROGRAM_MODULES = ("builtins", "typing", "abc", "jitgen.hints")


class ClassInfo:
    def __init__(self, pycls, name: str, base: ClassInfo | None) -> None:
        self.pycls = pycls
        self.name = name
        self.pyname = pycls.__name__ if pycls is not None else name
        self.base = base
        self.fields: dict[str, T] = {}
        self.field_pos: dict[str, object] = {}
        self.final: set[str] = set()
        self.methods: dict[str, object] = {}     # name -> Python function
        self.consts: dict[str, object] = {}      # class constants
        self.statics: dict[str, object] = {}     # static methods (plain functions)
        self.is_root = False
        self.is_builtin = False
        self.is_exception = base.is_exception if base is not None else False
        self.subclasses: list[ClassInfo] = []
        self.layout_done = False
        self.table = None
        if base is not None:
            base.subclasses.append(self)

    def mro(self) -> list[ClassInfo]:
        out = []
        c = self
        while c is not None:
            out.append(c)
            c = c.base
        return out

    def is_subclass_of(self, other: ClassInfo) -> bool:
        return other in self.mro()

    def lookup_field(self, name: str):
        if not self.layout_done and self.table is not None:
            self.table.layout(self)
        for c in self.mro():
            if name in c.fields:
                return c.fields[name], c
        return None, None

    def lookup_method(self, name: str):
        for c in self.mro():
            if name in c.methods:
                return c.methods[name], c
        return None, None

    def lookup_static(self, name: str):
        for c in self.mro():
            if name in c.statics:
                return c.statics[name]
        return None

    def lookup_const(self, name: str):
        for c in self.mro():
            if name in c.consts:
                return c.consts[name], c
        return _MISSING, None

    def all_subclasses(self) -> list[ClassInfo]:
        out = [self]
        i = 0
        while i < len(out):
            out.extend(out[i].subclasses)
            i += 1
        return out

    def __repr__(self) -> str:
        return f"<ClassInfo {self.name}>"


_MISSING = object()


def is_program_class(cls) -> bool:
    mod = getattr(cls, "__module__", "") or ""
    return isinstance(cls, type) and not any(
        mod == m or mod.startswith(m + ".") for m in _NOT_PROGRAM_MODULES)


class AnnotationError(Exception):
    pass


def _is_function(v) -> bool:
    return isinstance(v, types.FunctionType)


class ClassTable:
    """All classes the program uses, built lazily from the Python classes."""

    def __init__(self, resolve_annotation) -> None:
        self.by_pycls: dict[object, ClassInfo] = {}
        self.order: list[ClassInfo] = []
        self.resolve_annotation = resolve_annotation    # (ann, globals, cls) -> (T, final)
        self.root = ClassInfo(object, "object", None)
        self.root.is_root = True
        self.root.is_builtin = True
        self.by_pycls[object] = self.root
        self.order.append(self.root)
        for pycls, name, basecls in BUILTIN_EXCEPTIONS:
            base = self.by_pycls[basecls] if basecls is not None else self.root
            ci = ClassInfo(pycls, name, base)
            ci.pyname = pycls.__name__
            ci.is_builtin = True
            ci.is_exception = True
            ci.layout_done = True
            if basecls is None:
                ci.fields["message"] = TStr
            self.by_pycls[pycls] = ci
            self.order.append(ci)
        self.by_pycls[BaseException] = self.by_pycls[Exception]
        self.errors: list = []   # (pycls, field, message)

    def get(self, pycls) -> ClassInfo | None:
        ci = self.by_pycls.get(pycls)
        if ci is not None:
            return ci
        if not is_program_class(pycls):
            return None
        bases = [b for b in pycls.__bases__ if b is not typing.Generic]
        if len(bases) > 1:
            self.errors.append((pycls, None, f"class '{pycls.__name__}' has several bases: multiple inheritance is not in the subset"))
        basecls = bases[0] if bases else object
        base = self.get(basecls)
        if base is None:
            self.errors.append((pycls, None, f"class '{pycls.__name__}' derives from '{basecls.__name__}', which is not a class of the program"))
            base = self.root
        from jitgen.types.checker import _modname
        ci = ClassInfo(pycls, f"{_modname(pycls.__module__)}.{pycls.__qualname__}", base)
        ci.table = self
        self.by_pycls[pycls] = ci
        self.order.append(ci)
        for k, v in pycls.__dict__.items():
            if _is_function(v):
                ci.methods[k] = v
            elif isinstance(v, staticmethod) and isinstance(v.__func__, types.FunctionType):
                ci.statics[k] = v.__func__
            elif isinstance(v, (staticmethod, classmethod)):
                self.errors.append((pycls, k, f"'{k}': class methods are not in the subset; use a static method or a top-level function"))
            elif isinstance(v, property):
                self.errors.append((pycls, k, f"'{k}': properties are not in the subset"))
            elif k.startswith("__") and k.endswith("__"):
                continue
            elif k in ("_virtualizable_", "_immutable_fields_"):
                continue
            else:
                ci.consts[k] = v
        return ci

    def layout(self, ci: ClassInfo) -> None:
        """Resolve the field annotations of ci (once)."""
        if ci.layout_done:
            return
        ci.layout_done = True
        if ci.base is not None:
            self.layout(ci.base)
        anns = ci.pycls.__dict__.get("__annotations__", {})
        glb = vars(__import__("sys").modules[ci.pycls.__module__])
        for name, ann in anns.items():
            try:
                t, final = self.resolve_annotation(ann, glb)
            except AnnotationError as e:
                self.errors.append((ci.pycls, name, f"field '{name}' of class '{ci.pyname}': {e}"))
                continue
            prev, owner = ci.base.lookup_field(name) if ci.base else (None, None)
            if prev is not None:
                continue   # redeclared in a subclass: keep the base's slot
            ci.fields[name] = t
            if final:
                ci.final.add(name)
            ci.consts.pop(name, None)


class _FallbackNames(dict):
    """Names for annotations that the module imports only under
    TYPE_CHECKING (to avoid import cycles): any class of the program's
    already-imported modules with that name."""

    def __init__(self, glb: dict) -> None:
        super().__init__()
        self.glb = glb

    def __missing__(self, name: str):
        if name in self.glb:
            return self.glb[name]
        if name in vars(typing):
            return vars(typing)[name]
        if hasattr(builtins, name):
            return getattr(builtins, name)
        for mod in list(__import__("sys").modules.values()):
            v = getattr(mod, "__dict__", {}).get(name)
            if isinstance(v, type) and v.__module__ == getattr(mod, "__name__", None) \
                    and is_program_class(v):
                return v
        raise KeyError(name)


def _eval_annotation(text: str, glb: dict):
    return eval(text, {"__builtins__": {}}, _FallbackNames(glb))


def annotation_resolver(table_getter):
    """Returns resolve(ann, globals) -> (T, is_final)."""

    def resolve(ann, glb) -> tuple[T, bool]:
        if isinstance(ann, str):
            try:
                ann = _eval_annotation(ann, glb)
            except Exception:
                raise AnnotationError(f"unknown type '{ann}'")
        origin = typing.get_origin(ann)
        if origin is typing.Final or ann is typing.Final:
            args = typing.get_args(ann)
            if not args:
                raise AnnotationError("Final needs a type: Final[T]")
            t, _ = resolve(args[0], glb)
            return t, True
        return conv(ann, glb), False

    def conv(ann, glb) -> T:
        if isinstance(ann, typing.ForwardRef):
            ann = ann.__forward_arg__
        if isinstance(ann, str):
            try:
                ann = _eval_annotation(ann, glb)
            except Exception:
                raise AnnotationError(f"unknown type '{ann}'")
        if ann is None or ann is type(None):
            return TNone
        if ann is int:
            return TInt
        if ann is float:
            return TFloat
        if ann is bool:
            return TBool
        if ann is str:
            return TStr
        if ann is r_uint:
            return TUint
        if ann is StringBuilder:
            return TSB
        if ann is list:
            return TList(TVar())
        if ann is dict:
            return TDict(TVar(), TVar())
        if ann is r_dict:
            return TDict(TVar(), TVar(), True)
        if isinstance(ann, typing.TypeVar) or ann is typing.Any:
            return TVar()
        origin = typing.get_origin(ann)
        args = typing.get_args(ann)
        want = {list: 1, dict: 2, r_dict: 2}.get(origin)
        if want is not None and len(args) != want:
            name = "r_dict" if origin is r_dict else origin.__name__
            raise AnnotationError(f"{name}[...] takes {want} type argument{'s' if want > 1 else ''},"
                                  f" not {len(args)}")
        if origin is list:
            return TList(conv(args[0], glb))
        if origin is dict:
            return TDict(conv(args[0], glb), conv(args[1], glb))
        if origin is r_dict:
            return TDict(conv(args[0], glb), conv(args[1], glb), True)
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                raise AnnotationError("tuple[T, ...] is not in the subset; use a list or a fixed tuple")
            return TTuple([conv(a, glb) for a in args])
        if origin is typing.Union or origin is types.UnionType:
            non_none = [a for a in args if a is not type(None)]
            if len(non_none) != 1 or len(args) != 2:
                raise AnnotationError(f"'{_ann_str(ann)}': only 'X | None' unions are in the subset")
            inner = conv(non_none[0], glb)
            if not inner.is_ref:
                raise AnnotationError(f"'{_ann_str(ann)}': '{inner} | None' is not in the subset ({inner} cannot be None)")
            return TOpt(inner)
        if origin is collections.abc.Callable:
            if len(args) != 2 or not isinstance(args[0], list):
                if len(args) >= 1 and isinstance(args[0], list):
                    pass
                elif args and args[0] is Ellipsis:
                    raise AnnotationError("Callable[..., R] is not in the subset; list the argument types")
            params = [conv(a, glb) for a in args[:-1]] if not isinstance(args[0], list) else [conv(a, glb) for a in args[0]]
            return TFunc(params, conv(args[-1], glb))
        if origin is typing.Final:
            return conv(args[0], glb)
        if isinstance(ann, type):
            ci = table_getter().get(ann)
            if ci is not None:
                return TInst(ci)
            raise AnnotationError(f"'{ann.__name__}' is not a type of the subset")
        raise AnnotationError(f"'{_ann_str(ann)}' is not a type of the subset")

    return resolve


def _ann_str(ann) -> str:
    return getattr(ann, "__name__", None) or str(ann).replace("typing.", "")


def builtin_names() -> set:
    return set(dir(builtins))


_ = TVoid
