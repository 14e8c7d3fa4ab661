"""The builtins aiter() and anext(), written in Python for this VM (loaded
on first use through ObjSpace.lazy_builtin)."""

_MISSING = object()


def aiter(obj):
    method = getattr(type(obj), "__aiter__", None)
    if method is None:
        raise TypeError("'%s' object is not an async iterable" % type(obj).__name__)
    return method(obj)


def anext(iterator, default=_MISSING):
    method = getattr(type(iterator), "__anext__", None)
    if method is None:
        raise TypeError("'%s' object is not an async iterator" % type(iterator).__name__)
    if default is _MISSING:
        return method(iterator)

    async def with_default():
        try:
            return await method(iterator)
        except StopAsyncIteration:
            return default
    return with_default()
