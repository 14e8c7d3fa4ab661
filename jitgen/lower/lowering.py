"""Typed flow graphs -> low-level graphs (docs/lowlevel.md).

The checker left a recipe on every operation; lowering replaces each
high-level operation by the low-level operations of its recipe, gives every
variable its low-level type, converts link values where the types differ
(bool -> int), maps exception classes to ClassDefs, and converts prebuilt
Python objects into low-level runtime values.
"""
from __future__ import annotations

import types as pytypes

from jitgen.frontend.flowbuilder import is_undef
from jitgen.lower import lltypes as lt
from jitgen.lower.canraise import CANRAISE
from jitgen.lower.simplify import join_blocks
from jitgen.lower.llgraph import (Block, Constant, Graph, LLProgram, Link,
                                  Operation, Variable, LAST_EXCEPTION)
from jitgen.types import model as m


_CONVERSIONS = {(lt.Bool, lt.Signed), (lt.Bool, lt.Float), (lt.Signed, lt.Float),
                (lt.Signed, lt.Unsigned)}


def _is_downcast(src, dst) -> bool:
    return (isinstance(src, lt.Instance) and isinstance(dst, lt.Instance)
            and src.classdef is not dst.classdef and dst.classdef.is_subclass_of(src.classdef))


class Lowerer:
    def __init__(self, checker) -> None:
        self.c = checker
        self.classdefs: dict[int, lt.ClassDef] = {}     # id(ClassInfo) -> ClassDef
        self.prebuilt: dict[int, object] = {}
        self.last_expansion: dict[int, int] = {}   # id(block) -> where its last op's expansion starts
        self.prog = LLProgram()

    # ---- types --------------------------------------------------------
    def llt(self, t) -> lt.LLType:
        t = m.freeze(t)
        if isinstance(t, m.TOpt):
            return self.llt(t.inner)
        if t is m.TInt or t == m.TInt:
            return lt.Signed
        if t == m.TBool:
            return lt.Bool
        if t == m.TFloat:
            return lt.Float
        if t == m.TStr:
            return lt.Str
        if t == m.TUint:
            return lt.Unsigned
        if t == m.TSB:
            return lt.StringBuilder
        if isinstance(t, m.TList):
            return lt.List(self.llt(t.item))
        if isinstance(t, m.TDict):
            k, v = self.llt(t.k), self.llt(t.v)
            return lt.RDict(k, v) if t.rdict else lt.Dict(k, v)
        if isinstance(t, m.TTuple):
            return lt.Tuple(tuple(self.llt(x) for x in t.items))
        if isinstance(t, m.TInst):
            return lt.Instance(self.classdef(t.cls))
        if isinstance(t, m.TFunc):
            return lt.Func(tuple(self.llt(a) for a in t.args), self.llt(t.ret))
        if isinstance(t, m.TVar):
            t.ref = m.TInt      # never constrained: any type works; pick int
            return lt.Signed
        return lt.Void

    def classdef(self, ci) -> lt.ClassDef:
        cd = self.classdefs.get(id(ci))
        if cd is not None:
            return cd
        base = self.classdef(ci.base) if ci.base is not None else None
        cd = lt.ClassDef(ci.name, base)
        cd.pyname = ci.pyname
        cd.report_name = ci.pyname
        mod = getattr(ci.pycls, "__module__", None)
        if not ci.is_builtin and mod and self.c.entry is not None \
                and mod not in (self.c.entry.pyfunc.__module__, "builtins"):
            cd.report_name = f"{mod}.{ci.pycls.__qualname__}"
        cd.is_builtin = ci.is_builtin
        cd.is_exception = ci.is_exception
        self.classdefs[id(ci)] = cd
        self.prog.classes.append(cd)
        if ci.table is not None:
            ci.table.layout(ci)
        for name, t in ci.fields.items():
            cd.fields[name] = self.llt(t)
        cd.final_fields = set(ci.final)
        # type(x).__name__ and x.__class__.__name__ read this class constant
        cd.class_attrs["__name__"] = Constant(ci.pyname, lt.Str)
        for name, value in ci.consts.items():
            t = self.c.const_type(value)
            if isinstance(m.prune(t), m.TPy):
                continue
            cd.class_attrs[name] = Constant(self.llvalue(value, t), self.llt(t))
        return cd

    # ---- values ---------------------------------------------------------
    def llvalue(self, value, t):
        """A Python value (a constant of the program) as a low-level runtime value."""
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            t0 = m.freeze(t)
            if t0 == m.TFloat:
                return float(value)
            return int(value)
        if isinstance(value, (float, str)):
            return value
        if isinstance(value, tuple):
            ft = m.freeze(t)
            items = ft.items if isinstance(ft, m.TTuple) else [self.c.const_type(v) for v in value]
            return tuple(self.llvalue(v, it) for v, it in zip(value, items))
        key = id(value)
        if key in self.prebuilt:
            return self.prebuilt[key]
        if isinstance(value, pytypes.FunctionType):
            fd = self.c.get_func(value, (), None)
            return fd.graph
        from jitgen.hints.rdict import r_dict
        if isinstance(value, r_dict):
            ft = m.freeze(t)
            kt = ft.k if isinstance(ft, m.TDict) else m.TStr
            vt = ft.v if isinstance(ft, m.TDict) else m.TInt
            eq = self.c.get_func(value.key_eq, (), None).graph
            hs = self.c.get_func(value.key_hash, (), None).graph
            rd = lt.LLRDict(eq, hs)
            self.prebuilt[key] = rd
            # [key, value] pairs; the graph interpreter (and backends) hash
            # them with the program's functions when the program starts
            rd.entries = [[self.llvalue(k, kt), self.llvalue(v, vt)] for k, v in value.items()]
            return rd
        if isinstance(value, list):
            ft = m.freeze(t)
            item = ft.item if isinstance(ft, m.TList) else m.TInt
            out: list = []
            self.prebuilt[key] = out
            out.extend(self.llvalue(v, item) for v in value)
            return out
        if isinstance(value, dict):
            ft = m.freeze(t)
            kt = ft.k if isinstance(ft, m.TDict) else m.TStr
            vt = ft.v if isinstance(ft, m.TDict) else m.TInt
            d: dict = {}
            self.prebuilt[key] = d
            for k, v in value.items():
                d[self.llvalue(k, kt)] = self.llvalue(v, vt)
            return d
        ci = self.c.classes.by_pycls.get(type(value))
        if ci is not None:
            cd = self.classdef(ci)
            inst = lt.LLInstance(cd)
            self.prebuilt[key] = inst
            for c in ci.mro():
                for name, ftype in c.fields.items():
                    if hasattr(value, name):
                        inst.fields[name] = self.llvalue(getattr(value, name), ftype)
            return inst
        return None

    def constant(self, value, t) -> Constant:
        return Constant(self.llvalue(value, t), self.llt(t))

    # ---- graphs ---------------------------------------------------------
    def lower_function(self, fd) -> None:
        g = fd.graph
        g.flags = set(fd.flags)
        if fd.classinfo is not None:
            g.classdef = self.classdef(fd.classinfo)
        blocks = g.iterblocks()
        for b in blocks + [g.returnblock, g.exceptblock]:
            for v in b.inputargs:
                v.concretetype = self.llt(v.hltype) if v.hltype is not None else lt.Void
        g.returnblock.inputargs[0].concretetype = self.llt(fd.ret)
        g.exceptblock.inputargs[0].concretetype = lt.Instance(self.classdef(self.c.classes.by_pycls[Exception]))
        for b in blocks:
            self.lower_block(fd, b)
        for b in blocks:
            for link in list(b.exits):
                self.lower_link(g, b, link)
        for b in blocks:
            split_raising_ops(b, self.last_expansion.get(id(b), 0))
        join_blocks(g)

    def lower_block(self, fd, b: Block) -> None:
        new_ops: list[Operation] = []
        for op in b.operations:
            recipe = fd.recipes.get(id(op))
            if recipe is None:
                from jitgen.driver.pipeline import CheckFailed
                from jitgen.frontend.errors import SourceError
                p = op.pos
                raise CheckFailed([SourceError(p.file if p else "<unknown>", p.line if p else 0,
                                               p.col if p else 0,
                                               f"internal: operation '{op.opname}' was left untyped"
                                               " (please report)")])
            last_start = len(new_ops)
            self.expand(op, recipe, new_ops)
        b.operations = new_ops
        # only the block's last high-level op is covered by its exception
        # exits (the flow builder ends a try-body block after each raising op)
        self.last_expansion[id(b)] = last_start if b.operations else 0
        if b.exitswitch is LAST_EXCEPTION:
            # no op of the expansion raises: the handlers are unreachable;
            # raising ops before the last are cut apart by split_raising_ops
            if not any(op.opname in CANRAISE for op in new_ops[self.last_expansion[id(b)]:]):
                b.exitswitch = None
                b.exits = b.exits[:1]
        for link in b.exits:
            if link.last_exc_value is not None:
                ci = self.c.classinfo(link.exitcase)
                cd = self.classdef(ci)
                link.exitcase = cd
                link.last_exc_value.concretetype = lt.Instance(cd)

    def ref(self, op, r, stepvars: list, new_ops: list):
        kind = r[0]
        if kind == "a":
            a = op.args[r[1]]
            if isinstance(a, Constant):
                t = self.c.const_type(a.value)
                return self.constant(a.value, t)
            return a
        if kind == "t":
            return stepvars[r[1]]
        if kind == "c":
            return self.constant(r[1], r[2])
        if kind == "n":
            return Constant(r[1], lt.Void)
        if kind == "fn":
            fd = r[1]
            if fd.graph is None:
                self.c.ensure_typed(fd)
            return Constant(fd.graph, lt.Func(tuple(self.llt(a) for a in fd.argtypes), self.llt(fd.ret)))
        if kind == "cls":
            return Constant(self.classdef(r[1]), lt.Void)
        if kind == "v":
            return r[1]
        if kind == "conv":
            inner = self.ref(op, r[1], stepvars, new_ops)
            return self.convert(inner, r[2], r[3], new_ops, op.pos)
        raise AssertionError(r)

    def convert(self, value, ft, tt, new_ops: list, pos):
        f, t = m.freeze(ft), m.freeze(tt)
        chain = []
        if f == m.TBool and t == m.TInt:
            chain = [("cast_bool_to_int", lt.Signed)]
        elif f == m.TBool and t == m.TFloat:
            chain = [("cast_bool_to_int", lt.Signed), ("cast_int_to_float", lt.Float)]
        elif f == m.TInt and t == m.TFloat:
            chain = [("cast_int_to_float", lt.Float)]
        elif f == m.TInt and t == m.TUint:
            chain = [("cast_int_to_uint", lt.Unsigned)]
        for name, llt_ in chain:
            if isinstance(value, Constant):
                v = value.value
                value = Constant(int(v) if llt_ == lt.Signed else (float(v) if llt_ == lt.Float else int(v) % (1 << 64)), llt_)
                continue
            res = Variable(llt_)
            new_ops.append(Operation(name, [value], res, pos))
            value = res
        return value

    def expand(self, op, recipe, new_ops: list) -> None:
        steps, result = recipe
        restype = self.llt(op.result.hltype) if op.result.hltype is not None else lt.Void
        op.result.concretetype = restype
        stepvars = [Variable(self.llt(t)) for (_, _, t) in steps]
        if result[0] == "t":
            stepvars[result[1]] = op.result
            if op.result.concretetype != self.llt(steps[result[1]][2]):
                op.result.concretetype = self.llt(steps[result[1]][2])
        for k, (name, args, t) in enumerate(steps):
            llargs = [self.ref(op, a, stepvars, new_ops) for a in args]
            new_ops.append(Operation(name, llargs, stepvars[k], op.pos))
        if result[0] != "t":
            v = self.ref(op, result, stepvars, new_ops)
            new_ops.append(Operation("same_as", [v], op.result, op.pos))
            if isinstance(v, (Variable, Constant)) and v.concretetype is not None:
                if op.result.concretetype == lt.Void or v.concretetype == restype:
                    op.result.concretetype = v.concretetype

    def lower_link(self, g: Graph, b: Block, link: Link) -> None:
        targets = link.target.inputargs
        needs = False
        newargs = []
        for a, v in zip(link.args, targets):
            tt = v.concretetype
            if isinstance(a, Constant):
                if is_undef(a):
                    newargs.append(Constant(lt.default_value(tt), tt))
                else:
                    ht = v.hltype if v.hltype is not None else self.c.const_type(a.value)
                    newargs.append(Constant(self.llvalue(a.value, ht), tt))
                continue
            if a.concretetype is None:
                a.concretetype = tt
            elif a.concretetype == lt.Void and tt != lt.Void:
                # a value narrowed to None (`x is None` held) joins where x
                # is a reference again: pass null of the target's type
                newargs.append(Constant(lt.default_value(tt), tt))
                continue
            elif (a.concretetype, tt) in _CONVERSIONS or _is_downcast(a.concretetype, tt):
                needs = True
            newargs.append(a)
        link.args = newargs
        if not needs:
            return
        # an intermediate block converts the values (bool -> int, ...)
        vars_in: list[Variable] = []
        for a in newargs:
            if isinstance(a, Variable) and all(a is not x for x in vars_in):
                vars_in.append(a)
        mapping = {id(x): Variable(x.concretetype, "c") for x in vars_in}
        mid = Block([mapping[id(x)] for x in vars_in])
        final = []
        for a, v in zip(newargs, targets):
            if isinstance(a, Variable):
                x = mapping[id(a)]
                if (x.concretetype, v.concretetype) in _CONVERSIONS:
                    x = self.convert(x, a.hltype, v.hltype, mid.operations, None)
                elif _is_downcast(x.concretetype, v.concretetype):
                    y = Variable(v.concretetype, "cast")
                    mid.operations.append(Operation("cast_instance", [x, Constant(v.concretetype.classdef, lt.Void)], y))
                    x = y
                final.append(x)
            else:
                final.append(a)
        mid.closeblock(Link(final, link.target))
        link.args = list(vars_in)
        link.target = mid

    # ---- program ------------------------------------------------------------
    def run(self) -> LLProgram:
        prog = self.prog
        for ci in list(self.c.classes.order):
            self.classdef(ci)
        for pycls, name, _ in __import__("jitgen.types.classes", fromlist=["x"]).BUILTIN_EXCEPTIONS:
            prog.exceptions[name] = self.classdef(self.c.classes.by_pycls[pycls])
        done = [fd for fd in self.c.order if fd.state == "done" and fd.graph is not None]
        for fd in done:
            self.lower_function(fd)
            prog.graphs.append(fd.graph)
            if fd.classinfo is not None and fd.pyfunc.__name__ in fd.classinfo.pycls.__dict__:
                self.classdef(fd.classinfo).methods[fd.pyfunc.__name__] = fd.graph
        # classes created while lowering (rare) get their layouts too
        self.add_builtin_str_methods()
        prog.entry = self.c.entry.graph
        import vm.io as io
        for name, f in self.c.used_externals.items():
            if f is None:
                f = {"io_write_stdout": io.write_stdout, "io_write_stderr": io.write_stderr}.get(name)
            prog.externals[name] = f
        prog.jitdrivers = list(self.c.jitdrivers.values())
        prog.classes.sort(key=lambda cd: len(cd.mro()))
        return prog

    def add_builtin_str_methods(self) -> None:
        exc = self.prog.exceptions["Exception"]
        for cd, quote in ((exc, False),):
            selfv = Variable(lt.Instance(cd), "self")
            start = Block([selfv])
            g = Graph(f"{cd.name}.__str__", start, lt.Str)
            msg = Variable(lt.Str, "msg")
            start.operations.append(Operation("getfield", [selfv, Constant("message", lt.Void)], msg))
            out = msg
            if quote:
                out = Variable(lt.Str, "r")
                start.operations.append(Operation("str_repr", [msg], out))
            start.closeblock(Link([out], g.returnblock))
            g.classdef = cd
            cd.methods["__str__"] = g
            self.prog.graphs.append(g)
        fd = self.c.exception_repr_fd
        if fd is not None:
            # repr(e): the root's __repr__ calls excargs.exception_repr
            selfv = Variable(lt.Instance(exc), "self")
            start = Block([selfv])
            g = Graph(f"{exc.name}.__repr__", start, lt.Str)
            out = Variable(lt.Str, "r")
            fn = Constant(fd.graph, lt.Func((lt.Instance(exc),), lt.Str))
            start.operations.append(Operation("direct_call", [fn, selfv], out))
            start.closeblock(Link([out], g.returnblock))
            g.classdef = exc
            exc.methods["__repr__"] = g
            self.prog.graphs.append(g)


def lower_program(checker) -> LLProgram:
    return Lowerer(checker).run()


def split_raising_ops(b: Block, first: int) -> None:
    """A high-level op in a try body ends its block, but its expansion may
    hold several ops that raise (a helper call, then a concatenation that
    calls __str__, ...).  Each of them must reach the block's handlers: cut
    the block after every raising op, passing the live values along."""
    if b.exitswitch is not LAST_EXCEPTION:
        return
    ops = b.operations
    idx = [i for i, op in enumerate(ops) if op.opname in CANRAISE and i >= first]
    if not idx or idx == [len(ops) - 1]:
        return
    normal, handlers = b.exits[0], b.exits[1:]
    segs: list[list[Operation]] = []
    start = 0
    for i in idx:
        segs.append(ops[start:i + 1])
        start = i + 1
    tail = ops[start:]
    exc_vals = {id(l.last_exc_value) for l in handlers if l.last_exc_value is not None}

    def variables(args) -> list:
        return [a for a in args if isinstance(a, Variable) and id(a) not in exc_vals]

    def live_before(part: list, live_after: list) -> list:
        defined = {id(op.result) for op in part}
        out: list = []
        seen: set = set()
        for op in part:
            for a in variables(op.args):
                if id(a) not in defined and id(a) not in seen:
                    seen.add(id(a))
                    out.append(a)
        for a in live_after:
            if id(a) not in defined and id(a) not in seen:
                seen.add(id(a))
                out.append(a)
        return out

    handler_vars = variables([a for l in handlers for a in l.args])
    # live-in of the tail and of each segment after the first, backwards
    live_tail = live_before(tail, variables(normal.args))
    live_in = [None] * len(segs)
    after = live_tail
    for k in range(len(segs) - 1, 0, -1):
        live_in[k] = live_before(segs[k], after + handler_vars)
        after = live_in[k]

    def rename(part: list, live: list) -> tuple[Block, dict]:
        mapping = {id(v): Variable(v.concretetype, v.name.rsplit("_", 1)[0]) for v in live}
        blk = Block([mapping[id(v)] for v in live])
        for op in part:
            op.args = [mapping.get(id(a), a) if isinstance(a, Variable) else a for a in op.args]
        blk.operations = part
        return blk, mapping

    def copy_link(l: Link, mapping: dict, target=None) -> Link:
        new = Link([mapping.get(id(a), a) if isinstance(a, Variable) else a for a in l.args],
                   l.target if target is None else target, l.exitcase)
        if l.last_exc_value is not None:
            ev = Variable(l.last_exc_value.concretetype, "e")
            new.args = [ev if a is l.last_exc_value else a for a in new.args]
            new.last_exc_value = ev
        new.pos = l.pos
        return new

    blocks: list[tuple[Block, dict]] = [(b, {})]
    b.operations = segs[0]
    for k in range(1, len(segs)):
        blocks.append(rename(segs[k], live_in[k]))
    tail_block = None
    if tail:
        tail_block, tmap = rename(tail, live_tail)
        tail_block.closeblock(copy_link(normal, tmap))
    for k, (blk, mapping) in enumerate(blocks):
        if k + 1 < len(blocks):
            nxt, _ = blocks[k + 1]
            go = Link([mapping.get(id(v), v) for v in live_in[k + 1]], nxt)
        elif tail_block is not None:
            go = Link([mapping.get(id(v), v) for v in live_tail], tail_block)
        else:
            go = copy_link(normal, mapping)
        excs = handlers if blk is b else [copy_link(l, mapping) for l in handlers]
        blk.exitswitch = LAST_EXCEPTION
        blk.closeblock(go, *excs)
