"""An object model the way a VM's runtime is written: a class hierarchy of
shapes (maps) with transitions, attribute storage in lists, Final fields,
class-level constants, truthiness of containers and optional objects,
default and keyword arguments, staticmethods and explicit base calls."""
from typing import Final

from jitgen.hints import promote, elidable


class Shape:
    names: list[str]
    transitions: dict[str, "Shape"]
    parent: "Shape | None"
    depth: Final[int]

    def __init__(self, parent: "Shape | None" = None, name: str = "") -> None:
        self.names = [] if parent is None else parent.names + [name]
        self.transitions = {}
        self.parent = parent
        self.depth = 0 if parent is None else parent.depth + 1

    @elidable
    def index_of(self, name: str) -> int:
        i = len(self.names) - 1
        while i >= 0:
            if self.names[i] == name:
                return i
            i -= 1
        return -1

    def with_attr(self, name: str) -> "Shape":
        nxt = self.transitions.get(name)
        if not nxt:
            nxt = Shape(self, name)
            self.transitions[name] = nxt
        return nxt


ROOT = Shape()


class W_Object:
    TYPENAME = "object"
    shape: Shape
    storage: list["W_Object | None"]

    def __init__(self) -> None:
        self.shape = ROOT
        self.storage = []

    def getattr(self, name: str) -> "W_Object | None":
        shape = promote(self.shape)
        i = shape.index_of(name)
        if i < 0:
            return None
        return self.storage[i]

    def setattr(self, name: str, value: "W_Object | None") -> None:
        i = self.shape.index_of(name)
        if i >= 0:
            self.storage[i] = value
            return
        self.shape = self.shape.with_attr(name)
        self.storage.append(value)

    def repr(self) -> str:
        return "<" + self.TYPENAME + " with " + str(len(self.storage)) + " attrs>"

    def truthy(self) -> bool:
        return True

    @staticmethod
    def make_int(v: int) -> "W_Int":
        return W_Int(v)


class W_Int(W_Object):
    TYPENAME = "int"
    value: Final[int]

    def __init__(self, value: int) -> None:
        W_Object.__init__(self)
        self.value = value

    def repr(self) -> str:
        return str(self.value)

    def truthy(self) -> bool:
        return self.value != 0


class W_Str(W_Object):
    TYPENAME = "str"
    value: Final[str]

    def __init__(self, value: str) -> None:
        super().__init__()
        self.value = value

    def repr(self) -> str:
        return repr(self.value)

    def truthy(self) -> bool:
        return bool(self.value)


class W_List(W_Object):
    TYPENAME = "list"
    items: list[W_Object]

    def __init__(self, items: list[W_Object] | None = None) -> None:
        super().__init__()
        self.items = items if items is not None else []

    def repr(self) -> str:
        return "[" + ", ".join([x.repr() for x in self.items]) + "]"

    def truthy(self) -> bool:
        return not not self.items


def describe(w: W_Object | None, prefix: str = "", verbose: bool = False) -> str:
    if not w:
        return prefix + "None"
    text = prefix + w.repr()
    if verbose:
        text += " :: " + w.TYPENAME + (" truthy" if w.truthy() else " falsy")
    return text


def count_truthy(ws: list[W_Object], start: int = 0) -> int:
    n = start
    for w in ws:
        if w.truthy():
            n += 1
    return n


def main(argv: list[str]) -> int:
    a = W_Object()
    b = W_Object()
    a.setattr("x", W_Object.make_int(1))
    a.setattr("y", W_Str("why"))
    b.setattr("x", W_Int(0))
    b.setattr("y", None)
    b.setattr("z", W_List([W_Int(1), W_Str("")]))
    print("same shape for x,y:", a.shape.parent is b.shape.parent.parent if b.shape.parent else False)
    print(describe(a.getattr("x")), describe(a.getattr("nope"), "missing: "), describe(b.getattr("y"), prefix="y="))
    print(describe(b.getattr("z"), verbose=True), describe(verbose=True, w=b.getattr("x")))
    print(a.repr(), b.repr(), a.shape.depth, b.shape.depth, ROOT.depth, len(ROOT.transitions))
    vals: list[W_Object] = [W_Int(0), W_Int(5), W_Str(""), W_Str("s"), W_List(), W_List([W_Int(0)]), a]
    print("truthy:", count_truthy(vals), count_truthy(vals, 100), count_truthy(start=-1, ws=vals))
    names: list[str] = []
    d: dict[str, int] = {}
    s = ""
    print(bool(names), bool(d), bool(s), not names, not d, not s, bool(0), bool(0.0), bool(-1), bool("0"))
    if not names and not d:
        names.append("n")
        d["k"] = 0
        s = "s"
    print(bool(names), bool(d), bool(s), bool(names) and bool(d) and bool(s), s or "empty", "" or s)
    x = 5
    print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x - 5 < 1, "a" < "b" <= "b" != "c")
    maybe = a.getattr("y") if x > 3 else None
    print(describe(maybe), describe(None if x > 3 else a))
    total = 0
    for w in [a, b]:
        for nm in ["x", "y", "z", "w"]:
            got = w.getattr(nm)
            if got is not None and isinstance(got, W_Int):
                total += got.value + 1
            elif isinstance(got, (W_Str, W_List)):
                total += 10
    print("total", total, W_Int.TYPENAME, W_Object.TYPENAME, vals[4].TYPENAME)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
