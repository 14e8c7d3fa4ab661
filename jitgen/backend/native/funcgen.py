"""One graph -> one LLVM function.

Block input variables live in allocas (LLVM's mem2reg turns them into phis).
Exceptions: a raising operation leaves the exception in the global @rt_exc
and the code branches to the block's handler (the last operation of a
LAST_EXCEPTION block) or to `propagate`, which returns a zero value with
@rt_exc still set: the caller checks @rt_exc after every call that can
raise.  Functions that make calls compare the frame address with
@rt_stack_limit in their prologue and raise StackOverflow below it.
"""
from __future__ import annotations

from jitgen.lower import lltypes as lt
from jitgen.lower.llgraph import Constant, Graph, LAST_EXCEPTION, Variable
from jitgen.backend.native.lltypemap import lty, zero
from jitgen.backend.native.module import EXC_INDEX, GenError, ModuleGen
from jitgen.backend.native.ops_data import CALL_OPS
from jitgen.backend.native.ops_str import StrOps

# Boehm's allocation granule and the extra byte it adds when interior
# pointers are recognised; free lists exist for sizes below
# FREELIST_GRANULES granules (the same constants as vm/native/rt_core.c).
GC_GRANULE = 16
GC_EXTRA_BYTES = 1
FREELIST_GRANULES = 17

def char_variables(g: Graph, blocks: list) -> set[int]:
    """Str variables that always hold one character: results of s[i], and
    block inputs that only ever receive such variables (the largest such
    set).  Their code point travels with them, so comparisons with
    one-character literals and ord() are integer operations."""
    chars: set[int] = set()
    for b in blocks:
        for op in b.operations:
            if op.opname == "str_getitem":
                chars.add(id(op.result))
    incoming: dict[int, list] = {}
    candidates = []
    for b in blocks:
        if b is g.startblock:
            continue
        for v in b.inputargs:
            if v.concretetype == lt.Str:
                candidates.append(v)
                incoming[id(v)] = []
    for b in blocks:
        for link in b.exits:
            for a, v in zip(link.args, link.target.inputargs):
                if id(v) in incoming:
                    incoming[id(v)].append(a)
    live = {id(v) for v in candidates}
    changed = True
    while changed:
        changed = False
        for v in candidates:
            if id(v) in live and not all(isinstance(a, Variable) and (id(a) in chars or id(a) in live)
                                         for a in incoming[id(v)]):
                live.discard(id(v))
                changed = True
    return chars | live


class FunctionGen(StrOps):
    def __init__(self, m: ModuleGen, g: Graph) -> None:
        self.m = m
        self.g = g
        self.lines: list[str] = []
        self.n = 0
        self.names: dict[int, str] = {}
        self.alias: dict[int, str] = {}
        self.blocks = [b for b in g.iterblocks() if b is not g.returnblock and b is not g.exceptblock]
        self.label_of = {id(b): f"b{i}" for i, b in enumerate(self.blocks)}
        self.slot: dict[int, str] = {}
        self.exc_target = "propagate"
        self.uses_propagate = False
        self.ret_t = g.result_type
        self.char_vars: set[int] = set()
        self.notail: set[int] = set()
        self.cp: dict[int, str] = {}     # one-character Str variable -> its code point (i64)

    # ---- emission helpers ------------------------------------------------
    def tmp(self) -> str:
        self.n += 1
        return f"%t{self.n}"

    def newlabel(self, hint: str = "L") -> str:
        self.n += 1
        return f"{hint}{self.n}"

    def emit(self, s: str) -> None:
        self.lines.append("  " + s)

    def label(self, name: str) -> None:
        self.lines.append(f"{name}:")

    def vname(self, v: Variable) -> str:
        if id(v) not in self.names:
            self.names[id(v)] = f"%v{len(self.names)}"
        return self.names[id(v)]

    def val(self, a) -> str:
        if isinstance(a, Constant):
            return self.const(a)
        if id(a) in self.alias:
            return self.alias[id(a)]
        return self.vname(a)

    def const(self, c: Constant) -> str:
        t, v = c.concretetype, c.value
        if t == lt.Void and v is None:
            return "null"     # None where a reference is expected
        if t == lt.Void:
            raise GenError(f"a Void constant used as a value: {v!r}")
        if not t.is_ref:
            return self.m.prim_const(v, t)
        if v is None:
            return "null"
        if isinstance(v, str):
            return self.m.str_const(v)
        if isinstance(v, Graph):
            return self.m.fname(v)
        g = self.m.prebuilt_ref(v, t)
        r = self.tmp()
        self.emit(f"{r} = load ptr, ptr {g}{self.m.tbaa('prebuilt')}")
        return r

    def bind(self, v: Variable, text: str) -> None:
        """The result of an operation that is only a renaming."""
        self.alias[id(v)] = text

    def exc_label(self) -> str:
        if self.exc_target == "propagate":
            self.uses_propagate = True
        return self.exc_target

    def check_exc(self) -> None:
        """After a call that may have set @rt_exc."""
        e = self.tmp()
        c = self.tmp()
        ok = self.newlabel("ok")
        self.emit(f"{e} = load ptr, ptr @rt_exc{self.m.tbaa('rt_exc')}")
        self.emit(f"{c} = icmp ne ptr {e}, null")
        self.emit(f"br i1 {c}, label %{self.exc_label()}, label %{ok}, !prof !0")
        self.label(ok)

    def guard(self, ok_cond: str, exc: str, msg: str) -> None:
        """Continue if ok_cond holds, else raise the built-in exc(msg)."""
        good = self.newlabel("ok")
        bad = self.newlabel("err")
        self.emit(f"br i1 {ok_cond}, label %{good}, label %{bad}, !prof !1")
        self.label(bad)
        self.raise_builtin(exc, msg)
        self.label(good)

    def raise_builtin(self, exc: str, msg: str) -> None:
        f = self.m.declare("rt_raise", "void", ["i32", "ptr"])
        self.emit(f"call void {f}(i32 {EXC_INDEX[exc]}, ptr {self.m.cstr(msg)})")
        self.emit(f"br label %{self.exc_label()}")

    def ccall(self, name: str, ret: str, args: list[tuple[str, str]], raises: bool) -> str | None:
        """Call a runtime function; 'bool' as a type means int64_t in C."""
        cargs = []
        for ty, x in args:
            if ty == "bool":
                r = self.tmp()
                self.emit(f"{r} = zext i1 {x} to i64")
                cargs.append(f"i64 {r}")
            else:
                cargs.append(f"{ty} {x}")
        cret = "i64" if ret == "bool" else ret
        f = self.m.declare(name, cret, [("i64" if ty == "bool" else ty) for ty, _ in args])
        result = None
        if cret == "void":
            self.emit(f"call void {f}({', '.join(cargs)})")
        else:
            result = self.tmp()
            self.emit(f"{result} = call {cret} {f}({', '.join(cargs)})")
        if raises:
            self.check_exc()
        if ret == "bool":
            b = self.tmp()
            self.emit(f"{b} = icmp ne i64 {result}, 0")
            return b
        return result

    def ret_zero(self) -> None:
        if self.ret_t == lt.Void:
            self.emit("ret void")
        else:
            self.emit(f"ret {lty(self.ret_t)} {zero(self.ret_t)}")

    # ---- the function -------------------------------------------------------
    def generate(self) -> str:
        g = self.g
        params = []
        for v in g.args:
            if v.concretetype != lt.Void:
                params.append(f"{lty(v.concretetype)} {self.vname(v)}.arg")
        head = f"define internal {lty(self.ret_t)} {self.m.fname(g)}({', '.join(params)}) nounwind null_pointer_is_valid"
        self.label("entry")
        self.char_vars = char_variables(g, self.blocks)
        for b in self.blocks:
            for v in b.inputargs:
                if v.concretetype != lt.Void:
                    s = f"{self.vname(v)}.slot"
                    self.slot[id(v)] = s
                    self.emit(f"{s} = alloca {lty(v.concretetype)}")
                    if id(v) in self.char_vars:
                        self.emit(f"{s}.cp = alloca i64")
        for v in g.args:
            if v.concretetype != lt.Void:
                self.emit(f"store {lty(v.concretetype)} {self.vname(v)}.arg, ptr {self.slot[id(v)]}")
        self.check_at = self.m.cg.check_points(g) if self.m.cg.needs_stack_check(g) else {}
        self.notail = self.m.cg.recursive_calls(g)
        self.emit("br label %b0")
        for b in self.blocks:
            self.gen_block(b)
        if self.uses_propagate:
            self.label("propagate")
            self.ret_zero()
        return head + " {\n" + "\n".join(self.lines) + "\n}\n"

    def gen_block(self, b) -> None:
        self.label(self.label_of[id(b)])
        for v in b.inputargs:
            if v.concretetype != lt.Void:
                self.emit(f"{self.vname(v)} = load {lty(v.concretetype)}, ptr {self.slot[id(v)]}")
                if id(v) in self.char_vars:
                    self.cp[id(v)] = f"{self.vname(v)}.cp"
                    self.emit(f"{self.vname(v)}.cp = load i64, ptr {self.slot[id(v)]}.cp")
        catch = b.exitswitch is LAST_EXCEPTION
        last = len(b.operations) - 1
        handler = "c" + self.label_of[id(b)]
        check = self.check_at.get(id(b), -1)
        for i, op in enumerate(b.operations):
            self.exc_target = handler if (catch and i == last) else "propagate"
            if i == check:
                self.stack_check()
            self.gen_op(op)
        self.exc_target = "propagate"
        if b.exitswitch is None:
            self.gen_link(b.exits[0])
        elif catch:
            self.gen_link(b.exits[0])
            self.gen_catch(b, handler)
        else:
            sw = self.val(b.exitswitch)
            lf, lt_ = self.newlabel("f"), self.newlabel("t")
            self.emit(f"br i1 {sw}, label %{lt_}, label %{lf}")
            self.label(lf)
            self.gen_link(b.exits[0])
            self.label(lt_)
            self.gen_link(b.exits[1])

    def stack_check(self) -> None:
        """StackOverflow when the stack pointer is below @rt_stack_limit."""
        sp, lim, c = self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{sp} = call i64 @llvm.read_register.i64(metadata !2)")
        self.emit(f"{lim} = load i64, ptr @rt_stack_limit{self.m.tbaa('rt_stack_limit')}")
        self.emit(f"{c} = icmp ult i64 {sp}, {lim}")
        bad, good = self.newlabel("deep"), self.newlabel("ok")
        self.emit(f"br i1 {c}, label %{bad}, label %{good}, !prof !0")
        self.label(bad)
        self.emit("call void @rt_raise_stack_overflow()")
        self.emit(f"br label %{self.exc_label()}")
        self.label(good)

    def gen_catch(self, b, handler: str) -> None:
        self.label(handler)
        e = self.tmp()
        self.emit(f"{e} = load ptr, ptr @rt_exc{self.m.tbaa('rt_exc')}")
        for link in b.exits[1:]:
            cd = link.exitcase
            if not isinstance(cd, lt.ClassDef):
                raise GenError(f"exception link with exitcase {cd!r}")
            yes, no = self.newlabel("catch"), self.newlabel("next")
            c = self.instanceof_nonnull(e, cd)
            self.emit(f"br i1 {c}, label %{yes}, label %{no}")
            self.label(yes)
            self.emit(f"store ptr null, ptr @rt_exc{self.m.tbaa('rt_exc')}")
            if link.last_exc_value is not None:
                self.alias[id(link.last_exc_value)] = e
            self.gen_link(link)
            self.label(no)
        self.uses_propagate = True
        self.emit("br label %propagate")

    def gen_link(self, link) -> None:
        tgt = link.target
        if tgt is self.g.returnblock:
            v = tgt.inputargs[0]
            if v.concretetype == lt.Void or self.ret_t == lt.Void:
                self.emit("ret void")
            else:
                self.emit(f"ret {lty(self.ret_t)} {self.val(link.args[0])}")
            return
        if tgt is self.g.exceptblock:
            self.emit(f"store ptr {self.val(link.args[0])}, ptr @rt_exc{self.m.tbaa('rt_exc')}")
            self.ret_zero()
            return
        vals = []
        for a, v in zip(link.args, tgt.inputargs):
            # a Void source is an undefined local that the target never reads
            if v.concretetype == lt.Void:
                continue
            if a.concretetype == lt.Void:
                if isinstance(a, Constant) and a.value is None and v.concretetype.is_ref:
                    vals.append(("null", v))
                continue
            vals.append((self.val(a), v))
        for x, v in vals:
            self.emit(f"store {lty(v.concretetype)} {x}, ptr {self.slot[id(v)]}")
        for a, v in zip(link.args, tgt.inputargs):
            if id(v) in self.char_vars:
                self.emit(f"store i64 {self.cp[id(a)]}, ptr {self.slot[id(v)]}.cp")
        self.emit(f"br label %{self.label_of[id(tgt)]}")

    # ---- operations ---------------------------------------------------------
    def gen_op(self, op) -> None:
        try:
            self.gen_op1(op)
        except GenError as e:
            if e.pos is None:
                e.pos = op.pos if op.pos is not None else self.g.pos
            raise

    def gen_op1(self, op) -> None:
        meth = getattr(self, "op_" + op.opname, None)
        if meth is not None:
            meth(op)
            return
        if op.opname in CALL_OPS:
            self.table_call(op)
            return
        where = f" at {op.pos}" if op.pos is not None else ""
        raise GenError(f"operation {op.opname} is not supported by the native backend{where}")

    def set(self, op, text: str | None) -> None:
        if op.result.concretetype != lt.Void and text is not None:
            self.alias[id(op.result)] = text

    # instances and classes
    def instanceof_nonnull(self, x: str, cd: lt.ClassDef) -> str:
        L = self.m.layouts.of(cd)
        vt, cid, d, c = self.tmp(), self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{vt} = load ptr, ptr {x}{self.m.tbaa('vtable')}")
        self.emit(f"{cid} = load i64, ptr {vt}{self.m.tbaa('vt')}")
        if L.cid == L.last:
            self.emit(f"{c} = icmp eq i64 {cid}, {L.cid}")
        else:
            self.emit(f"{d} = sub i64 {cid}, {L.cid}")
            self.emit(f"{c} = icmp ule i64 {d}, {L.last - L.cid}")
        return c

    def nullsafe_test(self, x: str, test) -> str:
        """test(x) for non-null x, False for null (a small diamond)."""
        isnull = self.tmp()
        self.emit(f"{isnull} = icmp eq ptr {x}, null")
        yes, no, join = self.newlabel("nn"), self.newlabel("null"), self.newlabel("j")
        self.emit(f"br i1 {isnull}, label %{no}, label %{yes}")
        self.label(yes)
        c = test(x)
        self.emit(f"br label %{join}")
        here = self.lines_label_before()
        self.label(no)
        self.emit(f"br label %{join}")
        self.label(join)
        r = self.tmp()
        self.emit(f"{r} = phi i1 [ {c}, %{here} ], [ false, %{no} ]")
        return r

    def lines_label_before(self) -> str:
        for line in reversed(self.lines):
            if line.endswith(":") and not line.startswith(" "):
                return line[:-1]
        return "entry"

    def op_instanceof(self, op) -> None:
        cd = op.args[1].value
        self.set(op, self.nullsafe_test(self.val(op.args[0]), lambda x: self.instanceof_nonnull(x, cd)))

    def op_type_is(self, op) -> None:
        L = self.m.layouts.of(op.args[1].value)

        def test(x: str) -> str:
            vt, cid, c = self.tmp(), self.tmp(), self.tmp()
            self.emit(f"{vt} = load ptr, ptr {x}{self.m.tbaa('vtable')}")
            self.emit(f"{cid} = load i64, ptr {vt}{self.m.tbaa('vt')}")
            self.emit(f"{c} = icmp eq i64 {cid}, {L.cid}")
            return c
        self.set(op, self.nullsafe_test(self.val(op.args[0]), test))

    def op_same_class(self, op) -> None:
        """type(a) is type(b): the class ids in the vtables are equal; None
        (null, whose class id is -1 here) is only of None's type."""
        cids = []
        for a in op.args:
            x = self.val(a)
            isnull, vt, cid, r = self.tmp(), self.tmp(), self.tmp(), self.tmp()
            self.emit(f"{isnull} = icmp eq ptr {x}, null")
            yes, no, join = self.newlabel("nn"), self.newlabel("null"), self.newlabel("j")
            self.emit(f"br i1 {isnull}, label %{no}, label %{yes}")
            self.label(yes)
            self.emit(f"{vt} = load ptr, ptr {x}{self.m.tbaa('vtable')}")
            self.emit(f"{cid} = load i64, ptr {vt}{self.m.tbaa('vt')}")
            self.emit(f"br label %{join}")
            self.label(no)
            self.emit(f"br label %{join}")
            self.label(join)
            self.emit(f"{r} = phi i64 [ {cid}, %{yes} ], [ -1, %{no} ]")
            cids.append(r)
        c = self.tmp()
        self.emit(f"{c} = icmp eq i64 {cids[0]}, {cids[1]}")
        self.set(op, c)

    def gc_alloc(self, size: int, atomic: bool, clear_first: bool = True) -> str:
        """size bytes of zeroed GC memory; MemoryError when it fails.  Small
        objects are popped inline from the runtime's free lists
        (@rt_freelists, vm/native/rt_core.c), refilled by a call when
        empty; larger ones come from GC_malloc.  A pointer-free object is
        cleared here, where LLVM sees the stores that overwrite it; the
        caller that stores the first word at once passes clear_first=False
        (it holds the free list's link)."""
        granules = (size + GC_EXTRA_BYTES + GC_GRANULE - 1) // GC_GRANULE
        if granules >= FREELIST_GRANULES:
            return self.gc_malloc_call(size, atomic)
        kind = 0 if atomic else 1
        head = (f"getelementptr inbounds ([2 x [{FREELIST_GRANULES} x ptr]], ptr @rt_freelists, "
                f"i64 0, i64 {kind}, i64 {granules})")
        first, empty, nxt, p = self.tmp(), self.tmp(), self.tmp(), self.tmp()
        pop, refill, join = self.newlabel("pop"), self.newlabel("refill"), self.newlabel("alloc")
        tag = self.m.tbaa("freelist")
        self.emit(f"{first} = load ptr, ptr {head}{tag}")
        self.emit(f"{empty} = icmp eq ptr {first}, null")
        self.emit(f"br i1 {empty}, label %{refill}, label %{pop}, !prof !0")
        self.label(pop)
        # the link word: untagged, it is the object's first word by another name
        self.emit(f"{nxt} = load ptr, ptr {first}")
        self.emit(f"store ptr {nxt}, ptr {head}{tag}")
        if clear_first and not atomic:
            self.emit(f"store ptr null, ptr {first}")
        self.emit(f"br label %{join}")
        self.label(refill)
        fresh, ok = self.tmp(), self.tmp()
        fn = self.m.declare("rt_alloc_refill", "ptr", ["i64", "i64"])
        self.emit(f"{fresh} = call noalias ptr {fn}(i64 {granules}, i64 {kind})")
        self.emit(f"{ok} = icmp ne ptr {fresh}, null")
        self.emit(f"br i1 {ok}, label %{join}, label %{self.exc_label()}, !prof !1")
        self.label(join)
        self.emit(f"{p} = phi ptr [ {first}, %{pop} ], [ {fresh}, %{refill} ]")
        if atomic:
            self.emit(f"call void @llvm.memset.p0.i64(ptr align 8 {p}, i8 0, i64 {size}, i1 false)")
        return p

    def gc_malloc_call(self, size: int, atomic: bool) -> str:
        """size bytes from GC_malloc / GC_malloc_atomic (cleared here)."""
        fn = "GC_malloc_atomic" if atomic else "GC_malloc"
        p = self.tmp()
        self.emit(f"{p} = call noalias ptr {self.m.declare(fn, 'ptr', ['i64'])}(i64 {size})")
        c = self.tmp()
        self.emit(f"{c} = icmp ne ptr {p}, null")
        good, bad = self.newlabel("mem"), self.newlabel("nomem")
        self.emit(f"br i1 {c}, label %{good}, label %{bad}, !prof !1")
        self.label(bad)
        self.emit(f"call void {self.m.declare('rt_raise_memory', 'void', [])}()")
        self.emit(f"br label %{self.exc_label()}")
        self.label(good)
        if atomic:
            self.emit(f"call void @llvm.memset.p0.i64(ptr align 8 {p}, i8 0, i64 {size}, i1 false)")
        return p

    def alloc_instance(self, cd: lt.ClassDef) -> str:
        L = self.m.layouts.of(cd)
        p = self.gc_alloc(L.size(), L.atomic, clear_first=False)
        self.emit(f"store ptr {L.vtable}, ptr {p}{self.m.tbaa('vtable')}")
        return p

    def guard_set(self, ok_cond: str) -> None:
        """Continue if ok_cond, else the exception is already in @rt_exc."""
        good = self.newlabel("ok")
        self.emit(f"br i1 {ok_cond}, label %{good}, label %{self.exc_label()}, !prof !1")
        self.label(good)

    def op_new_instance(self, op) -> None:
        self.set(op, self.alloc_instance(op.args[0].value))

    def op_new_exception(self, op) -> None:
        cd = op.args[0].value
        p = self.alloc_instance(cd)
        self.store_field(p, cd, "message", lt.Str, self.val(op.args[1]))
        self.set(op, p)

    def field_ptr(self, obj: str, cd: lt.ClassDef, name: str) -> str:
        L = self.m.layouts.of(cd)
        if name not in L.fields:
            raise GenError(f"class {cd.name} has no field {name}")
        p = self.tmp()
        self.emit(f"{p} = getelementptr {L.struct}, ptr {obj}, i32 0, i32 {L.fields[name]}")
        return p

    def field_tbaa(self, cd: lt.ClassDef, name: str) -> str:
        """One access kind per field, named after the class that declares it
        (subclasses reach the same memory)."""
        c = cd
        while c is not None and name not in c.fields:
            c = c.base
        owner = c if c is not None else cd
        return self.m.tbaa(f"field {self.m.layouts.of(owner).index} {name}")

    def store_field(self, obj: str, cd, name: str, t: lt.LLType, x: str) -> None:
        if t == lt.Void:
            return
        p = self.field_ptr(obj, cd, name)
        self.emit(f"store {lty(t)} {x}, ptr {p}{self.field_tbaa(cd, name)}")

    def static_class(self, a) -> lt.ClassDef:
        t = a.concretetype
        if not isinstance(t, lt.Instance):
            raise GenError(f"instance operation on a value of type {t}")
        return t.classdef

    def op_getfield(self, op) -> None:
        t = op.result.concretetype
        if t == lt.Void:
            return
        cd = self.static_class(op.args[0])
        p = self.field_ptr(self.val(op.args[0]), cd, op.args[1].value)
        r = self.tmp()
        self.emit(f"{r} = load {lty(t)}, ptr {p}{self.field_tbaa(cd, op.args[1].value)}")
        self.set(op, r)

    def op_setfield(self, op) -> None:
        cd = self.static_class(op.args[0])
        name = op.args[1].value
        ft = cd.field_type(name)
        if op.args[2].concretetype == lt.Void and not (ft.is_ref and isinstance(op.args[2], Constant)):
            return
        self.store_field(self.val(op.args[0]), cd, name, ft, self.val(op.args[2]))

    def op_getclassattr(self, op) -> None:
        cd = self.static_class(op.args[0])
        name = op.args[1].value
        t = op.result.concretetype
        L = self.m.layouts.of(cd)
        consts = {id(c.lookup_class_attr(name)) for c in self.m.layouts.subtree(cd)
                  if c.lookup_class_attr(name) is not None}
        if len(consts) == 1:
            c = cd.lookup_class_attr(name) or next(x.lookup_class_attr(name) for x in self.m.layouts.subtree(cd)
                                                   if x.lookup_class_attr(name) is not None)
            if not c.concretetype.is_ref or c.value is None or isinstance(c.value, (str, Graph)):
                self.set(op, self.const(Constant(c.value, t)) if t != lt.Void else None)
                return
        key = "a:" + name
        if key not in L.slots:
            raise GenError(f"class attribute {name} is not defined on {cd.name}")
        vt, sp, gp, r = self.tmp(), self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{vt} = load ptr, ptr {self.val(op.args[0])}{self.m.tbaa('vtable')}")
        self.emit(f"{sp} = getelementptr ptr, ptr {vt}, i64 {2 + L.slots[key]}")
        self.emit(f"{gp} = load ptr, ptr {sp}{self.m.tbaa('vt')}")
        self.emit(f"{r} = load {lty(t)}, ptr {gp}{self.m.tbaa('classattr')}")
        self.set(op, r)

    def op_classname(self, op) -> None:
        vt, sp, r = self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{vt} = load ptr, ptr {self.val(op.args[0])}{self.m.tbaa('vtable')}")
        self.emit(f"{sp} = getelementptr ptr, ptr {vt}, i64 1")
        self.emit(f"{r} = load ptr, ptr {sp}{self.m.tbaa('vt')}")
        self.set(op, r)

    # calls
    def call_args(self, params: list, args: list) -> str:
        out = []
        for p, a in zip(params, args):
            pt = p.concretetype if isinstance(p, Variable) else p
            if pt != lt.Void:
                out.append(f"{lty(pt)} {self.val(a)}")
        return ", ".join(out)

    def emit_call(self, op, callee: str, params: list, args: list, ret_t: lt.LLType, raises: bool) -> None:
        argtext = self.call_args(params, args)
        call = "notail call" if id(op) in self.notail else "call"
        if ret_t == lt.Void:
            self.emit(f"{call} void {callee}({argtext})")
            r = None
        else:
            r = self.tmp()
            self.emit(f"{r} = {call} {lty(ret_t)} {callee}({argtext})")
        if raises:
            self.check_exc()
        if op.result.concretetype != lt.Void and r is None:
            raise GenError(f"call of a procedure used as a value: {op}")
        self.set(op, r)

    def op_direct_call(self, op) -> None:
        g = op.args[0].value
        self.emit_call(op, self.m.fname(g), g.args, op.args[1:], g.result_type, self.m.may_raise(g))

    def op_indirect_call(self, op) -> None:
        ft = op.args[0].concretetype
        f = self.val(op.args[0])
        c = self.tmp()
        self.emit(f"{c} = icmp ne ptr {f}, null")
        good, bad = self.newlabel("ok"), self.newlabel("err")
        self.emit(f"br i1 {c}, label %{good}, label %{bad}, !prof !1")
        self.label(bad)
        fatal = self.m.declare("rt_fatal", "void", ["ptr"])
        self.emit(f"call void {fatal}(ptr {self.m.cstr(chr(84) + 'ypeError: ' + chr(39) + 'NoneType' + chr(39) + ' object is not callable')})")
        self.emit("unreachable")
        self.label(good)
        self.emit_call(op, f, list(ft.args), op.args[1:], ft.result, True)

    def op_call_method(self, op) -> None:
        cd = self.static_class(op.args[0])
        name = op.args[1].value
        sub = self.m.layouts.subtree(cd)
        impls = []
        for c in sub:
            g = c.lookup_method(name)
            if g is not None and all(g is not x for x in impls):
                impls.append(g)
        if not impls:
            raise GenError(f"no implementation of method {name} for {cd.name}")
        proto = impls[0]
        raises = any(self.m.may_raise(g) for g in impls)
        args = [op.args[0]] + op.args[2:]
        if len(impls) == 1:
            self.emit_call(op, self.m.fname(proto), proto.args, args, proto.result_type, raises)
            return
        L = self.m.layouts.of(cd)
        key = "m:" + name
        if key in L.slots:
            vt, sp, fn = self.tmp(), self.tmp(), self.tmp()
            self.emit(f"{vt} = load ptr, ptr {self.val(op.args[0])}{self.m.tbaa('vtable')}")
            self.emit(f"{sp} = getelementptr ptr, ptr {vt}, i64 {2 + L.slots[key]}")
            self.emit(f"{fn} = load ptr, ptr {sp}{self.m.tbaa('vt')}")
            self.emit_call(op, fn, proto.args, args, proto.result_type, raises)
            return
        raise GenError(f"method {name} is not defined on {cd.name} (only in some subclasses)")
