"""The object space: one object holding the builtin types and singletons,
and the generic protocols (attributes, calls, truth, hashing, comparison,
iteration, items) that the interpreter and the builtins use."""
from __future__ import annotations

from typing import Callable

from jitgen.hints import promote, r_uint, intmask, MININT
from interpreters.python.objspace.base import W_Root, OperationError, Args
from interpreters.python.objspace.typeobject import (
    W_Type, W_Object, ExcData, KIND_EXCEPTION, KIND_BUILTIN)
from interpreters.python.objspace.primitives import (
    W_NoneObject, W_NotImplementedObject, W_EllipsisObject, W_Int, W_Bool,
    W_Long, W_Float, W_Str, W_Bytes)
from interpreters.python.objspace.containers import (
    W_List, W_Tuple, W_Dict, W_BaseSet, W_Set, W_FrozenSet, W_Range, W_Slice, str_hash)
from interpreters.python.objspace.functions import (
    W_Function, W_BuiltinFunction, W_Method, W_Module, W_Property, W_GetSet,
    W_StaticMethod, W_ClassMethod, W_Super, W_Cell)
from interpreters.python.objspace.iterators import (
    W_Iterator, W_SeqIter, W_RangeIter, W_DictIter, W_ListIterOver, W_DictView)
from interpreters.python.objspace.numbers import BigInt, float_hash
from interpreters.python.objspace.typesetup import setup_types
from interpreters.python.objspace.operations import rich_compare
from interpreters.python.objspace.strmethods import str_repr
from interpreters.python.objspace.descrmethods import super_getattr, make_super
from interpreters.python.interpreter.pyframe import Frame
from interpreters.python.interpreter import executor
from interpreters.python.modules import importing
from interpreters.python.modules.sysmodule import make_sys
from interpreters.python.modules.mathmodule import make_math
from interpreters.python.modules.timemodule import make_time
from interpreters.python.builtins.module import setup_builtins


# builtin types whose subscription makes a GenericAlias (list[int])
GENERIC_BUILTINS: list[str] = ["list", "dict", "tuple", "set", "frozenset", "type", "enumerate"]

# builtins implemented in lib/ (name -> module), loaded on first use
LAZY_BUILTINS: dict[str, str] = {"complex": "_complex", "ExceptionGroup": "_exceptiongroup",
                                  "BaseExceptionGroup": "_exceptiongroup", "bytearray": "_bytearray",
                                  "aiter": "_asyncbuiltins", "anext": "_asyncbuiltins"}


class ExecutionContext:
    """Per-thread interpreter state: the handled exception, call depth."""
    w_handled: W_Root | None
    depth: int
    interrupted: bool
    topframe: Frame | None
    gen_serial: int                  # generators created so far (for owned loops)

    def __init__(self) -> None:
        self.w_handled = None
        self.depth = 0
        self.interrupted = False
        self.topframe = None
        self.gen_serial = 0


class ObjSpace:
    w_None: W_NoneObject
    w_True: W_Bool
    w_False: W_Bool
    w_NotImplemented: W_NotImplementedObject
    w_Ellipsis: W_EllipsisObject

    w_object: W_Type
    w_type: W_Type
    w_NoneType: W_Type
    w_NotImplementedType: W_Type
    w_ellipsis: W_Type
    w_int: W_Type
    w_bool: W_Type
    w_float: W_Type
    w_str: W_Type
    w_bytes: W_Type
    w_list: W_Type
    w_tuple: W_Type
    w_dict: W_Type
    w_set: W_Type
    w_frozenset: W_Type
    w_range: W_Type
    w_slice: W_Type
    w_function: W_Type
    w_builtin_function: W_Type
    w_method: W_Type
    w_module: W_Type
    w_cell: W_Type
    w_code: W_Type
    w_property: W_Type
    w_getset: W_Type
    w_staticmethod: W_Type
    w_classmethod: W_Type
    w_super: W_Type
    w_iterator: W_Type
    w_generator: W_Type
    w_coroutine: W_Type
    w_async_generator: W_Type
    w_async_gen_awaitable: W_Type
    w_enumerate: W_Type
    w_zip: W_Type
    w_map: W_Type
    w_filter: W_Type
    w_dict_keys: W_Type
    w_dict_values: W_Type
    w_dict_items: W_Type
    w_file: W_Type

    exc_types: dict[str, W_Type]
    w_BaseException: W_Type
    w_Exception: W_Type
    w_TypeError: W_Type
    w_ValueError: W_Type
    w_IndexError: W_Type
    w_KeyError: W_Type
    w_AttributeError: W_Type
    w_NameError: W_Type
    w_UnboundLocalError: W_Type
    w_ZeroDivisionError: W_Type
    w_OverflowError: W_Type
    w_StopIteration: W_Type
    w_RuntimeError: W_Type
    w_RecursionError: W_Type
    w_AssertionError: W_Type
    w_SystemExit: W_Type
    w_KeyboardInterrupt: W_Type
    w_ImportError: W_Type
    w_ModuleNotFoundError: W_Type
    w_NotImplementedError: W_Type
    w_GeneratorExit: W_Type
    w_OSError: W_Type
    w_FileNotFoundError: W_Type
    w_UnicodeDecodeError: W_Type
    w_LookupError: W_Type
    w_SyntaxError: W_Type
    w_IndentationError: W_Type

    w_builtins: W_Module
    w_sys: W_Module
    w_modules: W_Dict
    ec: ExecutionContext
    recursion_limit: int
    int_max_str_digits: int    # CPython 3.11's limit on decimal int <-> str (0: none)
    argv: list[str]
    path: list[str]
    exit_code: int
    str_cache: dict[str, W_Str]
    small_ints: list[W_Int]
    w_stdout: W_Root | None
    w_stderr: W_Root | None
    code_cache: executor.CodeInfoCache
    w_builtins_dict: W_Dict
    main_dir: str
    ids: dict[W_Root, int]
    iter_types: dict[str, W_Type]

    def __init__(self, argv: list[str]) -> None:
        self.w_None = W_NoneObject()
        self.w_True = W_Bool(1)
        self.w_False = W_Bool(0)
        self.w_NotImplemented = W_NotImplementedObject()
        self.w_Ellipsis = W_EllipsisObject()
        self.ec = ExecutionContext()
        self.recursion_limit = 1000
        self.int_max_str_digits = 4300
        self.argv = argv
        self.path = []
        self.exit_code = 0
        self.str_cache = {}
        self.small_ints = [W_Int(i) for i in range(-5, 257)]
        self.exc_types = {}
        self.w_stdout = None
        self.w_stderr = None
        self.code_cache = executor.CodeInfoCache()
        self.main_dir = ""
        self.ids = {}
        self.iter_types = {}
        setup_types(self)
        self.w_modules = W_Dict()
        self.w_builtins_dict = W_Dict()
        self.w_builtins = setup_builtins(self)
        self.w_sys = make_sys(self)
        self.w_modules.setitem(self, self.newstr("builtins"), self.w_builtins)
        self.w_modules.setitem(self, self.newstr("sys"), self.w_sys)

    def make_builtin_module(self, name: str) -> W_Module | None:
        if name == "math":
            return make_math(self)
        if name == "_time":
            # lib/time.py adds struct_time, gmtime, strftime... on top
            return make_time(self)
        return None

    def sys_stdout(self) -> W_Root:
        w_out = self.w_sys.w_dict.lookup(self, self.newstr("stdout"))
        if w_out is None:
            raise self.error_runtime("lost sys.stdout")
        return w_out

    def sys_stderr(self) -> W_Root:
        w_err = self.w_sys.w_dict.lookup(self, self.newstr("stderr"))
        if w_err is None:
            raise self.error_runtime("lost sys.stderr")
        return w_err

    # ---------------------------------------------------------------- wrap
    def id_of(self, w: W_Root) -> int:
        """id(): a number per object, given out on first request."""
        i = self.ids.get(w, -1)
        if i < 0:
            i = 0x7f0000001000 + len(self.ids) * 16
            self.ids[w] = i
        return i

    def iterator_type(self, name: str) -> W_Type:
        """The type of a builtin iterator, made on first use."""
        w_t = self.iter_types.get(name)
        if w_t is None:
            w_t = W_Type(name, [self.w_object], dict(self.w_iterator.dict_w), True)
            w_t.mro = [w_t, self.w_object]
            w_t.mutated()
            self.iter_types[name] = w_t
        return w_t

    def newint(self, i: int) -> W_Int:
        if -5 <= i <= 256:
            return self.small_ints[i + 5]
        return W_Int(i)

    def newlong(self, b: BigInt) -> W_Root:
        if b.fits_int():
            return self.newint(b.to_int())
        return W_Long(b)

    def newbool(self, b: bool) -> W_Bool:
        return self.w_True if b else self.w_False

    def newfloat(self, f: float) -> W_Float:
        return W_Float(f)

    def newstr(self, s: str) -> W_Str:
        return W_Str(s)

    def newtext_cached(self, s: str) -> W_Str:
        w_s = self.str_cache.get(s)
        if w_s is None:
            w_s = W_Str(s)
            self.str_cache[s] = w_s
        return w_s

    def newbytes(self, s: str) -> W_Bytes:
        return W_Bytes(s)

    def newlist(self, items: list[W_Root]) -> W_List:
        return W_List(items)

    def newtuple(self, items: list[W_Root]) -> W_Tuple:
        return W_Tuple(items)

    def newdict(self) -> W_Dict:
        return W_Dict()

    def newset(self, items: list[W_Root]) -> W_Set:
        w_s = W_Set()
        for w_x in items:
            w_s.add(self, w_x)
        return w_s

    def is_none(self, w: W_Root) -> bool:
        return w is self.w_None

    # --------------------------------------------------------------- types
    def type(self, w: W_Root) -> W_Type:
        return w.getclass(self)

    def type_name(self, w: W_Root) -> str:
        return w.getclass(self).name

    def isinstance_w(self, w: W_Root, w_type: W_Type) -> bool:
        return w.getclass(self).is_subtype(w_type)

    def exception_match(self, w_exc: W_Root, w_type: W_Type) -> bool:
        return self.isinstance_w(w_exc, w_type)

    def base_value(self, w: W_Root) -> W_Root:
        """The builtin value of an instance of a subclass of a builtin type."""
        if isinstance(w, W_Object):
            w_b = w.w_base
            if w_b is not None:
                return w_b
        return w

    # -------------------------------------------------------------- errors
    def new_exception(self, w_type: W_Type, args_w: list[W_Root]) -> W_Object:
        w_exc = W_Object(w_type)
        w_exc.exc = ExcData(self.newtuple(args_w))
        return w_exc

    def error(self, w_type: W_Type, msg: str) -> OperationError:
        return OperationError(self.new_exception(w_type, [self.newstr(msg)]))

    def error_type(self, msg: str) -> OperationError:
        return self.error(self.w_TypeError, msg)

    def error_value(self, msg: str) -> OperationError:
        return self.error(self.w_ValueError, msg)

    def error_index(self, msg: str) -> OperationError:
        return self.error(self.w_IndexError, msg)

    def error_runtime(self, msg: str) -> OperationError:
        return self.error(self.w_RuntimeError, msg)

    def error_zero(self, msg: str) -> OperationError:
        return self.error(self.w_ZeroDivisionError, msg)

    def error_overflow(self, msg: str) -> OperationError:
        return self.error(self.w_OverflowError, msg)

    def error_key(self, w_key: W_Root) -> OperationError:
        return OperationError(self.new_exception(self.w_KeyError, [w_key]))

    def error_attr(self, w_obj: W_Root, name: str) -> OperationError:
        if isinstance(w_obj, W_Type):
            msg = "type object '%s' has no attribute '%s'" % (w_obj.name, name)
        elif isinstance(w_obj, W_Module):
            msg = "module '%s' has no attribute '%s'" % (w_obj.name, name)
        else:
            msg = "'%s' object has no attribute '%s'" % (self.type_name(w_obj), name)
        w_e = self.new_exception(self.w_AttributeError, [self.newstr(msg)])
        w_e.setdictvalue("name", self.newstr(name))
        w_e.setdictvalue("obj", w_obj)
        return OperationError(w_e)

    def error_stop_iteration(self, w_value: W_Root | None) -> OperationError:
        if w_value is None:
            return OperationError(self.new_exception(self.w_StopIteration, []))
        return OperationError(self.new_exception(self.w_StopIteration, [w_value]))

    def exc_data(self, w_exc: W_Root) -> ExcData:
        if isinstance(w_exc, W_Object):
            d = w_exc.exc
            if d is not None:
                return d
            d = ExcData(self.newtuple([]))
            w_exc.exc = d
            return d
        raise self.error_type("exceptions must derive from BaseException")

    def exc_args(self, w_exc: W_Root) -> list[W_Root]:
        w_args = self.exc_data(w_exc).w_args
        if isinstance(w_args, W_Tuple):
            return w_args.items
        return []

    # -------------------------------------------------------------- unwrap
    def int_w(self, w: W_Root) -> int:
        """A machine int from an int or an object with __index__."""
        if isinstance(w, W_Int):
            return w.intval
        if isinstance(w, W_Long):
            raise self.error_overflow("Python int too large to convert to C ssize_t")
        w_b = self.base_value(w)
        if isinstance(w_b, W_Int):
            return w_b.intval
        w_i = self.call_special(w, "__index__", [])
        if w_i is not None and isinstance(w_i, W_Int):
            return w_i.intval
        raise self.error_type("'%s' object cannot be interpreted as an integer" % self.type_name(w))

    def index_w(self, w: W_Root) -> W_Root:
        """An int object (W_Int or W_Long) via __index__."""
        if isinstance(w, W_Int) or isinstance(w, W_Long):
            return w
        w_b = self.base_value(w)
        if isinstance(w_b, W_Int) or isinstance(w_b, W_Long):
            return w_b
        w_i = self.call_special(w, "__index__", [])
        if w_i is not None and (isinstance(w_i, W_Int) or isinstance(w_i, W_Long)):
            return w_i
        raise self.error_type("'%s' object cannot be interpreted as an integer" % self.type_name(w))

    def str_w(self, w: W_Root) -> str:
        w_b = self.base_value(w)
        if isinstance(w_b, W_Str):
            return w_b.value
        raise self.error_type("expected str, got %s" % self.type_name(w))

    def float_w(self, w: W_Root) -> float:
        w_b = self.base_value(w)
        if isinstance(w_b, W_Float):
            return w_b.floatval
        if isinstance(w_b, W_Int):
            return float(w_b.intval)
        if isinstance(w_b, W_Long):
            try:
                return w_b.bigval.to_float()
            except OverflowError:
                raise self.error_overflow("int too large to convert to float")
        w_f = self.call_special(w, "__float__", [])
        if w_f is not None and isinstance(w_f, W_Float):
            return w_f.floatval
        w_i = self.call_special(w, "__index__", [])
        if w_i is not None:
            return self.float_w(w_i)
        raise self.error_type("must be real number, not %s" % self.type_name(w))

    def list_items(self, w: W_Root) -> list[W_Root]:
        """A fresh list of the items of any iterable."""
        w_b = self.base_value(w)
        if isinstance(w_b, W_List):
            return list(w_b.items)
        if isinstance(w_b, W_Tuple):
            return list(w_b.items)
        res: list[W_Root] = []
        w_it = self.iter(w)
        while True:
            w_x = self.next_or_none(w_it)
            if w_x is None:
                break
            res.append(w_x)
        return res

    def fixed_items(self, w: W_Root) -> list[W_Root]:
        """Items without copying when w is a tuple or list (do not mutate)."""
        if isinstance(w, W_Tuple):
            return w.items
        if isinstance(w, W_List):
            return w.items
        return self.list_items(w)

    # ---------------------------------------------------------- attributes
    def lookup(self, w_obj: W_Root, name: str) -> W_Root | None:
        return self.type(w_obj).lookup(name)

    def is_data_descr(self, w_descr: W_Root) -> bool:
        if isinstance(w_descr, W_Property) or isinstance(w_descr, W_GetSet):
            return True
        if isinstance(w_descr, W_Object):
            w_t = w_descr.w_class
            return w_t.lookup("__set__") is not None or w_t.lookup("__delete__") is not None
        return False

    def get_descr(self, w_descr: W_Root, w_obj: W_Root | None, w_type: W_Type) -> W_Root:
        """Apply the descriptor protocol: w_descr.__get__(w_obj, w_type)."""
        if isinstance(w_descr, W_Function):
            if w_obj is None:
                return w_descr
            return W_Method(w_descr, w_obj)
        if isinstance(w_descr, W_BuiltinFunction):
            if w_obj is None or w_descr.w_self is not None:
                return w_descr
            return W_Method(w_descr, w_obj)
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_func
        if isinstance(w_descr, W_ClassMethod):
            return W_Method(w_descr.w_func, w_type)
        if isinstance(w_descr, W_Property):
            if w_obj is None:
                return w_descr
            w_get = w_descr.w_fget
            if w_get is None:
                raise self.error(self.w_AttributeError, "property of '%s' object has no getter" % self.type_name(w_obj))
            return self.call_function(w_get, [w_obj])
        if isinstance(w_descr, W_GetSet):
            if w_obj is None:
                return w_descr
            return w_descr.fget(self, w_obj)
        if isinstance(w_descr, W_Object):
            w_get = w_descr.w_class.lookup("__get__")
            if w_get is not None:
                w_o: W_Root = self.w_None if w_obj is None else w_obj
                return self.call_function(w_get, [w_descr, w_o, w_type])
        return w_descr

    def getattr_or_none(self, w_obj: W_Root, name: str) -> W_Root | None:
        """obj.name, or None if AttributeError would be raised."""
        try:
            return self.getattr(w_obj, name)
        except OperationError as e:
            if self.exception_match(e.w_value, self.w_AttributeError):
                return None
            raise

    def getattr(self, w_obj: W_Root, name: str) -> W_Root:
        w_type = self.type(w_obj)
        if w_type.has_user_getattribute:
            w_ga = w_type.lookup("__getattribute__")
            assert w_ga is not None
            try:
                return self.call_function(w_ga, [w_obj, self.newstr(name)])
            except OperationError as e:
                if w_type.has_getattr and self.exception_match(e.w_value, self.w_AttributeError):
                    w_gattr = w_type.lookup("__getattr__")
                    assert w_gattr is not None
                    return self.call_function(w_gattr, [w_obj, self.newstr(name)])
                raise
        w_res = self.generic_getattr(w_obj, name)
        if w_res is not None:
            return w_res
        if w_type.has_getattr:
            w_gattr = w_type.lookup("__getattr__")
            if w_gattr is not None:
                return self.call_function(w_gattr, [w_obj, self.newstr(name)])
        raise self.error_attr(w_obj, name)

    def generic_getattr(self, w_obj: W_Root, name: str) -> W_Root | None:
        """object.__getattribute__ without the final AttributeError."""
        if isinstance(w_obj, W_Type):
            return self.type_getattr(w_obj, name)
        if isinstance(w_obj, W_Super):
            w_r = super_getattr(self, w_obj, name)
            if w_r is not None:
                return w_r
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None and self.is_data_descr(w_descr):
            return self.get_descr(w_descr, w_obj, w_type)
        if isinstance(w_obj, W_Object):
            w_v = w_obj.getdictvalue(name)
            if w_v is not None:
                return w_v
        elif isinstance(w_obj, W_Module):
            w_v = w_obj.w_dict.lookup(self, self.newstr(name))
            if w_v is not None:
                return w_v
        elif isinstance(w_obj, W_Function):
            w_v = self.function_attr(w_obj, name)
            if w_v is not None:
                return w_v
        if w_descr is not None:
            return self.get_descr(w_descr, w_obj, w_type)
        if isinstance(w_obj, W_Method):
            # a bound method reads the rest of its attributes from the
            # function (m.__doc__, attributes set by decorators)
            return self.generic_getattr(w_obj.w_func, name)
        return None

    def function_attr(self, w_func: W_Function, name: str) -> W_Root | None:
        if name == "__name__":
            return self.newstr(w_func.name)
        if name == "__qualname__":
            return self.newstr(w_func.qualname)
        if name == "__doc__":
            return w_func.w_doc if w_func.w_doc is not None else self.w_None
        if name == "__module__":
            return w_func.w_module if w_func.w_module is not None else self.w_None
        if name == "__defaults__":
            if len(w_func.defaults_w) == 0:
                return self.w_None
            return self.newtuple(list(w_func.defaults_w))
        if name == "__kwdefaults__":
            return w_func.w_kwdefaults if w_func.w_kwdefaults is not None else self.w_None
        if name == "__annotations__":
            if w_func.w_annotations is None:
                w_func.w_annotations = self.newdict()
            return w_func.w_annotations
        if name == "__globals__":
            return w_func.w_globals
        if name == "__dict__":
            w_d = self.newdict()
            for k in w_func.attrs:
                w_d.setitem(self, self.newstr(k), w_func.attrs[k])
            return w_d
        if name == "__closure__":
            if len(w_func.closure) == 0:
                return self.w_None
            cells: list[W_Root] = []
            for c in w_func.closure:
                cells.append(c)
            return self.newtuple(cells)
        return w_func.attrs.get(name)

    def type_getattr(self, w_type: W_Type, name: str) -> W_Root | None:
        w_meta = self.type(w_type)
        w_metadescr = w_meta.lookup(name)
        if w_metadescr is not None and self.is_data_descr(w_metadescr):
            return self.get_descr(w_metadescr, w_type, w_meta)
        w_v = w_type.lookup(name)
        if w_v is not None:
            return self.get_descr(w_v, None, w_type)
        if w_metadescr is not None:
            return self.get_descr(w_metadescr, w_type, w_meta)
        return None

    def setattr(self, w_obj: W_Root, name: str, w_value: W_Root) -> None:
        w_type = self.type(w_obj)
        w_setattr = w_type.lookup("__setattr__")
        if w_setattr is not None and not isinstance(w_setattr, W_BuiltinFunction):
            self.call_function(w_setattr, [w_obj, self.newstr(name), w_value])
            return
        self.generic_setattr(w_obj, name, w_value)

    def generic_setattr(self, w_obj: W_Root, name: str, w_value: W_Root) -> None:
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_Property):
                w_set = w_descr.w_fset
                if w_set is None:
                    raise self.error(self.w_AttributeError, "property '%s' of '%s' object has no setter" % (name, w_type.name))
                self.call_function(w_set, [w_obj, w_value])
                return
            if isinstance(w_descr, W_GetSet):
                fset = w_descr.fset
                if fset is None:
                    raise self.error(self.w_AttributeError, "attribute '%s' of '%s' objects is not writable" % (name, w_type.name))
                fset(self, w_obj, w_value)
                return
            if isinstance(w_descr, W_Object):
                w_set = w_descr.w_class.lookup("__set__")
                if w_set is not None:
                    self.call_function(w_set, [w_descr, w_obj, w_value])
                    return
        if isinstance(w_obj, W_Object):
            slots = w_type.slots
            if slots is not None and name not in slots:
                raise self.error(self.w_AttributeError, "'%s' object has no attribute '%s'" % (w_type.name, name))
            w_obj.setdictvalue(name, w_value)
            return
        if isinstance(w_obj, W_Type):
            if w_obj.is_builtin:
                raise self.error_type("cannot set '%s' attribute of immutable type '%s'" % (name, w_obj.name))
            w_obj.set_attr(name, w_value)
            if name == "__getattr__" or name == "__getattribute__":
                w_obj.mutated()
            return
        if isinstance(w_obj, W_Module):
            w_obj.w_dict.setitem(self, self.newstr(name), w_value)
            return
        if isinstance(w_obj, W_Function):
            if name == "__doc__":
                w_obj.w_doc = w_value
            elif name == "__name__":
                w_obj.name = self.str_w(w_value)
            elif name == "__qualname__":
                w_obj.qualname = self.str_w(w_value)
            elif name == "__module__":
                w_obj.w_module = w_value
            else:
                w_obj.attrs[name] = w_value
            return
        raise self.error(self.w_AttributeError, "'%s' object has no attribute '%s'" % (w_type.name, name))

    def delattr(self, w_obj: W_Root, name: str) -> None:
        w_type = self.type(w_obj)
        w_delattr = w_type.lookup("__delattr__")
        if w_delattr is not None and not isinstance(w_delattr, W_BuiltinFunction):
            self.call_function(w_delattr, [w_obj, self.newstr(name)])
            return
        self.generic_delattr(w_obj, name)

    def generic_delattr(self, w_obj: W_Root, name: str) -> None:
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_Property):
                w_del = w_descr.w_fdel
                if w_del is None:
                    raise self.error(self.w_AttributeError, "property '%s' of '%s' object has no deleter" % (name, w_type.name))
                self.call_function(w_del, [w_obj])
                return
            if isinstance(w_descr, W_Object):
                w_del = w_descr.w_class.lookup("__delete__")
                if w_del is not None:
                    self.call_function(w_del, [w_descr, w_obj])
                    return
        if isinstance(w_obj, W_Object):
            if w_obj.deldictvalue(name):
                return
        elif isinstance(w_obj, W_Type):
            if not w_obj.is_builtin and w_obj.del_attr(name):
                return
        elif isinstance(w_obj, W_Module):
            if w_obj.w_dict.delitem(self, self.newstr(name)) is not None:
                return
        elif isinstance(w_obj, W_Function):
            if name in w_obj.attrs:
                del w_obj.attrs[name]
                return
        raise self.error_attr(w_obj, name)

    # --------------------------------------------------------------- calls
    def call_function(self, w_callable: W_Root, args_w: list[W_Root]) -> W_Root:
        return self.call_args(w_callable, Args(args_w))

    def call_args(self, w_callable: W_Root, args: Args) -> W_Root:
        if isinstance(w_callable, W_Function):
            return self.call_user_function(w_callable, args)
        if isinstance(w_callable, W_Method):
            return self.call_args(w_callable.w_func, args.prepend(w_callable.w_self))
        if isinstance(w_callable, W_BuiltinFunction):
            w_self = w_callable.w_self
            if w_self is not None:
                args = args.prepend(w_self)
            args.data = w_callable.data
            return w_callable.fn(self, args)
        if isinstance(w_callable, W_Type):
            return self.call_type(w_callable, args)
        w_call = self.lookup(w_callable, "__call__")
        if w_call is None:
            raise self.error_type("'%s' object is not callable" % self.type_name(w_callable))
        return self.call_args(w_call, args.prepend(w_callable))

    def call_user_function(self, w_func: W_Function, args: Args) -> W_Root:
        return executor.call_function(self, w_func, args)

    # ------------------------------------------------------ interpreter glue
    def builtins_dict(self) -> W_Dict:
        return self.w_builtins_dict

    def lazy_builtin(self, name: str) -> W_Root | None:
        """Builtins written in Python (LAZY_BUILTINS): loaded from their
        lib module the first time a program names them."""
        modname = LAZY_BUILTINS.get(name, "")
        if modname == "":
            return None
        from interpreters.python.modules.importing import import_module
        w_mod = import_module(self, modname)
        # install every builtin the module provides (ExceptionGroup brings
        # BaseExceptionGroup, which the traceback printer looks for)
        for other in LAZY_BUILTINS:
            if LAZY_BUILTINS[other] == modname:
                self.w_builtins_dict.setitem(self, self.newstr(other), self.getattr(w_mod, other))
        return self.getattr(w_mod, name)

    def call_lib(self, modname: str, funcname: str, args_w: list[W_Root]) -> W_Root:
        """Call a function of one of the VM's Python library modules."""
        from interpreters.python.modules.importing import import_module
        w_mod = import_module(self, modname)
        return self.call_function(self.getattr(w_mod, funcname), args_w)

    def complex_type(self) -> W_Root:
        w_c = self.w_builtins_dict.lookup(self, self.newstr("complex"))
        if w_c is None:
            w_c = self.lazy_builtin("complex")
        assert w_c is not None
        return w_c

    def builtin_lookup(self, name: str) -> W_Root:
        w_v = self.w_builtins_dict.lookup(self, self.newstr(name))
        assert w_v is not None
        return w_v

    def displayhook(self, w_v: W_Root) -> None:
        if w_v is self.w_None:
            return
        self.w_builtins_dict.setitem(self, self.newstr("_"), self.w_None)
        self.write_stdout(self.repr_w(w_v) + "\n")
        self.w_builtins_dict.setitem(self, self.newstr("_"), w_v)

    def write_stdout(self, s: str) -> None:
        self.call_method(self.sys_stdout(), "write", [self.newstr(s)])

    def import_name(self, name: str, w_globals: W_Dict, w_fromlist: W_Root, level: int) -> W_Root:
        return importing.import_name(self, name, w_globals, w_fromlist, level)

    def import_from(self, w_mod: W_Root, name: str) -> W_Root:
        return importing.import_from(self, w_mod, name)

    def import_star(self, w_mod: W_Root, w_locals: W_Root) -> None:
        importing.import_star(self, w_mod, w_locals)

    def zero_arg_super(self) -> W_Root:
        frame = self.ec.topframe
        if frame is None:
            raise self.error_runtime("super(): no arguments")
        code = frame.code
        w_class: W_Root | None = None
        i = 0
        ncell = len(code.cellvars)
        while i < ncell + len(code.freevars):
            if code.cell_name(i) == "__class__":
                w_class = frame.cells[i].w_value
            i += 1
        if w_class is None or not isinstance(w_class, W_Type):
            raise self.error_runtime("super(): __class__ cell not found")
        if code.argcount == 0:
            raise self.error_runtime("super(): no arguments")
        w_obj = frame.fastlocals[0]
        first = code.varnames[0]
        j = 0
        while j < ncell:
            if code.cellvars[j] == first:
                w_c = frame.cells[j].w_value
                if w_c is not None:
                    w_obj = w_c
            j += 1
        if w_obj is None:
            raise self.error_runtime("super(): arg[0] deleted")
        return make_super(self, w_class, w_obj)

    def newlong_from_float(self, f: float) -> W_Root:
        from interpreters.python.objspace.nummethods import float_to_int
        return float_to_int(self, f)

    def index_or_int(self, w: W_Root, conv: str) -> W_Root:
        w_b = self.base_value(w)
        if isinstance(w_b, W_Float):
            return self.newlong_from_float(w_b.floatval)
        if self.lookup(w, "__index__") is not None or self.lookup(w, "__int__") is not None:
            w_r = self.call_special(w, "__index__", [])
            if w_r is None:
                w_r = self.call_special(w, "__int__", [])
            assert w_r is not None
            return w_r
        raise self.error_type("%%%s format: a real number is required, not %s" % (conv, self.type_name(w)))

    def call_type(self, w_type: W_Type, args: Args) -> W_Root:
        if w_type is self.w_type and len(args.pos) == 1 and not args.has_kw():
            return self.type(args.pos[0])
        w_meta = self.type(w_type)
        if w_meta is not self.w_type:
            w_call = w_meta.lookup("__call__")
            if w_call is not None and not isinstance(w_call, W_BuiltinFunction):
                return self.call_args(w_call, args.prepend(w_type))
        return self.type_call_default(w_type, args)

    def type_call_default(self, w_type: W_Type, args: Args) -> W_Root:
        w_new = w_type.lookup("__new__")
        assert w_new is not None
        if isinstance(w_new, W_StaticMethod):
            w_new = w_new.w_func
        w_obj = self.call_args(w_new, args.prepend(w_type))
        if not self.type(w_obj).is_subtype(w_type):
            return w_obj
        w_init = self.type(w_obj).lookup("__init__")
        if w_init is not None and not (isinstance(w_init, W_BuiltinFunction) and w_init.name == "object.__init__"):
            w_res = self.call_args(self.get_descr(w_init, w_obj, w_type), args)
            if w_res is not self.w_None:
                raise self.error_type("__init__() should return None, not '%s'" % self.type_name(w_res))
        return w_obj

    def call_method(self, w_obj: W_Root, name: str, args_w: list[W_Root]) -> W_Root:
        return self.call_function(self.getattr(w_obj, name), args_w)

    def call_special(self, w_obj: W_Root, name: str, args_w: list[W_Root]) -> W_Root | None:
        """Call type(w_obj).name(w_obj, *args); None if the type lacks it."""
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is None:
            return None
        if isinstance(w_descr, W_Function) or isinstance(w_descr, W_BuiltinFunction):
            return self.call_args(w_descr, Args([w_obj] + args_w))
        return self.call_function(self.get_descr(w_descr, w_obj, w_type), args_w)

    # ------------------------------------------------------------ protocols
    def is_true(self, w: W_Root) -> bool:
        if isinstance(w, W_Int):
            return w.intval != 0
        if w is self.w_None:
            return False
        if isinstance(w, W_Str):
            return len(w.value) > 0
        if isinstance(w, W_List):
            return len(w.items) > 0
        if isinstance(w, W_Tuple):
            return len(w.items) > 0
        if isinstance(w, W_Dict):
            return w.used > 0
        if isinstance(w, W_Float):
            return w.floatval != 0.0
        if isinstance(w, W_Long):
            return True
        if isinstance(w, W_BaseSet):
            return w.used > 0
        w_type = self.type(w)
        w_bool = w_type.lookup("__bool__")
        if w_bool is not None:
            w_res = self.call_special(w, "__bool__", [])
            assert w_res is not None
            if isinstance(w_res, W_Bool):
                return w_res.intval != 0
            raise self.error_type("__bool__ should return bool, returned %s" % self.type_name(w_res))
        w_len = w_type.lookup("__len__")
        if w_len is not None:
            return self.len_w(w) != 0
        return True

    def len_w(self, w: W_Root) -> int:
        if isinstance(w, W_List):
            return len(w.items)
        if isinstance(w, W_Str):
            return len(w.value)
        if isinstance(w, W_Tuple):
            return len(w.items)
        if isinstance(w, W_Dict):
            return w.used
        w_res = self.call_special(w, "__len__", [])
        if w_res is None:
            raise self.error_type("object of type '%s' has no len()" % self.type_name(w))
        if isinstance(w_res, W_Int):
            if w_res.intval < 0:
                raise self.error_value("__len__() should return >= 0")
            return w_res.intval
        raise self.error_type("'%s' object cannot be interpreted as an integer" % self.type_name(w_res))

    def iter(self, w: W_Root) -> W_Root:
        if isinstance(w, W_List):
            it = W_SeqIter(w)
            it.name = "list_iterator"
            return it
        if isinstance(w, W_Tuple):
            it = W_SeqIter(w)
            it.name = "tuple_iterator"
            return it
        if isinstance(w, W_Str):
            it = W_SeqIter(w)
            it.name = "str_ascii_iterator" if is_ascii(w.value) else "str_iterator"
            return it
        if isinstance(w, W_Range):
            return W_RangeIter(w.start, w.step, w.length)
        if isinstance(w, W_Dict):
            return W_DictIter(w, 0)
        if isinstance(w, W_BaseSet):
            return W_ListIterOver(w.elements(), w)
        if isinstance(w, W_Iterator):
            return w
        w_res = self.call_special(w, "__iter__", [])
        if w_res is None:
            if self.lookup(w, "__getitem__") is not None:
                return W_SeqIter(w)
            raise self.error_type("'%s' object is not iterable" % self.type_name(w))
        if self.lookup(w_res, "__next__") is None:
            raise self.error_type("iter() returned non-iterator of type '%s'" % self.type_name(w_res))
        return w_res

    def next_or_none(self, w_it: W_Root) -> W_Root | None:
        """next(it), or None at StopIteration."""
        if isinstance(w_it, W_Iterator):
            return w_it.next_w(self)
        try:
            w_res = self.call_special(w_it, "__next__", [])
        except OperationError as e:
            if self.exception_match(e.w_value, self.w_StopIteration):
                return None
            raise
        if w_res is None:
            raise self.error_type("'%s' object is not an iterator" % self.type_name(w_it))
        return w_res

    def seq_item_or_none(self, w_seq: W_Root, i: int) -> W_Root | None:
        """w_seq[i] for the sequence iterator; None past the end."""
        if isinstance(w_seq, W_List):
            if i < len(w_seq.items):
                return w_seq.items[i]
            return None
        if isinstance(w_seq, W_Tuple):
            if i < len(w_seq.items):
                return w_seq.items[i]
            return None
        if isinstance(w_seq, W_Str):
            if i < len(w_seq.value):
                return self.newstr(w_seq.value[i])
            return None
        try:
            return self.getitem(w_seq, self.newint(i))
        except OperationError as e:
            if self.exception_match(e.w_value, self.w_IndexError) or self.exception_match(e.w_value, self.w_StopIteration):
                return None
            raise

    def hash_w(self, w: W_Root) -> int:
        if isinstance(w, W_Str):
            h = w.hash_cache
            if h == -1:
                h = str_hash(w.value)
                w.hash_cache = h
            return h
        if isinstance(w, W_Int):
            return int_hash(w.intval)
        if isinstance(w, W_Tuple):
            return self.tuple_hash(w.items)
        if isinstance(w, W_Float):
            return float_hash(w.floatval)
        if isinstance(w, W_Long):
            return w.bigval.hash()
        w_type = self.type(w)
        w_h = w_type.lookup("__hash__")
        if w_h is None or w_h is self.w_None:
            raise self.error_type("unhashable type: '%s'" % w_type.name)
        w_res = self.call_special(w, "__hash__", [])
        assert w_res is not None
        if isinstance(w_res, W_Int):
            # CPython keeps a __hash__ result that fits a machine word as
            # it is (only -1 is reserved); bigger ints are hashed again
            return -2 if w_res.intval == -1 else w_res.intval
        if isinstance(w_res, W_Long):
            return w_res.bigval.hash()
        raise self.error_type("__hash__ method should return an integer")

    def tuple_hash(self, items: list[W_Root]) -> int:
        return tuple_hash_of(self, items)

    def eq_w(self, w_a: W_Root, w_b: W_Root) -> bool:
        if w_a is w_b:
            return True
        if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
            return w_a.value == w_b.value
        if type(w_a) is W_Int and type(w_b) is W_Int:
            return w_a.intval == w_b.intval
        return self.is_true(self.compare(w_a, w_b, 2))

    def compare(self, w_a: W_Root, w_b: W_Root, op: int) -> W_Root:
        return rich_compare(self, w_a, w_b, op)

    def getitem(self, w_obj: W_Root, w_key: W_Root) -> W_Root:
        if isinstance(w_obj, W_List) and isinstance(w_key, W_Int):
            i = w_key.intval
            n = len(w_obj.items)
            if i < 0:
                i += n
            if i < 0 or i >= n:
                raise self.error_index("list index out of range")
            return w_obj.items[i]
        if isinstance(w_obj, W_Dict):
            w_v = w_obj.lookup(self, w_key)
            if w_v is not None:
                return w_v
        w_res = self.call_special(w_obj, "__getitem__", [w_key])
        if w_res is None:
            if isinstance(w_obj, W_Type):
                w_cg = w_obj.lookup("__class_getitem__")
                if w_cg is not None:
                    return self.call_function(self.get_descr(w_cg, None, w_obj), [w_key])
                if w_obj.is_builtin:
                    if w_obj.name in GENERIC_BUILTINS:
                        # list[int]: a types.GenericAlias, as in CPython
                        return self.call_lib("_genericalias", "generic_alias", [w_obj, w_key])
                    raise self.error_type("type '%s' is not subscriptable" % w_obj.name)
            raise self.error_type("'%s' object is not subscriptable" % self.type_name(w_obj))
        return w_res

    def setitem(self, w_obj: W_Root, w_key: W_Root, w_value: W_Root) -> None:
        if isinstance(w_obj, W_List) and isinstance(w_key, W_Int):
            i = w_key.intval
            n = len(w_obj.items)
            if i < 0:
                i += n
            if i < 0 or i >= n:
                raise self.error_index("list assignment index out of range")
            w_obj.items[i] = w_value
            return
        if isinstance(w_obj, W_Dict):
            w_obj.setitem(self, w_key, w_value)
            return
        w_res = self.call_special(w_obj, "__setitem__", [w_key, w_value])
        if w_res is None:
            raise self.error_type("'%s' object does not support item assignment" % self.type_name(w_obj))

    def delitem(self, w_obj: W_Root, w_key: W_Root) -> None:
        w_res = self.call_special(w_obj, "__delitem__", [w_key])
        if w_res is None:
            raise self.error_type("'%s' object does not support item deletion" % self.type_name(w_obj))

    def contains(self, w_container: W_Root, w_item: W_Root) -> bool:
        if isinstance(w_container, W_Dict):
            return w_container.lookup(self, w_item) is not None
        if isinstance(w_container, W_BaseSet):
            return w_container.contains(self, w_item)
        if isinstance(w_container, W_List) or isinstance(w_container, W_Tuple):
            for w_x in self.fixed_items(w_container):
                if self.eq_w(w_x, w_item):
                    return True
            return False
        w_res = self.call_special(w_container, "__contains__", [w_item])
        if w_res is not None:
            return self.is_true(w_res)
        w_it = self.iter(w_container)
        while True:
            w_x = self.next_or_none(w_it)
            if w_x is None:
                return False
            if self.eq_w(w_x, w_item):
                return True

    def repr_w(self, w: W_Root) -> str:
        if isinstance(w, W_Str):
            return str_repr(w.value)
        if type(w) is W_Int:
            return str(w.intval)
        w_res = self.call_special(w, "__repr__", [])
        if w_res is None:
            return "<object>"
        if isinstance(w_res, W_Str):
            return w_res.value
        raise self.error_type("__repr__ returned non-string (type %s)" % self.type_name(w_res))

    def repr(self, w: W_Root) -> W_Str:
        return self.newstr(self.repr_w(w))

    def str_w_of(self, w: W_Root) -> str:
        """str(w) as a host string."""
        if isinstance(w, W_Str):
            return w.value
        if type(w) is W_Int:
            return str(w.intval)
        w_res = self.call_special(w, "__str__", [])
        if w_res is None:
            return self.repr_w(w)
        w_b = self.base_value(w_res)
        if isinstance(w_b, W_Str):
            return w_b.value
        raise self.error_type("__str__ returned non-string (type %s)" % self.type_name(w_res))

    def str(self, w: W_Root) -> W_Str:
        if isinstance(w, W_Str):
            return w
        return self.newstr(self.str_w_of(w))

    def format(self, w: W_Root, spec: str) -> str:
        w_res = self.call_special(w, "__format__", [self.newstr(spec)])
        if w_res is None or not isinstance(w_res, W_Str):
            raise self.error_type("__format__ must return a str")
        return w_res.value

    # ------------------------------------------------------------- helpers
    def wrap_str_list(self, items: list[str]) -> W_List:
        res: list[W_Root] = []
        for s in items:
            res.append(self.newstr(s))
        return W_List(res)

    def builtin_function(self, name: str, fn: Callable[[ObjSpace, Args], W_Root]) -> W_BuiltinFunction:
        return W_BuiltinFunction(name, fn)

    def new_cell(self) -> W_Cell:
        return W_Cell(None)

    def abstract_issubclass(self, w_sub: W_Root, w_cls: W_Root) -> bool:
        if isinstance(w_cls, W_Tuple):
            for w_c in w_cls.items:
                if self.abstract_issubclass(w_sub, w_c):
                    return True
            return False
        if not isinstance(w_cls, W_Type):
            # any object whose type defines __subclasscheck__ (int | str)
            w_sc = self.type(w_cls).lookup("__subclasscheck__")
            if w_sc is not None and not isinstance(w_sc, W_BuiltinFunction):
                return self.is_true(self.call_function(w_sc, [w_cls, w_sub]))
            raise self.error_type("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        if not isinstance(w_sub, W_Type):
            raise self.error_type("issubclass() arg 1 must be a class")
        w_check = self.type(w_cls).lookup("__subclasscheck__")
        if w_check is not None and not isinstance(w_check, W_BuiltinFunction):
            return self.is_true(self.call_function(w_check, [w_cls, w_sub]))
        return w_sub.is_subtype(w_cls)

    def abstract_isinstance(self, w_obj: W_Root, w_cls: W_Root) -> bool:
        if isinstance(w_cls, W_Type):
            if self.type(w_obj).is_subtype(w_cls):
                return True
            w_check = self.type(w_cls).lookup("__instancecheck__")
            if w_check is not None and not isinstance(w_check, W_BuiltinFunction):
                return self.is_true(self.call_function(w_check, [w_cls, w_obj]))
            return False
        if isinstance(w_cls, W_Tuple):
            for w_c in w_cls.items:
                if self.abstract_isinstance(w_obj, w_c):
                    return True
            return False
        # any object whose type defines __instancecheck__ (int | None)
        w_ic = self.type(w_cls).lookup("__instancecheck__")
        if w_ic is not None and not isinstance(w_ic, W_BuiltinFunction):
            return self.is_true(self.call_function(w_ic, [w_cls, w_obj]))
        raise self.error_type("isinstance() arg 2 must be a type, a tuple of types, or a union")

    def check_interrupt(self) -> None:
        if self.ec.interrupted:
            self.ec.interrupted = False
            raise OperationError(self.new_exception(self.w_KeyboardInterrupt, []))


def is_ascii(s: str) -> bool:
    for c in s:
        if ord(c) >= 128:
            return False
    return True


# ---------------------------------------------------------------- hashing
HASH_MODULUS = (1 << 61) - 1
_MININT_HASH = -((1 << 63) % HASH_MODULUS)


def int_hash(i: int) -> int:
    """CPython's hash of an int (value modulo 2**61 - 1, -1 becomes -2)."""
    if i >= 0:
        h = i % HASH_MODULUS
    elif i == MININT:
        h = _MININT_HASH
    else:
        h = -((-i) % HASH_MODULUS)
    if h == -1:
        h = -2
    return h


# r_uint: the lanes wrap modulo 2**64 in translated code as on the host
# (plain ints would raise OverflowError in a translated VM)
_XXPRIME_1 = r_uint(11400714785074694791)
_XXPRIME_2 = r_uint(14029467366897019727)
_XXPRIME_5 = r_uint(2870177450012600261)


def tuple_hash_of(space: ObjSpace, items: list[W_Root]) -> int:
    """CPython 3.11's tuple hash (xxHash-based), so that sets of tuples
    iterate in CPython's order."""
    acc = _XXPRIME_5
    for w_x in items:
        lane = r_uint(space.hash_w(w_x))
        acc = acc + lane * _XXPRIME_2
        acc = (acc << 31) | (acc >> 33)
        acc = acc * _XXPRIME_1
    acc = acc + (r_uint(len(items)) ^ (_XXPRIME_5 ^ r_uint(3527539)))
    if acc == r_uint(-1):
        return 1546275796
    return intmask(acc)
