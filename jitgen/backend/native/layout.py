"""Classes at run time: struct layouts, class ids and vtables.

Class ids are preorder numbers of the class tree, so `isinstance(x, C)` is
`C.cid <= x.cid <= C.last`.  A vtable is {i64 cid, ptr pyname, slots...}; a
class's slots are its base's followed by the method names and class
attribute names it introduces.  A method slot holds the function, an
attribute slot points to a global holding the attribute's value.
"""
from __future__ import annotations

from jitgen.lower import lltypes as lt
from jitgen.backend.native.lltypemap import lty


class ClassLayout:
    def __init__(self, cd: lt.ClassDef, index: int) -> None:
        self.cd = cd
        self.index = index
        self.cid = 0
        self.last = 0
        self.struct = f"%cls.{index}"
        self.fields: dict[str, int] = {}       # field name -> struct index
        self.field_types: list[lt.LLType] = []
        self.slots: dict[str, int] = {}        # "m:name" / "a:name" -> slot number
        self.atomic = True                     # no field holds a reference

    @property
    def vtable(self) -> str:
        return f"@vt.{self.index}"

    def size(self) -> int:
        return 8 * (1 + len(self.field_types))


class Layouts:
    def __init__(self, classes: list[lt.ClassDef]) -> None:
        self.by_id: dict[int, ClassLayout] = {}
        for i, cd in enumerate(classes):
            self.by_id[id(cd)] = ClassLayout(cd, i)
        roots = [cd for cd in classes if cd.base is None]
        counter = [0]
        for r in roots:
            self._number(r, counter)
        for cd in classes:        # bases before subclasses
            L = self.of(cd)
            base = self.of(cd.base) if cd.base is not None else None
            if base is not None:
                L.fields = dict(base.fields)
                L.field_types = list(base.field_types)
                L.slots = dict(base.slots)
                L.atomic = base.atomic
            for name, t in cd.fields.items():
                L.fields[name] = len(L.field_types) + 1
                L.field_types.append(t)
                if t.is_ref:
                    L.atomic = False
            for name in cd.methods:
                if "m:" + name not in L.slots:
                    L.slots["m:" + name] = len(L.slots)
            for name in cd.class_attrs:
                if "a:" + name not in L.slots:
                    L.slots["a:" + name] = len(L.slots)

    def _number(self, cd: lt.ClassDef, counter: list) -> None:
        L = self.of(cd)
        L.cid = counter[0]
        counter[0] += 1
        for sub in cd.subclasses:
            if id(sub) in self.by_id:
                self._number(sub, counter)
        L.last = counter[0] - 1

    def of(self, cd: lt.ClassDef) -> ClassLayout:
        return self.by_id[id(cd)]

    def subtree(self, cd: lt.ClassDef) -> list[lt.ClassDef]:
        out = [cd]
        for s in cd.subclasses:
            if id(s) in self.by_id:
                out.extend(self.subtree(s))
        return out

    def struct_defs(self) -> list[str]:
        out = []
        for L in self.by_id.values():
            tys = ["ptr"] + [lty(t) if t != lt.Void else "i8" for t in L.field_types]
            out.append(f"{L.struct} = type {{ {', '.join(tys)} }}")
        return out
