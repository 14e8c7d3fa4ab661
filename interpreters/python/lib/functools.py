"""functools: reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering."""

_missing = object()


def reduce(function, iterable, initial=_missing):
    it = iter(iterable)
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + ["%s=%r" % kv for kv in self.keywords.items()]
        return "functools.partial(%s)" % ", ".join(parts)


WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned)


from collections import namedtuple as _namedtuple
_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _LruWrapper:
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self.func = func
        self.maxsize = maxsize
        self.cache = {}
        self.hits = 0
        self.misses = 0
        update_wrapper(self, func)

    def __call__(self, *args, **kwargs):
        key = args
        if kwargs:
            key = args + (_missing,) + tuple(sorted(kwargs.items()))
        if key in self.cache:
            self.hits += 1
            value = self.cache.pop(key)
            self.cache[key] = value
            return value
        self.misses += 1
        value = self.func(*args, **kwargs)
        self.cache[key] = value
        if self.maxsize is not None and len(self.cache) > self.maxsize:
            del self.cache[next(iter(self.cache))]
        return value

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        return _CacheInfo(self.hits, self.misses, self.maxsize, len(self.cache))

    def cache_clear(self):
        self.cache = {}
        self.hits = 0
        self.misses = 0


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _LruWrapper(maxsize, 128, False)

    def decorating(func):
        return _LruWrapper(func, maxsize, typed)
    return decorating


def cache(func):
    return _LruWrapper(func, None, False)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K


def _from_lt_gt(self, other):
    # derived methods call the root method itself (not the operator), so a
    # subclass's reflected method is not tried first and cannot recurse
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (not r and self != other)


def _from_lt_le(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (r or self == other)


def _from_lt_ge(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r


def _from_le_ge(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (not r or self == other)


def _from_le_lt(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (r and self != other)


def _from_le_gt(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r


def _from_gt_lt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (not r and self != other)


def _from_gt_ge(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (r or self == other)


def _from_gt_le(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r


def _from_ge_le(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (not r or self == other)


def _from_ge_gt(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (r and self != other)


def _from_ge_lt(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r


_ORDER_FILL = {
    "__lt__": [("__gt__", _from_lt_gt), ("__le__", _from_lt_le), ("__ge__", _from_lt_ge)],
    "__le__": [("__ge__", _from_le_ge), ("__lt__", _from_le_lt), ("__gt__", _from_le_gt)],
    "__gt__": [("__lt__", _from_gt_lt), ("__ge__", _from_gt_ge), ("__le__", _from_gt_le)],
    "__ge__": [("__le__", _from_ge_le), ("__gt__", _from_ge_gt), ("__lt__", _from_ge_lt)],
}


def total_ordering(cls):
    # the root is the first ordering method the class defines itself
    # (not one inherited from object)
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    for name, fn in _ORDER_FILL[roots[0]]:
        if name not in roots:
            setattr(cls, name, fn)
    return cls


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value


def singledispatch(func):
    """Dispatch on the type of the first argument: the implementation
    registered for the nearest class in its MRO (func for object)."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, impl=None):
        if impl is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            # @register with an annotated first parameter
            impl = cls
            annotations = getattr(impl, "__annotations__", {})
            params = [k for k in annotations if k != "return"]
            if not params:
                raise TypeError("Invalid first argument to `register()`: %r. Use either "
                                "`@register(some_class)` or plain `@register` on an "
                                "annotated function." % (impl,))
            cls = annotations[params[0]]
            if hasattr(cls, "__args__") and not isinstance(cls, type):
                for c in cls.__args__:
                    registry[c] = impl
                return impl
        registry[cls] = impl
        return impl

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % getattr(func, "__name__", "singledispatch function"))
        return dispatch(args[0].__class__)(*args, **kwargs)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatch on the first argument after self."""

    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def method(*args, **kwargs):
            impl = self.dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        method.register = self.register
        update_wrapper(method, self.func)
        return method
