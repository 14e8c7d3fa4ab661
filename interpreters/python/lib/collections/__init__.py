"""collections: defaultdict, Counter, deque, namedtuple, OrderedDict."""
from _genericalias import GenericAlias as _GenericAlias


class defaultdict(dict):
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default_factory=None, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return "defaultdict(%r, %s)" % (self.default_factory, dict.__repr__(self))

    def copy(self):
        return defaultdict(self.default_factory, self)


class OrderedDict(dict):
    __class_getitem__ = classmethod(_GenericAlias)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            for k, v in items:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    def __reversed__(self):
        return reversed(list(self))

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self.items()),)


class Counter(dict):
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] + v
            else:
                for k in iterable:
                    self[k] = self[k] + 1
        for k, v in kwds.items():
            self[k] = self[k] + v

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] - v
            else:
                for k in iterable:
                    self[k] = self[k] - 1
        for k, v in kwds.items():
            self[k] = self[k] - v

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:n]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self.values())

    def __repr__(self):
        if not self:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())

    def __add__(self, other):
        result = Counter()
        for k, v in self.items():
            n = v + other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        result = Counter()
        for k, v in self.items():
            n = v - other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self and v < 0:
                result[k] = -v
        return result

    def __or__(self, other):
        result = Counter()
        for k in list(self) + [k for k in other if k not in self]:
            n = max(self[k], other[k])
            if n > 0:
                result[k] = n
        return result

    def __and__(self, other):
        result = Counter()
        for k, v in self.items():
            n = min(v, other[k])
            if n > 0:
                result[k] = n
        return result

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, key):
        # a missing key is not an error for a Counter
        if key in self:
            dict.__delitem__(self, key)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _keep_positive(self):
        for k in [k for k, v in self.items() if not v > 0]:
            dict.__delitem__(self, k)
        return self

    def __pos__(self):
        result = Counter()
        for k, v in self.items():
            if v > 0:
                result[k] = v
        return result

    def __neg__(self):
        result = Counter()
        for k, v in self.items():
            if v < 0:
                result[k] = -v
        return result

    def __iadd__(self, other):
        for k, v in other.items():
            self[k] = self[k] + v
        return self._keep_positive()

    def __isub__(self, other):
        for k, v in other.items():
            self[k] = self[k] - v
        return self._keep_positive()

    def __ior__(self, other):
        for k, v in other.items():
            if v > self[k]:
                self[k] = v
        return self._keep_positive()

    def __iand__(self, other):
        for k, v in self.items():
            if other[k] < v:
                self[k] = other[k]
        return self._keep_positive()

    # Since 3.10, missing elements count as zero in comparisons.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None


class deque:
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        if not self._items:
            return
        n = n % len(self._items)
        if n:
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def count(self, x):
        return self._items.count(x)

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,)) from None

    def index(self, x, start=0, stop=None):
        try:
            return self._items.index(x, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,)) from None

    def reverse(self):
        self._items.reverse()

    def copy(self):
        return deque(self._items, self.maxlen)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def _check_index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("deque index out of range")

    def __getitem__(self, i):
        self._check_index(i)
        return self._items[i]

    def __setitem__(self, i, v):
        self._check_index(i)
        self._items[i] = v

    def __delitem__(self, i):
        self._check_index(i)
        del self._items[i]

    def insert(self, i, x):
        if self.maxlen is not None and len(self._items) >= self.maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._items + other._items, self.maxlen)

    def __iadd__(self, other):
        self.extend(list(other))
        return self

    def __mul__(self, n):
        return deque(self._items * n, self.maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.extend(self._items * (n - 1) if n > 0 else [])
        if n <= 0:
            self.clear()
        return self

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self.copy()

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self.maxlen)


class _TupleGetter:
    """A namedtuple field: reads item `index`; read-only, with CPython's
    messages."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _nt_getter(index):
    return _TupleGetter(index, "Alias for field number %d" % index)


def namedtuple(typename, field_names, defaults=None, rename=False, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    ndefaults = 0 if defaults is None else len(defaults)
    default_values = () if defaults is None else tuple(defaults)

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > len(fields):
            raise TypeError("%s() takes %d positional arguments but %d were given" % (typename, len(fields) + 1, len(values) + 1))
        for name in fields[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                idx = fields.index(name) - (len(fields) - ndefaults)
                if idx >= 0:
                    values.append(default_values[idx])
                else:
                    raise TypeError("%s() missing 1 required positional argument: '%s'" % (typename, name))
        if kwargs:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (typename, list(kwargs)[0]))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (typename, ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        return self.__class__(*[kwargs.pop(f, v) for f, v in zip(fields, self)])

    def __getnewargs__(self):
        return tuple(self)

    ns = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict,
          "_replace": _replace, "_fields": fields, "__slots__": (),
          "__match_args__": fields, "_field_defaults": dict(zip(fields[len(fields) - ndefaults:], default_values)),
          "__getnewargs__": __getnewargs__}
    for i, f in enumerate(fields):
        ns[f] = _nt_getter(i)
    cls = type(typename, (tuple,), ns)
    cls._make = classmethod(lambda c, it: c(*it))
    return cls


class ChainMap:
    """Several mappings searched in order; writes go to the first."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return iter(seen)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def new_child(self, m=None):
        return self.__class__({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __bool__(self):
        return any(self.maps)

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())

    def __repr__(self):
        return f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})"
