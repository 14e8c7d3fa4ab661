"""collections.abc: the container ABCs, checked structurally (by the
methods a class defines) plus the builtin types registered with them."""


class _ABCMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            return False
        if cls in sub.__mro__:
            return True
        for reg in cls._registered:
            if reg in sub.__mro__:
                return True
        need = cls._required
        if not need:
            return False
        for name in need:
            found = False
            for k in sub.__mro__:
                d = k.__dict__
                if name in d:
                    found = d[name] is not None
                    break
            if not found:
                return False
        return cls._structural

    def register(cls, sub):
        cls._registered.append(sub)
        return sub


def _abc(name, required, registered, structural=True, bases=()):
    ns = {"_required": tuple(required), "_registered": list(registered), "_structural": structural}
    return _ABCMeta(name, bases, ns)


Hashable = _abc("Hashable", ["__hash__"], [int, str, tuple, frozenset, float, bool, bytes])
Sized = _abc("Sized", ["__len__"], [])
Container = _abc("Container", ["__contains__"], [])
Iterable = _abc("Iterable", ["__iter__"], [])
Iterator = _abc("Iterator", ["__iter__", "__next__"], [])
Reversible = _abc("Reversible", ["__reversed__", "__iter__"], [list, dict, range])
Generator = _abc("Generator", ["__iter__", "__next__", "send", "throw", "close"], [])
Callable = _abc("Callable", ["__call__"], [])
Collection = _abc("Collection", ["__len__", "__iter__", "__contains__"], [])
Sequence = _abc("Sequence", ["__getitem__", "__len__"], [list, tuple, str, range, bytes], False)
MutableSequence = _abc("MutableSequence", ["__getitem__", "__setitem__", "__len__"], [list], False)
Set = _abc("Set", ["__contains__", "__iter__", "__len__"], [set, frozenset], False)
MutableSet = _abc("MutableSet", ["add", "discard"], [set], False)
Mapping = _abc("Mapping", ["__getitem__", "__iter__", "__len__"], [dict], False)
MutableMapping = _abc("MutableMapping", ["__getitem__", "__setitem__", "__delitem__"], [dict], False)
KeysView = _abc("KeysView", [], [type({}.keys())], False)
ValuesView = _abc("ValuesView", [], [type({}.values())], False)
ItemsView = _abc("ItemsView", [], [type({}.items())], False)
