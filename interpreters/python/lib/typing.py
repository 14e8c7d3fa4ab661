"""typing: the names programs import for annotations (no checking)."""
TYPE_CHECKING = False


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        if args:
            return args[0]
        return None

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
Type = _Special("Type")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
NoReturn = _Special("NoReturn")
DefaultDict = _Special("DefaultDict")
Deque = _Special("Deque")
Counter = _Special("Counter")
for _name in ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
              "Hashable", "Sized", "Collection", "Container", "Reversible",
              "MutableSequence", "MutableSet", "AbstractSet", "KeysView", "ItemsView",
              "ValuesView", "OrderedDict", "ChainMap", "AnyStr", "SupportsInt",
              "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound",
              "Annotated", "TypeAlias", "Concatenate", "Self", "LiteralString", "Never",
              "Required", "NotRequired", "Unpack", "TypeGuard", "IO", "TextIO", "BinaryIO",
              "Pattern", "Match", "ContextManager", "AsyncContextManager"]:
    globals()[_name] = _Special(_name)
Text = str


def ParamSpec(name, **kwargs):
    return _Special(name)


def TypeVarTuple(name):
    return _Special(name)


def runtime_checkable(cls):
    return cls


def no_type_check(f):
    return f


def reveal_type(obj):
    return obj


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def dataclass_transform(**kwargs):
    return lambda f: f


def get_origin(tp):
    return None


def get_args(tp):
    return ()


class _TypedDictMeta(type):
    # TypedDict classes only annotate: calling one makes a plain dict
    def __new__(mcls, name, bases, ns, total=True):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, total=True):
        type.__init__(cls, name, bases, ns)
        cls.__total__ = total

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_root"):
            # the functional form: TypedDict("Name", {"field": type})
            fields = args[1] if len(args) > 1 else kwargs
            return _TypedDictMeta(args[0], (dict,), {"__annotations__": dict(fields)})
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    _is_root = True


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol:
    def __class_getitem__(cls, params):
        return cls


def TypeVar(name, *constraints, **kwargs):
    return _Special(name)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def NewType(name, tp):
    return lambda x: x


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


class _NamedTupleMeta(type):
    # `class P(NamedTuple): x: int = 0` becomes a collections.namedtuple
    # carrying the class body's methods
    def __new__(mcls, typename, bases, ns):
        if ns.get("_is_root"):
            return super().__new__(mcls, typename, bases, ns)
        from collections import namedtuple
        fields = list(ns.get("__annotations__", {}))
        defaults = [ns[f] for f in fields if f in ns]
        nt = namedtuple(typename, fields, defaults=defaults or None)
        for key, value in ns.items():
            if key in fields or key in ("__module__", "__qualname__", "__annotations__", "__doc__"):
                continue
            setattr(nt, key, value)
        return nt

    def __call__(cls, typename, fields=None, **kwargs):
        from collections import namedtuple
        if fields is None:
            fields = list(kwargs.items())
        return namedtuple(typename, [f[0] for f in fields])


class NamedTuple(metaclass=_NamedTupleMeta):
    _is_root = True
