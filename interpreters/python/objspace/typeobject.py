"""Type objects (with C3 MRO and version-tagged lookup caches), maps (hidden
classes) for instance attributes, and the instances of user classes."""
from __future__ import annotations

from typing import Final, TYPE_CHECKING

from jitgen.hints import elidable, promote
from interpreters.python.objspace.base import W_Root
from interpreters.python.objspace.primitives import W_Str
from interpreters.python.objspace.containers import W_Dict

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


class VersionTag:
    """Identity changes whenever a type's dict (or a base's) changes, so the
    JIT may promote it and fold method lookups."""


class Map:
    """Hidden class: attribute name -> storage index, shared by instances that
    got the same attributes in the same order."""
    index: Final[dict[str, int]]
    names: Final[list[str]]
    transitions: dict[str, Map]

    def __init__(self, index: dict[str, int], names: list[str]) -> None:
        self.index = index
        self.names = names
        self.transitions = {}

    @elidable
    def find(self, name: str) -> int:
        return self.index.get(name, -1)

    @elidable
    def with_attr(self, name: str) -> Map:
        m = self.transitions.get(name)
        if m is None:
            idx = dict(self.index)
            idx[name] = len(self.names)
            m = Map(idx, self.names + [name])
            self.transitions[name] = m
        return m

    def size(self) -> int:
        return len(self.names)


class ExcData:
    """The state of an exception instance beyond its attributes."""
    w_args: W_Root
    tb: list[TbEntry]
    w_cause: W_Root | None
    w_context: W_Root | None
    suppress_context: bool

    def __init__(self, w_args: W_Root) -> None:
        self.w_args = w_args
        self.tb = []
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False


class TbEntry:
    """One traceback line: where an exception passed through."""
    filename: Final[str]
    lineno: Final[int]
    name: Final[str]

    def __init__(self, filename: str, lineno: int, name: str) -> None:
        self.filename = filename
        self.lineno = lineno
        self.name = name


# instance kinds: what a type's instances are made of
KIND_OBJECT = 0
KIND_BUILTIN = 1   # a builtin value type; subclass instances wrap one in w_base
KIND_EXCEPTION = 2
KIND_TYPE = 3


class W_Type(W_Root):
    name: str
    qualname: str
    bases: list[W_Type]
    mro: list[W_Type]
    dict_w: dict[str, W_Root]
    version: VersionTag
    subclasses: list[W_Type]
    is_builtin: Final[bool]
    kind: int
    w_builtin_base: W_Type | None     # nearest builtin value type in the MRO
    root_map: Final[Map]
    cache: dict[str, W_Root | None]
    w_metatype: W_Type | None
    slots: list[str] | None
    has_user_getattribute: bool
    has_getattr: bool

    def __init__(self, name: str, bases: list[W_Type], dict_w: dict[str, W_Root],
                 is_builtin: bool) -> None:
        self.name = name
        self.qualname = name
        self.bases = bases
        self.dict_w = dict_w
        self.version = VersionTag()
        self.subclasses = []
        self.is_builtin = is_builtin
        self.kind = KIND_OBJECT
        self.w_builtin_base = None
        self.root_map = Map({}, [])
        self.cache = {}
        self.w_metatype = None
        self.slots = None
        self.has_user_getattribute = False
        self.has_getattr = False
        self.mro = [self]
        for b in bases:
            b.subclasses.append(self)

    def getclass(self, space: ObjSpace) -> W_Type:
        if self.w_metatype is not None:
            return self.w_metatype
        return space.w_type

    def lookup(self, name: str) -> W_Root | None:
        """Find name along the MRO; constant-folded by the JIT for a known
        type and version."""
        w_self = promote(self)
        version = promote(w_self.version)
        return w_self._lookup_pure(name, version)

    @elidable
    def _lookup_pure(self, name: str, version: VersionTag) -> W_Root | None:
        if name in self.cache:
            return self.cache[name]
        w_res: W_Root | None = None
        for w_t in self.mro:
            w_v = w_t.dict_w.get(name)
            if w_v is not None:
                w_res = w_v
                break
        self.cache[name] = w_res
        return w_res

    def lookup_where(self, name: str) -> W_Type | None:
        for w_t in self.mro:
            if name in w_t.dict_w:
                return w_t
        return None

    def mutated(self) -> None:
        """The dict of this type changed: new version for it and subclasses."""
        self.version = VersionTag()
        self.cache = {}
        self.has_user_getattribute = False
        self.has_getattr = False
        for w_t in self.mro:
            if not w_t.is_builtin and "__getattribute__" in w_t.dict_w:
                self.has_user_getattribute = True
            if "__getattr__" in w_t.dict_w:
                self.has_getattr = True
        for w_sub in self.subclasses:
            w_sub.mutated()

    def set_attr(self, name: str, w_value: W_Root) -> None:
        self.dict_w[name] = w_value
        self.mutated()

    def del_attr(self, name: str) -> bool:
        if name not in self.dict_w:
            return False
        del self.dict_w[name]
        self.mutated()
        return True

    def is_subtype(self, w_other: W_Type) -> bool:
        for w_t in self.mro:
            if w_t is w_other:
                return True
        return False


def c3_merge(seqs: list[list[W_Type]]) -> list[W_Type] | None:
    """C3 linearisation; None if no consistent order exists."""
    result: list[W_Type] = []
    seqs = [list(s) for s in seqs if len(s) > 0]
    while len(seqs) > 0:
        candidate: W_Type | None = None
        for seq in seqs:
            head = seq[0]
            in_tail = False
            for other in seqs:
                i = 1
                while i < len(other):
                    if other[i] is head:
                        in_tail = True
                        break
                    i += 1
                if in_tail:
                    break
            if not in_tail:
                candidate = head
                break
        if candidate is None:
            return None
        result.append(candidate)
        new_seqs: list[list[W_Type]] = []
        for seq in seqs:
            if seq[0] is candidate:
                seq = seq[1:]
            if len(seq) > 0:
                new_seqs.append(seq)
        seqs = new_seqs
    return result


def compute_mro(w_type: W_Type) -> list[W_Type] | None:
    seqs: list[list[W_Type]] = [[w_type]]
    for b in w_type.bases:
        seqs.append(list(b.mro))
    seqs.append(list(w_type.bases))
    return c3_merge(seqs)


class W_Object(W_Root):
    """An instance of a user class (or of object, or an exception)."""
    w_class: W_Type
    map: Map
    storage: list[W_Root]
    w_base: W_Root | None      # the builtin value of a subclass of list, int...
    exc: ExcData | None
    w_dict: W_Dict | None      # set once __dict__ was asked for: replaces the map

    def __init__(self, w_class: W_Type) -> None:
        self.w_class = w_class
        self.map = w_class.root_map
        self.storage = []
        self.w_base = None
        self.exc = None
        self.w_dict = None

    def getclass(self, space: ObjSpace) -> W_Type:
        return self.w_class

    def get_dict(self) -> W_Dict:
        """A live dict of the attributes (from now on the storage)."""
        w_d = self.w_dict
        if w_d is None:
            w_d = W_Dict()
            i = 0
            while i < len(self.map.names):
                w_d.setitem_str(self.map.names[i], self.storage[i])
                i += 1
            self.w_dict = w_d
            self.storage = []
        return w_d

    def getdictvalue(self, name: str) -> W_Root | None:
        w_d = self.w_dict
        if w_d is not None:
            return w_d.lookup_str(name)
        m = promote(self.map)
        i = m.find(name)
        if i < 0:
            return None
        return self.storage[i]

    def setdictvalue(self, name: str, w_value: W_Root) -> None:
        w_d = self.w_dict
        if w_d is not None:
            w_d.setitem_str(name, w_value)
            return
        m = promote(self.map)
        i = m.find(name)
        if i >= 0:
            self.storage[i] = w_value
            return
        self.map = m.with_attr(name)
        self.storage.append(w_value)

    def deldictvalue(self, name: str) -> bool:
        w_d = self.w_dict
        if w_d is not None:
            return w_d.delitem_str(name)
        i = self.map.find(name)
        if i < 0:
            return False
        names = self.map.names
        values = self.storage
        self.map = self.w_class.root_map
        self.storage = []
        j = 0
        while j < len(names):
            if j != i:
                self.setdictvalue(names[j], values[j])
            j += 1
        return True

    def attr_names(self) -> list[str]:
        w_d = self.w_dict
        if w_d is not None:
            res: list[str] = []
            for w_k in w_d.live_keys():
                if isinstance(w_k, W_Str):
                    res.append(w_k.value)
            return res
        return list(self.map.names)
