"""BaseExceptionGroup and ExceptionGroup, written in Python for this VM
(loaded on first use through ObjSpace.lazy_builtin).  `except*` is not
supported by the front end; groups can be raised, caught, split and
inspected."""


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not %s" % type(message).__name__)
        try:
            excs = tuple(exceptions)
        except TypeError:
            raise TypeError("second argument (exceptions) must be a sequence") from None
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        if cls is BaseExceptionGroup and all(isinstance(e, Exception) for e in excs):
            cls = ExceptionGroup
        elif issubclass(cls, Exception):
            for e in excs:
                if not isinstance(e, Exception):
                    if cls is ExceptionGroup:
                        raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
                    raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, message, exceptions):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self._message, self.args[1])

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _matcher(self, condition):
        if isinstance(condition, type) or isinstance(condition, tuple):
            return lambda e: isinstance(e, condition)
        return condition

    def split(self, condition):
        match = self._matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        return self._part(matched), self._part(rest)

    def _part(self, excs):
        if not excs:
            return None
        g = self.derive(excs)
        g.__cause__ = self.__cause__
        g.__context__ = self.__context__
        g.__traceback__ = self.__traceback__
        return g

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


# -- except* support: the VM's CHECK_EG_MATCH and PREP_RERAISE_STAR -------
def _check_handler_types(T):
    types = T if isinstance(T, tuple) else (T,)
    for t in types:
        if isinstance(t, type) and issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


def check_eg_match(exc, T):
    """(rest, match) for an except* clause catching T."""
    if exc is None:
        return None, None
    _check_handler_types(T)
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(T)
        if match is None:
            return exc, None
        return rest, match
    if isinstance(exc, T):
        group = BaseExceptionGroup("", (exc,))
        group.__traceback__ = exc.__traceback__
        return None, group
    return exc, None


def _leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, out)
    else:
        out.append(exc)
    return out


def prep_reraise_star(orig, excs):
    """What leaves a try with except* clauses: None, or one exception
    combining the unhandled rest, re-raised parts and new exceptions."""
    excs = [e for e in excs if e is not None]
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    orig_ids = {id(leaf) for leaf in _leaves(orig, [])}
    keep = set()
    new = []
    for e in excs:
        ids = {id(leaf) for leaf in _leaves(e, [])}
        if ids and ids <= orig_ids:
            keep |= ids
        else:
            new.append(e)
    items = list(new)
    if keep:
        kept = orig.split(lambda leaf: not isinstance(leaf, BaseExceptionGroup) and id(leaf) in keep)[0]
        if kept is not None:
            items.append(kept)
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return ExceptionGroup("", items)
