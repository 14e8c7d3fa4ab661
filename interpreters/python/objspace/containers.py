"""Container objects: list, tuple, dict (insertion-ordered hash table), set
and frozenset (CPython's open-addressing layout, so that iteration order of
int sets matches CPython), range, slice."""
from __future__ import annotations

from typing import Final, TYPE_CHECKING

from jitgen.hints import intmask, r_uint
from interpreters.python.objspace.base import W_Root
from interpreters.python.objspace.primitives import W_Str

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace
    from interpreters.python.objspace.typeobject import W_Type


class W_List(W_Root):
    items: list[W_Root]

    def __init__(self, items: list[W_Root]) -> None:
        self.items = items

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_list


class W_Tuple(W_Root):
    items: Final[list[W_Root]]

    def __init__(self, items: list[W_Root]) -> None:
        self.items = items

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_tuple


EMPTY = -1


def str_hash(s: str) -> int:
    """A deterministic string hash (CPython's is randomised per process)."""
    h = 5381
    for c in s:
        # wraps in 64 bits on purpose: the same value on host and translated
        h = (intmask(h * 1000003) ^ ord(c)) & 0xFFFFFFFFFFFFF
    return h


class W_Dict(W_Root):
    """Compact ordered dict: entries in insertion order, an index table of
    entry numbers (EMPTY, or an entry whose key was deleted = a dummy)."""
    keys_w: list[W_Root | None]
    values_w: list[W_Root | None]
    hashes: list[int]
    indices: list[int]
    used: int

    def __init__(self) -> None:
        self.clear()

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_dict

    def clear(self) -> None:
        self.keys_w = []
        self.values_w = []
        self.hashes = []
        self.indices = [EMPTY] * 8
        self.used = 0

    def _find(self, space: ObjSpace, w_key: W_Root, h: int) -> int:
        """Index into the index table: the slot of w_key, or an EMPTY slot."""
        mask = len(self.indices) - 1
        i = h & mask
        ix = self.indices[i]
        if ix == EMPTY:
            return i
        w_k = self.keys_w[ix]
        if w_k is not None and self.hashes[ix] == h:
            if w_k is w_key or space.eq_w(w_k, w_key):
                return i
        perturb = r_uint(h)
        while True:
            perturb = perturb >> 5
            i = (i * 5 + 1 + intmask(perturb)) & mask
            ix = self.indices[i]
            if ix == EMPTY:
                return i
            w_k = self.keys_w[ix]
            if w_k is not None and self.hashes[ix] == h:
                if w_k is w_key or space.eq_w(w_k, w_key):
                    return i

    def lookup(self, space: ObjSpace, w_key: W_Root) -> W_Root | None:
        h = space.hash_w(w_key)
        slot = self._find(space, w_key, h)
        ix = self.indices[slot]
        if ix == EMPTY:
            return None
        return self.values_w[ix]

    def setitem(self, space: ObjSpace, w_key: W_Root, w_value: W_Root) -> None:
        h = space.hash_w(w_key)
        slot = self._find(space, w_key, h)
        ix = self.indices[slot]
        if ix != EMPTY:
            self.values_w[ix] = w_value
            return
        self.indices[slot] = len(self.keys_w)
        self.keys_w.append(w_key)
        self.values_w.append(w_value)
        self.hashes.append(h)
        self.used += 1
        if len(self.keys_w) * 3 >= len(self.indices) * 2:
            self._resize()

    def _find_str(self, s: str, h: int) -> int:
        mask = len(self.indices) - 1
        i = h & mask
        ix = self.indices[i]
        if ix == EMPTY:
            return i
        w_k = self.keys_w[ix]
        if w_k is not None and self.hashes[ix] == h and isinstance(w_k, W_Str) and w_k.value == s:
            return i
        perturb = r_uint(h)
        while True:
            perturb = perturb >> 5
            i = (i * 5 + 1 + intmask(perturb)) & mask
            ix = self.indices[i]
            if ix == EMPTY:
                return i
            w_k = self.keys_w[ix]
            if w_k is not None and self.hashes[ix] == h and isinstance(w_k, W_Str) and w_k.value == s:
                return i

    def lookup_str(self, s: str) -> W_Root | None:
        """Lookup of a str key without a space (instance __dict__s)."""
        ix = self.indices[self._find_str(s, str_hash(s))]
        if ix == EMPTY:
            return None
        return self.values_w[ix]

    def setitem_str(self, s: str, w_value: W_Root) -> None:
        h = str_hash(s)
        slot = self._find_str(s, h)
        ix = self.indices[slot]
        if ix != EMPTY:
            self.values_w[ix] = w_value
            return
        self.indices[slot] = len(self.keys_w)
        self.keys_w.append(W_Str(s))
        self.values_w.append(w_value)
        self.hashes.append(h)
        self.used += 1
        if len(self.keys_w) * 3 >= len(self.indices) * 2:
            self._resize()

    def delitem_str(self, s: str) -> bool:
        slot = self._find_str(s, str_hash(s))
        ix = self.indices[slot]
        if ix == EMPTY:
            return False
        self.keys_w[ix] = None
        self.values_w[ix] = None
        self.used -= 1
        return True

    def delitem(self, space: ObjSpace, w_key: W_Root) -> W_Root | None:
        """Remove w_key; its value, or None if it was absent."""
        h = space.hash_w(w_key)
        slot = self._find(space, w_key, h)
        ix = self.indices[slot]
        if ix == EMPTY:
            return None
        w_v = self.values_w[ix]
        self.keys_w[ix] = None
        self.values_w[ix] = None
        self.used -= 1
        return w_v

    def _resize(self) -> None:
        keys: list[W_Root | None] = []
        values: list[W_Root | None] = []
        hashes: list[int] = []
        i = 0
        while i < len(self.keys_w):
            w_k = self.keys_w[i]
            if w_k is not None:
                keys.append(w_k)
                values.append(self.values_w[i])
                hashes.append(self.hashes[i])
            i += 1
        size = 8
        while size * 2 <= len(keys) * 3:
            size *= 2
        size *= 2
        self.indices = [EMPTY] * size
        self.keys_w = keys
        self.values_w = values
        self.hashes = hashes
        mask = size - 1
        j = 0
        while j < len(keys):
            h = hashes[j]
            k = h & mask
            perturb = r_uint(h)
            while self.indices[k] != EMPTY:
                perturb = perturb >> 5
                k = (k * 5 + 1 + intmask(perturb)) & mask
            self.indices[k] = j
            j += 1

    def live_keys(self) -> list[W_Root]:
        res: list[W_Root] = []
        for w_k in self.keys_w:
            if w_k is not None:
                res.append(w_k)
        return res

    def live_values(self) -> list[W_Root]:
        res: list[W_Root] = []
        i = 0
        while i < len(self.keys_w):
            w_v = self.values_w[i]
            if self.keys_w[i] is not None and w_v is not None:
                res.append(w_v)
            i += 1
        return res

    def length(self) -> int:
        return self.used


LINEAR_PROBES = 9
SET_MINSIZE = 8


class W_BaseSet(W_Root):
    """CPython's set table: keys (None = never used), hashes, dummies marked
    by a hash of -1 with key None... we keep a separate dummy flag list."""
    table_keys: list[W_Root | None]
    table_hashes: list[int]
    dummy: list[bool]
    fill: int
    used: int
    mask: int
    finger: int         # where pop() looks next (CPython's search finger)

    def __init__(self) -> None:
        self.finger = 0
        self.reset()

    def reset(self) -> None:
        self.table_keys = [None] * SET_MINSIZE
        self.table_hashes = [0] * SET_MINSIZE
        self.dummy = [False] * SET_MINSIZE
        self.fill = 0
        self.used = 0
        self.mask = SET_MINSIZE - 1

    def find_slot(self, space: ObjSpace, w_key: W_Root, h: int) -> int:
        """Slot holding w_key, or -1."""
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_k = self.table_keys[j]
                if w_k is None and not self.dummy[j]:
                    return -1
                if w_k is not None and self.table_hashes[j] == h:
                    if w_k is w_key or space.eq_w(w_k, w_key):
                        return j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = perturb >> 5
            i = (i * 5 + 1 + intmask(perturb)) & mask

    def contains(self, space: ObjSpace, w_key: W_Root) -> bool:
        return self.find_slot(space, w_key, space.hash_w(w_key)) >= 0

    def add(self, space: ObjSpace, w_key: W_Root) -> None:
        self.add_hashed(space, w_key, space.hash_w(w_key))

    def add_hashed(self, space: ObjSpace, w_key: W_Root, h: int) -> None:
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        freeslot = -1
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_k = self.table_keys[j]
                if w_k is None:
                    if not self.dummy[j]:
                        if freeslot >= 0:
                            self.table_keys[freeslot] = w_key
                            self.table_hashes[freeslot] = h
                            self.dummy[freeslot] = False
                            self.used += 1
                            return
                        self.table_keys[j] = w_key
                        self.table_hashes[j] = h
                        self.fill += 1
                        self.used += 1
                        if self.fill * 5 >= mask * 3:
                            self.resize(self.used * 2 if self.used > 50000 else self.used * 4)
                        return
                    # CPython 3.11 reuses the last dummy seen on the probe path
                    freeslot = j
                elif self.table_hashes[j] == h:
                    if w_k is w_key or space.eq_w(w_k, w_key):
                        return
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = perturb >> 5
            i = (i * 5 + 1 + intmask(perturb)) & mask

    def resize(self, minused: int) -> None:
        newsize = SET_MINSIZE
        while newsize <= minused:
            newsize <<= 1
        old_keys = self.table_keys
        old_hashes = self.table_hashes
        self.table_keys = [None] * newsize
        self.table_hashes = [0] * newsize
        self.dummy = [False] * newsize
        self.mask = newsize - 1
        self.fill = self.used
        i = 0
        while i < len(old_keys):
            w_k = old_keys[i]
            if w_k is not None:
                self.insert_clean(w_k, old_hashes[i])
            i += 1

    def insert_clean(self, w_key: W_Root, h: int) -> None:
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        while True:
            if self.table_keys[i] is None:
                break
            found = -1
            if i + LINEAR_PROBES <= mask:
                j = 1
                while j <= LINEAR_PROBES:
                    if self.table_keys[i + j] is None:
                        found = i + j
                        break
                    j += 1
            if found >= 0:
                i = found
                break
            perturb = perturb >> 5
            i = (i * 5 + 1 + intmask(perturb)) & mask
        self.table_keys[i] = w_key
        self.table_hashes[i] = h

    def pop_any(self) -> W_Root | None:
        """set.pop(): the first live slot from the finger on, as CPython."""
        if self.used == 0:
            return None
        mask = self.mask
        i = self.finger & mask
        while self.table_keys[i] is None:
            i += 1
            if i > mask:
                i = 0
        w_key = self.table_keys[i]
        self.table_keys[i] = None
        self.table_hashes[i] = -1
        self.dummy[i] = True
        self.used -= 1
        self.finger = i + 1
        return w_key

    def discard(self, space: ObjSpace, w_key: W_Root) -> bool:
        j = self.find_slot(space, w_key, space.hash_w(w_key))
        if j < 0:
            return False
        self.table_keys[j] = None
        self.table_hashes[j] = -1
        self.dummy[j] = True
        self.used -= 1
        return True

    def merge(self, space: ObjSpace, w_other: W_BaseSet) -> None:
        if w_other is self or w_other.used == 0:
            return
        if (self.fill + w_other.used) * 5 >= self.mask * 3:
            self.resize((self.used + w_other.used) * 2)
        if self.fill == 0 and self.mask == w_other.mask and w_other.fill == w_other.used:
            i = 0
            while i <= self.mask:
                w_k = w_other.table_keys[i]
                if w_k is not None:
                    self.table_keys[i] = w_k
                    self.table_hashes[i] = w_other.table_hashes[i]
                i += 1
            self.fill = w_other.used
            self.used = w_other.used
            return
        if self.fill == 0:
            i = 0
            while i <= w_other.mask:
                w_k = w_other.table_keys[i]
                if w_k is not None:
                    self.insert_clean(w_k, w_other.table_hashes[i])
                i += 1
            self.fill = w_other.used
            self.used = w_other.used
            return
        i = 0
        while i <= w_other.mask:
            w_k = w_other.table_keys[i]
            if w_k is not None:
                self.add_hashed(space, w_k, w_other.table_hashes[i])
            i += 1

    def elements(self) -> list[W_Root]:
        res: list[W_Root] = []
        for w_k in self.table_keys:
            if w_k is not None:
                res.append(w_k)
        return res

    def length(self) -> int:
        return self.used


class W_Set(W_BaseSet):
    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_set


class W_FrozenSet(W_BaseSet):
    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_frozenset


class W_Range(W_Root):
    start: Final[int]
    stop: Final[int]
    step: Final[int]
    length: Final[int]

    def __init__(self, start: int, stop: int, step: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0:
            n = (stop - start + step - 1) // step
        else:
            n = (start - stop - step - 1) // (-step)
        self.length = n if n > 0 else 0

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_range


class W_Slice(W_Root):
    w_start: Final[W_Root]
    w_stop: Final[W_Root]
    w_step: Final[W_Root]

    def __init__(self, w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> None:
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_slice
