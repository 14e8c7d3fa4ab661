"""An open-addressing hash table written by hand, with r_uint hashing."""
from jitgen.hints import r_uint, intmask


def str_hash(s: str) -> int:
    h = r_uint(5381)
    for c in s:
        h = (h << 5) + h + r_uint(ord(c))
    return intmask(h & r_uint(0x7FFFFFFFFFFFFFFF))


class Entry:
    key: str
    value: int
    deleted: bool

    def __init__(self, key: str, value: int) -> None:
        self.key = key
        self.value = value
        self.deleted = False


class Table:
    slots: list[Entry | None]
    used: int
    live: int
    probes: int

    def __init__(self, size: int) -> None:
        self.slots = [None] * size
        self.used = 0
        self.live = 0
        self.probes = 0

    def _find(self, key: str) -> int:
        mask = len(self.slots) - 1
        i = str_hash(key) & mask
        perturb = str_hash(key)
        while True:
            e = self.slots[i]
            if e is None or e.key == key:
                return i
            self.probes += 1
            perturb = perturb >> 5
            i = (i * 5 + perturb + 1) & mask

    def put(self, key: str, value: int) -> None:
        i = self._find(key)
        e = self.slots[i]
        if e is None:
            self.slots[i] = Entry(key, value)
            self.used += 1
            self.live += 1
            if self.used * 3 >= len(self.slots) * 2:
                self._grow()
        else:
            if e.deleted:
                e.deleted = False
                self.live += 1
            e.value = value

    def get(self, key: str, default: int) -> int:
        e = self.slots[self._find(key)]
        if e is None or e.deleted:
            return default
        return e.value

    def remove(self, key: str) -> bool:
        e = self.slots[self._find(key)]
        if e is None or e.deleted:
            return False
        e.deleted = True
        self.live -= 1
        return True

    def _grow(self) -> None:
        old = self.slots
        self.slots = [None] * (len(old) * 2)
        self.used = 0
        self.live = 0
        for e in old:
            if e is not None and not e.deleted:
                self.put(e.key, e.value)


def main(argv: list[str]) -> int:
    print(str_hash(""), str_hash("a"), str_hash("hello world"))
    t = Table(8)
    for i in range(300):
        t.put("key" + str(i), i * i)
    for i in range(0, 300, 4):
        t.remove("key" + str(i))
    print(len(t.slots), t.used, t.live)
    total = 0
    for i in range(300):
        total += t.get("key" + str(i), -1)
    print(total, t.get("key3", 0), t.get("key4", -7), t.remove("key4"), t.remove("key5"))
    t.put("key4", 4)
    print(t.get("key4", 0), t.live, t.probes > 0)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
