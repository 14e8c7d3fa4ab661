"""Runtime objects of annotations, written in Python for this VM:
`list[int]` (GenericAlias) and `int | None` (UnionType).  The VM calls
generic_alias() when a builtin generic type is subscripted and union()
for `|` between types."""


def _type_repr(obj):
    if obj is None or obj is type(None):
        return "None"
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        module = obj.__dict__.get("__module__", "builtins")
        if not isinstance(module, str) or module == "builtins":
            return obj.__qualname__
        return "%s.%s" % (module, obj.__qualname__)
    return repr(obj)


def _as_type(arg):
    return type(None) if arg is None else arg


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        if len(self.__args__) == 0:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return "%s[%s]" % (_type_repr(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, args):
        return GenericAlias(self.__origin__, args)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def union(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for item in (x.__args__ if isinstance(x, UnionType) else (_as_type(x),)):
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def generic_alias(origin, args):
    return GenericAlias(origin, args)
