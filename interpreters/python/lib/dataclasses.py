"""dataclasses: @dataclass generating __init__, __repr__, __eq__ (and order)."""
MISSING = object()


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, hash=None, metadata=None, kw_only=False):
    return Field(default, default_factory, init, repr, compare)


class FrozenInstanceError(AttributeError):
    pass


def _collect_fields(cls):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name in annotations:
        ann = annotations[name]
        if "ClassVar" in repr(ann):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default)
        f.name = name
        if f.default is not MISSING:
            setattr(cls, name, f.default)
        elif isinstance(default, Field):
            try:
                delattr(cls, name)
            except AttributeError:
                pass
        fields[name] = f
    return list(fields.values())


def _quoted_names(names):
    # CPython's argument-error wording: 'a', 'a' and 'b', 'a', 'b', and 'c'
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(fields, frozen, qualname="__init__"):
    def __init__(self, *args, **kwargs):
        init_fields = [f for f in fields if f.init]
        if len(args) > len(init_fields):
            required = len([f for f in init_fields
                            if f.default is MISSING and f.default_factory is MISSING])
            if required == len(init_fields):
                takes = "%d positional argument%s" % (required + 1, "" if required == 0 else "s")
            else:
                takes = "from %d to %d positional arguments" % (required + 1, len(init_fields) + 1)
            raise TypeError("%s() takes %s but %d were given" % (qualname, takes, len(args) + 1))
        missing = []
        for i, f in enumerate(init_fields):
            if i < len(args):
                value = args[i]
                if f.name in kwargs:
                    raise TypeError("%s() got multiple values for argument '%s'" % (qualname, f.name))
            elif f.name in kwargs:
                value = kwargs.pop(f.name)
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                missing.append(f.name)
                continue
            object.__setattr__(self, f.name, value)
        if kwargs:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, list(kwargs)[0]))
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s" % (
                qualname, len(missing), "" if len(missing) == 1 else "s", _quoted_names(missing)))
        for f in fields:
            if not f.init:
                if f.default_factory is not MISSING:
                    object.__setattr__(self, f.name, f.default_factory())
                elif f.default is not MISSING:
                    object.__setattr__(self, f.name, f.default)
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post()
    return __init__


_HAS_DEFAULT_FACTORY = object()


def _make_init_source(cls, fields, frozen):
    """__init__ compiled from generated source laid out line for line as
    CPython's, so a traceback through it shows the same "<string>" frame."""
    params, body = [], []
    values = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
              "__dataclass_builtins_object__": object}
    for f in fields:
        dflt = "__dataclass_dflt_%s__" % f.name
        if f.init:
            if f.default is not MISSING:
                params.append("%s=%s" % (f.name, dflt))
                values[dflt] = f.default
            elif f.default_factory is not MISSING:
                params.append("%s=__dataclass_HAS_DEFAULT_FACTORY__" % f.name)
                values[dflt] = f.default_factory
            else:
                params.append(f.name)
        if f.default_factory is not MISSING:
            values[dflt] = f.default_factory
            if f.init:
                value = "%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s" % (dflt, f.name, f.name)
            else:
                value = "%s()" % dflt
        elif f.init:
            value = f.name
        else:
            # init=False with a plain default: the class attribute serves
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(self,%r,%s)" % (f.name, value))
        else:
            body.append("self.%s=%s" % (f.name, value))
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    if not body:
        body.append("pass")
    names = list(values)
    txt = " def __init__(%s):\n%s" % (", ".join(["self"] + params), "\n".join("  " + b for b in body))
    txt = "def __create_fn__(%s):\n%s\n return __init__" % (", ".join(names), txt)
    ns = {}
    exec(txt, {}, ns)
    fn = ns["__create_fn__"](*[values[n] for n in names])
    fn.__qualname__ = cls.__qualname__ + ".__init__"
    return fn


def _make_frozen_method(cls, fields, method, params, verb):
    """A frozen class's __setattr__/__delattr__, from source laid out as
    CPython's (the raise is line 4 of "<string>" in a traceback)."""
    names = tuple(f.name for f in fields)
    txt = ("def __create_fn__(cls, FrozenInstanceError):\n"
           " def %s(self, %s):\n"
           "  if type(self) is cls or name in %r:\n"
           "   raise FrozenInstanceError(f\"cannot %s field {name!r}\")\n"
           "  super(cls, self).%s(%s)\n"
           " return %s" % (method, params, names, verb, method, params, method))
    ns = {}
    exec(txt, {}, ns)
    fn = ns["__create_fn__"](cls, FrozenInstanceError)
    fn.__qualname__ = cls.__qualname__ + "." + method
    return fn


def _tuple_of(self, fields):
    return tuple(getattr(self, f.name) for f in fields if f.compare)


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, frozen=False, unsafe_hash=False, slots=False, kw_only=False):
    def wrap(cls):
        fields = _collect_fields(cls)
        cls.__dataclass_fields__ = {f.name: f for f in fields}
        if init and "__init__" not in cls.__dict__:
            try:
                cls.__init__ = _make_init_source(cls, fields, frozen)
            except SyntaxError:
                cls.__init__ = _make_init(fields, frozen, cls.__qualname__ + ".__init__")
        if repr and "__repr__" not in cls.__dict__:
            def __repr__(self):
                return "%s(%s)" % (type(self).__qualname__, ", ".join(
                    "%s=%r" % (f.name, getattr(self, f.name)) for f in fields if f.repr))
            cls.__repr__ = __repr__
        if eq and "__eq__" not in cls.__dict__:
            def __eq__(self, other):
                if other.__class__ is not self.__class__:
                    return NotImplemented
                return _tuple_of(self, fields) == _tuple_of(other, fields)
            cls.__eq__ = __eq__
            if not frozen and not unsafe_hash:
                cls.__hash__ = None
        if frozen or unsafe_hash:
            def __hash__(self):
                return hash(_tuple_of(self, fields))
            cls.__hash__ = __hash__
        if frozen:
            cls.__setattr__ = _make_frozen_method(cls, fields, "__setattr__", "name, value", "assign to")
            cls.__delattr__ = _make_frozen_method(cls, fields, "__delattr__", "name", "delete")
        if order:
            def __lt__(self, other):
                if other.__class__ is not self.__class__:
                    return NotImplemented
                return _tuple_of(self, fields) < _tuple_of(other, fields)
            def __le__(self, other):
                if other.__class__ is not self.__class__:
                    return NotImplemented
                return _tuple_of(self, fields) <= _tuple_of(other, fields)
            def __gt__(self, other):
                if other.__class__ is not self.__class__:
                    return NotImplemented
                return _tuple_of(self, fields) > _tuple_of(other, fields)
            def __ge__(self, other):
                if other.__class__ is not self.__class__:
                    return NotImplemented
                return _tuple_of(self, fields) >= _tuple_of(other, fields)
            cls.__lt__ = __lt__
            cls.__le__ = __le__
            cls.__gt__ = __gt__
            cls.__ge__ = __ge__
        cls.__match_args__ = tuple(f.name for f in fields if f.init)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def fields(obj):
    return tuple(obj.__dataclass_fields__.values())


def asdict(obj):
    result = {}
    for f in obj.__dataclass_fields__.values():
        value = getattr(obj, f.name)
        if hasattr(value, "__dataclass_fields__"):
            value = asdict(value)
        elif isinstance(value, list):
            value = [asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
        result[f.name] = value
    return result


def astuple(obj):
    return tuple(getattr(obj, f.name) for f in obj.__dataclass_fields__.values())


def replace(obj, **changes):
    kwargs = {f.name: getattr(obj, f.name) for f in obj.__dataclass_fields__.values() if f.init}
    kwargs.update(changes)
    return obj.__class__(**kwargs)


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")
