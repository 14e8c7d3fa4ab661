"""The whole program as one LLVM module (text IR): globals, vtables,
string literals, type descriptors, prebuilt data and its initialiser,
the entry points the C runtime calls (vm/native/rt.h)."""
from __future__ import annotations

from jitgen.lower import lltypes as lt
from jitgen.lower.llgraph import Graph, LLProgram
from jitgen.backend.native.layout import Layouts
from jitgen.backend.native.lltypemap import float_const, lty, signed

# The order of rt_exc_vtables (enum in vm/native/rt.h).
BUILTIN_EXCS = ["OverflowError", "ZeroDivisionError", "IndexError", "KeyError", "ValueError",
                "TypeError", "OSError", "MemoryError", "StackOverflow", "AssertionError",
                "RuntimeError", "AttributeError"]
EXC_INDEX = {n: i for i, n in enumerate(BUILTIN_EXCS)}

TD_SCALAR = {"Signed": 0, "Bool": 1, "Float": 2, "Unsigned": 6}


class GenError(Exception):
    """The program uses something this backend cannot translate; pos is the
    source position (llgraph.Position) when known."""

    def __init__(self, message: str, pos=None) -> None:
        super().__init__(message)
        self.message = message
        self.pos = pos


def llstr_bytes(s: str) -> str:
    out = []
    for b in s.encode("utf-8") + b"\0":
        out.append(chr(b) if 32 <= b < 127 and b not in (34, 92) else "\\%02X" % b)
    return "".join(out)


class ModuleGen:
    def __init__(self, prog: LLProgram) -> None:
        self.prog = prog
        self.layouts = Layouts(prog.classes)
        self.globals: list[str] = []
        self.funcs: list[str] = []
        self.decls: dict[str, str] = {}
        self.strs: dict[str, str] = {}
        self.cstrs: dict[str, str] = {}
        self.tds: dict[object, str] = {}
        self.prebuilt: dict[int, tuple[str, object, lt.LLType]] = {}
        self.pb_order: list[int] = []
        self.fnames: dict[int, str] = {}
        self.class_attr_globals: list[tuple[str, object, lt.LLType]] = []
        self.rdict_wrappers: dict[tuple, str] = {}
        self.raises: dict[int, bool] = {}
        self.tbaa_tags: dict[str, str] = {}
        for i, g in enumerate(prog.graphs):
            self.fnames[id(g)] = "@" + quote_name(f"{g.name}.{i}")

    # ---- names ----------------------------------------------------------
    def fname(self, g: Graph) -> str:
        if id(g) not in self.fnames:
            raise GenError(f"call to a graph that is not part of the program: {g.name}")
        return self.fnames[id(g)]

    def declare(self, name: str, ret: str, args: list[str]) -> str:
        """A runtime function: C, never unwinds; allocation returns fresh
        memory; raising is the unlikely path."""
        if name not in self.decls:
            attrs = " nounwind"
            if name in ("rt_raise", "rt_raise_str", "rt_fatal", "rt_null"):
                attrs += " cold"
            ret_attrs = "noalias " if name in ("rt_alloc", "rt_alloc_atomic", "rt_alloc_refill", "GC_malloc",
                                                 "GC_malloc_atomic") else ""
            self.decls[name] = f"declare {ret_attrs}{ret} @{name}({', '.join(args)}){attrs}"
        return "@" + name

    def tbaa(self, kind: str) -> str:
        """`, !tbaa !N` for a memory access of one kind.  Kinds are disjoint
        locations (a list's length, a list's items, one field of one class,
        @rt_exc, ...), so LLVM may keep a list's length and items pointer in
        registers across stores to its items or to an object's fields."""
        if kind not in self.tbaa_tags:
            self.tbaa_tags[kind] = f"!{100 + 2 * len(self.tbaa_tags)}"
        return f", !tbaa {self.tbaa_tags[kind]}"

    def tbaa_metadata(self) -> list[str]:
        out = ['!99 = !{!"tandem"}']
        for kind, tag in self.tbaa_tags.items():
            n = int(tag[1:])
            name = kind.replace("\\", "_").replace('"', "_")
            out.append(f'!{n + 1} = !{{!"{name}", !99, i64 0}}')
            out.append(f"{tag} = !{{!{n + 1}, !{n + 1}, i64 0}}")
        return out

    def str_const(self, s: str) -> str:
        """A prebuilt Str (writable: the runtime caches hashes in it)."""
        if s not in self.strs:
            name = f"@str.{len(self.strs)}"
            cps = [ord(c) for c in s]
            wide = any(c >= 256 for c in cps)    # compact: bytes unless a code point needs more
            et = "i32" if wide else "i8"
            body = ", ".join(f"{et} {c}" for c in cps)
            self.globals.append(
                f"{name} = internal global {{ i64, i64, i64, [{len(cps)} x {et}] }} "
                f"{{ i64 {len(cps)}, i64 0, i64 {int(wide)}, [{len(cps)} x {et}] [{body}] }}, align 8")
            self.strs[s] = name
        return self.strs[s]

    def cstr(self, s: str) -> str:
        """A NUL-terminated C string (runtime error messages)."""
        if s not in self.cstrs:
            name = f"@cstr.{len(self.cstrs)}"
            n = len(s.encode("utf-8")) + 1
            self.globals.append(f'{name} = private unnamed_addr constant [{n} x i8] c"{llstr_bytes(s)}"')
            self.cstrs[s] = name
        return self.cstrs[s]

    def typedesc(self, t: lt.LLType) -> str:
        key = t
        if key in self.tds:
            return self.tds[key]
        name = f"@td.{len(self.tds)}"
        self.tds[key] = name
        if isinstance(t, lt.Tuple):
            items = [self.typedesc(x) for x in t.items]
            arr = f"{name}.items"
            self.globals.append(f"{arr} = private constant [{len(items)} x ptr] [{', '.join('ptr ' + i for i in items)}]")
            self.globals.append(f"{name} = private constant {{ i64, i64, ptr }} {{ i64 5, i64 {len(items)}, ptr {arr} }}")
        else:
            kind = TD_SCALAR.get(str(t), 3 if t == lt.Str else 4)
            self.globals.append(f"{name} = private constant {{ i64, i64, ptr }} {{ i64 {kind}, i64 0, ptr null }}")
        return name

    # ---- prebuilt data ------------------------------------------------------
    def prebuilt_ref(self, value, t: lt.LLType) -> str:
        """The global holding the address of a prebuilt list/dict/instance/tuple."""
        key = id(value)
        if key not in self.prebuilt:
            name = f"@pb.{len(self.prebuilt)}"
            self.prebuilt[key] = (name, value, t)
            self.pb_order.append(key)
            self.globals.append(f"{name} = internal global ptr null")
            self._discover_children(value, t)
        return self.prebuilt[key][0]

    def _discover_children(self, value, t: lt.LLType) -> None:
        for v, it in self.children(value, t):
            if it.is_ref and v is not None and not isinstance(v, (str, Graph)):
                self.prebuilt_ref(v, it)

    def children(self, value, t: lt.LLType) -> list:
        if isinstance(value, lt.LLInstance):
            return [(value.fields.get(n), ft) for n, ft in value.classdef.all_fields()]
        if isinstance(value, list):
            return [(v, t.item) for v in value]
        if isinstance(value, tuple):
            return list(zip(value, t.items))
        if isinstance(value, lt.LLRDict):
            out = []
            for k, v in value.entries:
                out.append((k, t.key))
                out.append((v, t.value))
            return out
        if isinstance(value, dict):
            out = []
            for k, v in value.items():
                out.append((k, t.key))
                out.append((v, t.value))
            return out
        raise GenError(f"cannot translate a prebuilt {type(value).__name__} of type {t}")

    def init_function(self) -> str:
        """tandem_prog_init: allocate every prebuilt object, then fill fields and
        items, then insert dict entries (hashing needs filled keys)."""
        lines: list[str] = []
        reg: dict[int, str] = {}
        tmp = [0]

        def new() -> str:
            tmp[0] += 1
            return f"%t{tmp[0]}"

        def value(v, t: lt.LLType) -> str:
            if v is None:
                return "null" if t.is_ref else "0"
            if isinstance(v, str) and t == lt.Str:
                return self.str_const(v)
            if isinstance(v, Graph):
                return self.fname(v)
            if t.is_ref:
                return reg[id(v)]
            return self.prim_const(v, t)

        def word(v, t: lt.LLType) -> str:
            x = value(v, t)
            ty = lty(t)
            if ty == "i64":
                return x
            r = new()
            if ty == "ptr":
                lines.append(f"  {r} = ptrtoint ptr {x} to i64")
            elif ty == "double":
                lines.append(f"  {r} = bitcast double {x} to i64")
            else:
                lines.append(f"  {r} = zext i1 {x} to i64")
            return r

        alloc = self.declare("rt_alloc", "ptr", ["i64"])
        alloc_atomic = self.declare("rt_alloc_atomic", "ptr", ["i64"])
        list_new = self.declare("rt_list_new", "ptr", ["i64", "i64"])
        dict_new = self.declare("rt_dict_new", "ptr", ["ptr", "i64"])
        setitem = self.declare("rt_dict_setitem", "void", ["ptr", "i64", "i64"])
        i = 0
        while i < len(self.pb_order):      # value() below may not discover more
            name, v, t = self.prebuilt[self.pb_order[i]]
            r = f"%o{i}"
            reg[id(v)] = r
            if isinstance(v, lt.LLInstance):
                L = self.layouts.of(v.classdef)
                lines.append(f"  {r} = call ptr {alloc_atomic if L.atomic else alloc}(i64 {L.size()})")
                lines.append(f"  store ptr {L.vtable}, ptr {r}")
            elif isinstance(v, list):
                lines.append(f"  {r} = call ptr {list_new}(i64 {len(v)}, i64 {int(not t.item.is_ref)})")
            elif isinstance(v, tuple):
                lines.append(f"  {r} = call ptr {alloc}(i64 {8 * max(1, len(v))})")
            elif isinstance(v, lt.LLRDict):
                weq = self.rdict_wrapper(v.eq, "eq", t.key)
                wh = self.rdict_wrapper(v.hash, "hash", t.key)
                rnew = self.declare("rt_rdict_new", "ptr", ["ptr", "ptr"])
                lines.append(f"  {r} = call ptr {rnew}(ptr {weq}, ptr {wh})")
            elif isinstance(v, dict):
                atomic = int(not t.key.is_ref and not t.value.is_ref)
                if isinstance(t, lt.RDict):
                    raise GenError("prebuilt r_dict constants are not supported by the native backend")
                lines.append(f"  {r} = call ptr {dict_new}(ptr {self.typedesc(t.key)}, i64 {atomic})")
            lines.append(f"  store ptr {r}, ptr {name}")
            i += 1
        for key in self.pb_order:
            name, v, t = self.prebuilt[key]
            r = reg[key]
            if isinstance(v, lt.LLInstance):
                L = self.layouts.of(v.classdef)
                for fname, ft in v.classdef.all_fields():
                    fv = v.fields.get(fname)
                    if fv is None and not ft.is_ref:
                        continue
                    p = new()
                    lines.append(f"  {p} = getelementptr {L.struct}, ptr {r}, i32 0, i32 {L.fields[fname]}")
                    if ft != lt.Void:
                        lines.append(f"  store {lty(ft)} {value(fv, ft)}, ptr {p}")
            elif isinstance(v, (list, tuple)):
                items = v
                if isinstance(v, list):
                    base = new()
                    lines.append(f"  {base}.p = getelementptr i8, ptr {r}, i64 16")
                    lines.append(f"  {base} = load ptr, ptr {base}.p")
                else:
                    base = r
                for j, x in enumerate(items):
                    it = t.item if isinstance(v, list) else t.items[j]
                    w = word(x, it)
                    p = new()
                    lines.append(f"  {p} = getelementptr i64, ptr {base}, i64 {j}")
                    lines.append(f"  store i64 {w}, ptr {p}")
        for key in self.pb_order:
            name, v, t = self.prebuilt[key]
            if isinstance(v, (dict, lt.LLRDict)):
                pairs = v.entries if isinstance(v, lt.LLRDict) else v.items()
                for k, x in pairs:
                    lines.append(f"  call void {setitem}(ptr {reg[key]}, i64 {word(k, t.key)}, i64 {word(x, t.value)})")
        for gname, v, t in self.class_attr_globals:
            if t.is_ref and v is not None and not isinstance(v, (str, Graph)):
                lines.append(f"  store ptr {reg[id(v)]}, ptr {gname}")
        return "define void @tandem_prog_init() {\nentry:\n" + "\n".join(lines) + "\n  ret void\n}\n"

    def prim_const(self, v, t: lt.LLType) -> str:
        if t == lt.Float:
            return float_const(float(v))
        if t == lt.Bool:
            return "true" if v else "false"
        return str(signed(int(v)))

    # ---- vtables ------------------------------------------------------------
    def vtables(self) -> None:
        for L in self.layouts.by_id.values():
            slots = ["null"] * len(L.slots)
            for key, idx in L.slots.items():
                kind, name = key.split(":", 1)
                if kind == "m":
                    g = L.cd.lookup_method(name)
                    slots[idx] = self.fname(g) if g is not None else "null"
                else:
                    c = L.cd.lookup_class_attr(name)
                    slots[idx] = self.class_attr_global(c) if c is not None else "null"
            tys = ", ".join(["i64 " + str(L.cid), "ptr " + self.str_const(L.cd.report_name)]
                            + ["ptr " + s for s in slots])
            self.globals.append(f"{L.vtable} = internal constant {{ {', '.join(['i64', 'ptr'] + ['ptr'] * len(slots))} }} {{ {tys} }}")
        vts = []
        for n in BUILTIN_EXCS:
            cd = self.prog.exceptions.get(n)
            if cd is None:
                cd = self.prog.exceptions.get("RuntimeError")
            vts.append("ptr " + self.layouts.of(cd).vtable)
        self.globals.append(f"@rt_exc_vtables = global [{len(vts)} x ptr] [{', '.join(vts)}]")

    def class_attr_global(self, c) -> str:
        """A global holding one class attribute's value."""
        key = ("ca", id(c))
        if key in self.tds:
            return self.tds[key]
        name = f"@ca.{len(self.class_attr_globals)}"
        self.tds[key] = name
        t = c.concretetype
        v = c.value
        if t == lt.Void:
            init = "ptr null"
            t = lt.Str
            v = None
        elif v is None:
            init = f"{lty(t)} {'null' if t.is_ref else '0'}"
        elif isinstance(v, str) and t == lt.Str:
            init = "ptr " + self.str_const(v)
        elif isinstance(v, Graph):
            init = "ptr " + self.fname(v)
        elif t.is_ref:
            self.prebuilt_ref(v, t)
            init = "ptr null"
        else:
            init = f"{lty(t)} {self.prim_const(v, t)}"
        self.globals.append(f"{name} = internal global {init}")
        self.class_attr_globals.append((name, v, t))
        return name


def quote_name(s: str) -> str:
    return '"' + s.replace("\\", "_").replace('"', "_") + '"'
