"""One low-level graph -> the IL of one method.

Every variable lives in a local, except a value used once, by the very next
operation (as its first pushed argument) or as the block's switch: that one
stays on the evaluation stack.  Links push all their values and then store
them into the target's input locals in reverse order (a parallel move
without temporaries).  A LAST_EXCEPTION block puts its last operation in a
try region with one catch clause per exception exit, in order.

Stack depth: each call increments RT.depth at entry and decrements it
before returning; a frame that catches exceptions saves the depth at entry
and restores it in its handlers (frames unwound by an exception never
decrement).
"""
from __future__ import annotations

from jitgen.lower import llgraph as lg
from jitgen.lower import lltypes as lt
from jitgen.backend.cli.opgen import OPS, first_pushed

CALL_OPS = {"direct_call", "indirect_call", "call_method"}


class GraphGen:
    def __init__(self, gen, graph: lg.Graph) -> None:
        self.gen = gen
        self.tm = gen.tm
        self.O = gen.OpCodes
        self.graph = graph
        self.mb = gen.graph_methods[graph]
        self.il = self.mb.GetILGenerator()
        self.locals = {}
        self.labels = {}
        self.onstack = set()
        self.temps = {}
        self.rep = {}
        self.is_method = graph.classdef is not None and graph in gen.graph_methods \
            and not self.mb.IsStatic

    def coalesce(self) -> None:
        """Give a link's value and the target's input variable one local when
        possible, so the move disappears.  Every variable lives only inside
        the block that defines it (and links read all values before storing
        any), so variables of different blocks never interfere: two classes
        may merge unless they hold two variables of one block."""
        parent: dict = {}
        blocks: dict = {}      # class root -> set of block ids

        def find(v):
            while parent.get(v, v) is not v:
                v = parent[v]
            return v

        owner = {}
        for b in self.graph.iterblocks():
            for v in b.inputargs:
                owner[v] = id(b)
            for op in b.operations:
                owner[op.result] = id(b)
            for l in b.exits:
                if l.last_exc_value is not None:
                    owner[l.last_exc_value] = id(b)
        for b in self.graph.iterblocks():
            for link in b.exits:
                t = link.target
                if t is self.graph.returnblock or t is self.graph.exceptblock:
                    continue
                for a, v in zip(link.args, t.inputargs):
                    if not isinstance(a, lg.Variable) or a in self.keep or a is link.last_exc_value:
                        continue
                    if a.concretetype != v.concretetype or self.is_void(v):
                        continue
                    ra, rv = find(a), find(v)
                    if ra is rv:
                        continue
                    ba = blocks.get(ra) or {owner.get(ra)}
                    bv = blocks.get(rv) or {owner.get(rv)}
                    if ba & bv:
                        continue
                    parent[rv] = ra
                    blocks[ra] = ba | bv
        self.rep = {v: find(v) for v in owner}

    def same_local(self, a, v) -> bool:
        return isinstance(a, lg.Variable) and self.rep.get(a, a) is self.rep.get(v, v)

    def local(self, v: lg.Variable):
        v = self.rep.get(v, v)
        loc = self.locals.get(v)
        if loc is None:
            t = v.concretetype
            if v is self.graph.exceptblock.inputargs[0] or (t is not None and t == lt.Void):
                net = self.tm.PyExc
            else:
                net = self.tm.net(t)
            loc = self.il.DeclareLocal(net)
            self.locals[v] = loc
        return loc

    def is_void(self, v) -> bool:
        return v.concretetype == lt.Void and v is not self.graph.exceptblock.inputargs[0]

    # ---- values --------------------------------------------------------------
    def load(self, a) -> None:
        if isinstance(a, lg.Variable):
            if a in self.onstack:
                self.onstack.discard(a)
                return
            if self.is_void(a):
                return
            self.il.Emit(self.O.Ldloc, self.local(a))
        elif a.concretetype == lt.Void and a.value is None:
            self.il.Emit(self.O.Ldnull)
        else:
            self.gen.consts.load(self.il, a.value, a.concretetype)

    def store(self, v: lg.Variable) -> None:
        if v in self.keep:
            self.onstack.add(v)
            return
        if self.is_void(v):
            return
        self.il.Emit(self.O.Stloc, self.local(v))

    def temp(self, net, slot: int = 0):
        """A scratch local of .NET type net, reused by later operations; an
        operation needing several of one type asks for distinct slots."""
        key = (slot, str(net.AssemblyQualifiedName))
        loc = self.temps.get(key)
        if loc is None:
            loc = self.il.DeclareLocal(net)
            self.temps[key] = loc
        return loc

    def label(self, b: lg.Block):
        l = self.labels.get(b)
        if l is None:
            l = self.il.DefineLabel()
            self.labels[b] = l
        return l

    # ---- analysis ------------------------------------------------------------
    def find_stack_values(self) -> set:
        uses: dict = {}
        for b in self.graph.iterblocks():
            for op in b.operations:
                for a in op.args:
                    if isinstance(a, lg.Variable):
                        uses[a] = uses.get(a, 0) + 1
            if isinstance(b.exitswitch, lg.Variable):
                uses[b.exitswitch] = uses.get(b.exitswitch, 0) + 1
            for l in b.exits:
                for a in l.args:
                    if isinstance(a, lg.Variable):
                        uses[a] = uses.get(a, 0) + 1
        keep = set()
        for b in self.graph.iterblocks():
            ops = b.operations
            n = len(ops)
            for i, op in enumerate(ops):
                v = op.result
                if uses.get(v, 0) != 1 or v.concretetype == lt.Void:
                    continue
                if b.canraise and i == n - 1:
                    continue
                if i + 1 < n:
                    nxt = ops[i + 1]
                    if b.canraise and i + 1 == n - 1:
                        continue
                    if first_pushed(nxt) is v:
                        keep.add(v)
                elif b.exitswitch is v:
                    keep.add(v)
        return keep

    # ---- emission ------------------------------------------------------------
    def emit(self) -> None:
        O, il, g = self.O, self.il, self.graph
        self.keep = self.find_stack_values()
        self.coalesce()
        self.has_handlers = any(b.canraise and len(b.exits) > 1 for b in g.iterblocks())
        # arguments -> locals
        from System import Int16
        ptypes, _ = self.gen.method_sigs[g]
        argi = 1 if self.is_method else 0
        for i, v in enumerate(g.args):
            if self.is_void(v):
                continue
            if self.is_method and i == 0:
                il.Emit(O.Ldarg_0)
            else:
                il.Emit(O.Ldarg, Int16(argi))
                want = self.tm.net(v.concretetype)
                pt = ptypes[argi - (1 if self.is_method else 0)]
                argi += 1
                if not pt.Equals(want) and not want.IsValueType:
                    il.Emit(O.Castclass, want)
            il.Emit(O.Stloc, self.local(v))
        # depth check: only graphs that call can recurse
        self.counts_depth = g in self.gen.recursive
        rt = self.tm.RT
        if not self.counts_depth:
            self.has_handlers_depth = False
        depth = rt.GetField("depth")
        ok = il.DefineLabel()
        if self.counts_depth:
            self.emit_enter_depth(depth, ok)
        if self.has_handlers:
            from System import Int32
            self.saved_depth = il.DeclareLocal(self.tm.int)
            il.Emit(O.Ldsfld, depth)
            il.Emit(O.Stloc, self.saved_depth)
        for b in g.iterblocks():
            if b is g.returnblock or b is g.exceptblock:
                continue
            il.MarkLabel(self.label(b))
            self.emit_block(b)

    def emit_enter_depth(self, depth, ok) -> None:
        O, il, rt = self.O, self.il, self.tm.RT
        il.Emit(O.Ldsfld, depth)
        il.Emit(O.Ldc_I4_1)
        il.Emit(O.Add)
        il.Emit(O.Dup)
        il.Emit(O.Stsfld, depth)
        il.Emit(O.Ldsfld, rt.GetField("maxDepth"))
        il.Emit(O.Ble, ok)
        il.Emit(O.Call, self.tm.method(rt, "DepthExceeded"))
        il.MarkLabel(ok)

    def emit_block(self, b: lg.Block) -> None:
        O, il = self.O, self.il
        ops = b.operations
        last = len(ops) - 1 if b.canraise else len(ops)
        for op in ops[:last]:
            self.emit_op(op)
        if b.canraise:
            self.emit_try(b, ops[-1])
            return
        if b.exitswitch is None:
            self.emit_link(b.exits[0])
        else:
            self.load(b.exitswitch)
            ltrue = il.DefineLabel()
            il.Emit(O.Brtrue, ltrue)
            self.emit_link(b.exits[0])
            il.MarkLabel(ltrue)
            self.emit_link(b.exits[1])

    def emit_op(self, op: lg.Operation) -> None:
        fn = OPS.get(op.opname)
        if fn is None:
            from jitgen.backend.cli.assembly import GenError
            raise GenError(f"cli backend: unsupported operation {op.opname} in {self.graph.name}")
        fn(self, op)

    def emit_try(self, b: lg.Block, op: lg.Operation) -> None:
        O, il = self.O, self.il
        il.BeginExceptionBlock()
        self.emit_op(op)
        handlers = []
        ovf = self.gen.prog.exceptions.get("OverflowError")
        for link in b.exits[1:]:
            if ovf is not None and ovf.is_subclass_of(link.exitcase):
                # .NET's OverflowException (from add.ovf & co) is the subset's OverflowError
                import clr
                from System import OverflowException
                il.BeginCatchBlock(clr.GetClrType(OverflowException))
                il.Emit(O.Pop)
                il.Emit(O.Ldc_I4_0)
                il.Emit(O.Ldstr, "integer overflow")
                il.Emit(O.Call, self.tm.method(self.tm.RT, "Exc"))
                il.Emit(O.Castclass, self.tm.net(lt.Instance(link.exitcase)))
                self.emit_catch_body(link, handlers)
                break
        for link in b.exits[1:]:
            il.BeginCatchBlock(self.tm.net(lt.Instance(link.exitcase)))
            self.emit_catch_body(link, handlers)
        il.EndExceptionBlock()
        self.emit_link(b.exits[0])
        for h, link in handlers:
            il.MarkLabel(h)
            self.emit_link(link)

    def emit_catch_body(self, link, handlers) -> None:
        """The caught exception is on the stack."""
        O, il = self.O, self.il
        if True:
            if link.last_exc_value is not None and link.last_exc_value in \
                    [a for a in link.args if isinstance(a, lg.Variable)]:
                il.Emit(O.Stloc, self.local(link.last_exc_value))
            else:
                il.Emit(O.Pop)
            il.Emit(O.Ldloc, self.saved_depth)
            il.Emit(O.Stsfld, self.tm.RT.GetField("depth"))
            h = il.DefineLabel()
            il.Emit(O.Leave, h)
            handlers.append((h, link))

    def emit_link(self, link: lg.Link) -> None:
        O, il, g = self.O, self.il, self.graph
        target = link.target
        if target is g.returnblock:
            if g.result_type != lt.Void:
                self.load(link.args[0])
            self.emit_leave_depth()
            il.Emit(O.Ret)
            return
        if target is g.exceptblock:
            self.load(link.args[0])
            il.Emit(O.Throw)
            return
        pairs = [(a, v) for a, v in zip(link.args, target.inputargs)
                 if not self.is_void(v) and not self.same_local(a, v)]
        for a, v in pairs:
            if a.concretetype == lt.Void:
                # an undefined value (a Void variable or None) flowing into a
                # typed variable on a path that never reads it
                self.gen.consts.load(il, lt.default_value(v.concretetype), v.concretetype)
            else:
                self.load(a)
        for a, v in reversed(pairs):
            il.Emit(O.Stloc, self.local(v))
        il.Emit(O.Br, self.label(target))

    def emit_leave_depth(self) -> None:
        O, il = self.O, self.il
        if not self.counts_depth:
            return
        depth = self.tm.RT.GetField("depth")
        il.Emit(O.Ldsfld, depth)
        il.Emit(O.Ldc_I4_1)
        il.Emit(O.Sub)
        il.Emit(O.Stsfld, depth)
