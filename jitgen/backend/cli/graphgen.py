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
from jitgen.backend.cli.opgen import OPS, is_single_store, no_keep_result, pushed_args

CALL_OPS = {"direct_call", "indirect_call", "call_method"}
# graphs of at most this many operations are marked AggressiveInlining
INLINE_OPS = 12

# A comparison whose only use is the block's switch is emitted as a
# conditional branch: (branch if true, branch if false).  Float branches
# that fire on "false" are the unordered forms, so NaN compares false.
BRANCHES = {
    "int_lt": ("Blt", "Bge"), "int_le": ("Ble", "Bgt"), "int_gt": ("Bgt", "Ble"),
    "int_ge": ("Bge", "Blt"), "int_eq": ("Beq", "Bne_Un"), "int_ne": ("Bne_Un", "Beq"),
    "uint_eq": ("Beq", "Bne_Un"), "uint_ne": ("Bne_Un", "Beq"),
    "bool_eq": ("Beq", "Bne_Un"), "bool_ne": ("Bne_Un", "Beq"),
    "uint_lt": ("Blt_Un", "Bge_Un"), "uint_le": ("Ble_Un", "Bgt_Un"),
    "uint_gt": ("Bgt_Un", "Ble_Un"), "uint_ge": ("Bge_Un", "Blt_Un"),
    "float_lt": ("Blt", "Bge_Un"), "float_le": ("Ble", "Bgt_Un"), "float_gt": ("Bgt", "Ble_Un"),
    "float_ge": ("Bge", "Blt_Un"), "float_eq": ("Beq", "Bne_Un"), "float_ne": ("Bne_Un", "Beq"),
    "ptr_iszero": ("Brfalse", "Brtrue"), "ptr_nonzero": ("Brtrue", "Brfalse"),
    "bool_not": ("Brfalse", "Brtrue"), "int_is_true": ("Brtrue", "Brfalse"),
}


def emit_ldarg(il, O, slot: int) -> None:
    """The shortest ldarg (IL size decides whether Mono inlines a method)."""
    from System import Byte, Int16
    if slot < 4:
        il.Emit((O.Ldarg_0, O.Ldarg_1, O.Ldarg_2, O.Ldarg_3)[slot])
    elif slot < 256:
        il.Emit(O.Ldarg_S, Byte(slot))
    else:
        il.Emit(O.Ldarg, Int16(slot))


def emit_ldc_i8(il, O, v: int) -> None:
    """An int64 constant in the shortest encoding (ldc.i4 forms widened by
    conv.i8, which Mono folds)."""
    from System import Int32, SByte
    from jitgen.backend.cli.assembly import int64
    if -1 <= v <= 8:
        il.Emit((O.Ldc_I4_M1, O.Ldc_I4_0, O.Ldc_I4_1, O.Ldc_I4_2, O.Ldc_I4_3, O.Ldc_I4_4,
                 O.Ldc_I4_5, O.Ldc_I4_6, O.Ldc_I4_7, O.Ldc_I4_8)[v + 1])
    elif -128 <= v < 128:
        il.Emit(O.Ldc_I4_S, SByte(v))
    elif -(1 << 31) <= v < (1 << 31):
        il.Emit(O.Ldc_I4, Int32(v))
    else:
        il.Emit(O.Ldc_I8, int64(v))
        return
    il.Emit(O.Conv_I8)


# Operations that cannot change the length of any list: a list access
# after one of these still sees the length an earlier access checked.
KEEPS_LIST_LENGTHS = ("int_", "uint_", "float_", "bool_", "cast_", "same_as", "getfield",
                      "setfield", "list_getitem", "list_setitem", "list_len", "str_")


def find_rechecked(g: lg.Graph) -> set:
    """ids of list_getitem/list_setitem whose list variable was already
    indexed by the same index earlier in the block, with only operations
    that keep list lengths in between.  The earlier access succeeded, so a
    non-negative index is below the length (its emitter tests only the
    sign; a negative one takes the general path again)."""
    found = set()
    for b in g.iterblocks():
        seen = set()
        for op in b.operations:
            if op.opname in ("list_getitem", "list_setitem") and isinstance(op.args[0], lg.Variable):
                i = op.args[1]
                key = (id(op.args[0]), ("c", i.value) if isinstance(i, lg.Constant) else id(i))
                if key in seen:
                    found.add(id(op))
                seen.add(key)
            elif not op.opname.startswith(KEEPS_LIST_LENGTHS):
                seen = set()
    return found


def is_one(a) -> bool:
    return isinstance(a, lg.Constant) and a.concretetype == lt.Signed and a.value == 1


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
        self.pre = []           # the current op's arguments pushed early
        self.argslot = {}       # argument variable -> its ldarg index
        self.temps = {}
        self.rep = {}
        self.is_method = graph.classdef is not None and graph in gen.graph_methods \
            and not self.mb.IsStatic

    def coalesce(self) -> None:
        """Give a link's value and the target's input variable one local when
        possible, so the move disappears.  Every variable lives only inside
        the block that defines it (links read all values before storing
        any), so only variables of one block can interfere: those whose
        spans in the block overlap (block_spans).  Two classes merge unless
        they hold two interfering variables of one block.  So the counter
        of `i = i + 1` in a loop shares the local of the `i` it replaces,
        as in C#: Mono gives registers to a method's few busiest locals
        only, and keeps the others in memory."""
        parent: dict = {}
        members: dict = {}     # class root -> {block id: [variables]}
        span: dict = {}        # variable -> (first, last, block id)
        touch: set = set()     # (operand, result) pairs that may share a local

        def find(v):
            while parent.get(v, v) is not v:
                v = parent[v]
            return v

        for b in self.graph.iterblocks():
            self.block_spans(b, span, touch)

        def group(r):
            g = members.get(r)
            if g is None:
                g = members[r] = {span[r][2]: [r]}
            return g

        def interfere(x, y) -> bool:
            (fx, lx, _), (fy, ly, _) = span[x], span[y]
            if lx < fy or ly < fx:
                return False
            return not ((lx == fy and (x, y) in touch) or (ly == fx and (y, x) in touch))

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
                    if a not in span or v not in span:
                        continue
                    ra, rv = find(a), find(v)
                    if ra is rv:
                        continue
                    ga, gv = group(ra), group(rv)
                    if any(interfere(x, y) for bid, xs in gv.items() for x in xs
                           for y in ga.get(bid, ())):
                        continue
                    parent[rv] = ra
                    for bid, xs in gv.items():
                        ga.setdefault(bid, []).extend(xs)
                    del members[rv]
        self.rep = {v: find(v) for v in span}

    def block_spans(self, b: lg.Block, span: dict, touch: set) -> None:
        """Each variable of b: (index of its defining operation, -1 for an
        input, index of its last reader, len(ops) for links and the switch),
        and the (operand, result) pairs of operations whose emitter loads
        every operand before its one store of the result (opgen
        SINGLE_STORE), where an operand read last there may share the
        result's local."""
        ops = b.operations
        n = len(ops)
        bid = id(b)
        last: dict = {}
        for v in b.inputargs:
            span[v] = (-1, -1, bid)
        for k, op in enumerate(ops):
            for a in op.args:
                if isinstance(a, lg.Variable):
                    last[a] = k
            span[op.result] = (k, k, bid)
        if isinstance(b.exitswitch, lg.Variable):
            last[b.exitswitch] = n
        for l in b.exits:
            if isinstance(l.last_exc_value, lg.Variable):
                span[l.last_exc_value] = (n, n, bid)
            for a in l.args:
                if isinstance(a, lg.Variable):
                    last[a] = n
        for v, k in last.items():
            s = span.get(v)
            if s is not None and s[2] == bid:
                span[v] = (s[0], max(s[1], k), bid)
        for k, op in enumerate(ops):
            if is_single_store(op) and not (b.canraise and k == n - 1):
                for a in op.args:
                    if isinstance(a, lg.Variable) and span.get(a, (0, -2, 0))[1] == k:
                        touch.add((a, op.result))

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
        if self.pre and self.pre[0] is a:
            self.pre.pop(0)     # pushed early (find_stack_values)
            return
        if isinstance(a, lg.Variable):
            if a in self.onstack:
                self.onstack.discard(a)
                return
            if self.is_void(a):
                return
            slot = self.argslot.get(self.rep.get(a, a))
            if slot is not None:
                emit_ldarg(self.il, self.O, slot)
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
        self.emit_stloc(v)

    def emit_stloc(self, v: lg.Variable) -> None:
        """Pop into v's local (or its argument)."""
        slot = self.argslot.get(self.rep.get(v, v))
        if slot is not None:
            from System import Byte, Int16
            if slot < 256:
                self.il.Emit(self.O.Starg_S, Byte(slot))
            else:
                self.il.Emit(self.O.Starg, Int16(slot))
        else:
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
    def find_cannot_overflow(self) -> set:
        """ids of `x + 1` and `y - 1` (int_add_ovf, int_sub_ovf) that cannot
        overflow: in a block entered only on the true exit of `x < y`, x is
        below some int (so x + 1 fits) and y above one (so y - 1 fits).
        That covers range() counters and `while i < j: i += 1; j -= 1`;
        they become plain add/sub."""
        preds: dict = {}
        for b in self.graph.iterblocks():
            for link in b.exits:
                preds.setdefault(link.target, []).append((b, link))
        safe = set()
        for b in self.graph.iterblocks():
            ps = preds.get(b, [])
            if len(ps) != 1:
                continue
            h, link = ps[0]
            if h.canraise or link.exitcase is not True or not h.operations:
                continue
            cond = self.switch_producer(h)
            if cond is None or cond.opname not in ("int_lt", "int_gt"):
                continue
            lo, hi = cond.args if cond.opname == "int_lt" else reversed(cond.args)
            below = {v for a, v in zip(link.args, b.inputargs) if a is lo}
            above = {v for a, v in zip(link.args, b.inputargs) if a is hi}
            for op in b.operations:
                if len(op.args) != 2 or not is_one(op.args[1]):
                    continue
                if (op.opname == "int_add_ovf" and op.args[0] in below) or \
                        (op.opname == "int_sub_ovf" and op.args[0] in above):
                    safe.add(id(op))
        return safe

    def switch_producer(self, b: lg.Block):
        """The operation of b that computes its switch (through same_as)."""
        sw = b.exitswitch
        for op in reversed(b.operations):
            if op.result is sw:
                if op.opname != "same_as" or not isinstance(op.args[0], lg.Variable):
                    return op
                sw = op.args[0]
        return None

    def pushes(self, a) -> bool:
        """Whether load(a) pushes a value."""
        if isinstance(a, lg.Variable):
            return not self.is_void(a)
        return a.concretetype != lt.Void or a.value is None

    def find_stack_values(self) -> set:
        """The values that stay on the evaluation stack: a value used once,
        as an argument of an operation whose earlier arguments are on the
        stack too, each computed by the operations just before (expression
        trees, as a compiler for a stack machine emits them).  Mono keeps
        such values in registers; a local it may spill to memory (locals
        of type double always are)."""
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
        self.early = {}         # (block, op index) -> values to push before that op
        self.preloaded = {}     # id(op) -> its arguments pushed early, in order
        for b in self.graph.iterblocks():
            ops = b.operations
            n = len(ops)
            start = list(range(n))      # first operation of each op's tree
            defined = {op.result: i for i, op in enumerate(ops)}
            for k, op in enumerate(ops):
                if b.canraise and k == n - 1:
                    continue            # a try region starts with an empty stack
                args = [a for a in pushed_args(op) if self.pushes(a)]
                for p in range(len(args), 0, -1):
                    if k == 0 or args[p - 1] is not ops[k - 1].result:
                        continue
                    found = self.trees_before(ops, k, args[:p], uses, start, defined)
                    if found is not None:
                        chain, first, pre = found
                        keep.update(chain)
                        start[k] = first
                        for s, group in pre:
                            self.early[(b, s)] = group + self.early.get((b, s), [])
                        self.preloaded[id(op)] = [a for _, group in reversed(pre) for a in group]
                        break
            if n and not b.canraise and b.exitswitch is ops[-1].result \
                    and not no_keep_result(ops[-1]) \
                    and uses.get(ops[-1].result, 0) == 1 and ops[-1].result.concretetype != lt.Void:
                keep.add(ops[-1].result)
        return keep

    def trees_before(self, ops, k, prefix, uses, start, defined):
        """prefix: op k's first pushed arguments, the last one computed by
        op k-1.  Each argument must be either the result of the tree just
        before the next one's (kept on the stack), or a local or constant,
        which is then pushed before the tree that follows it (early).
        Returns (kept values, index of the first tree's first operation,
        [(op index, values to push before it)]) or None."""
        j = k - 1
        chain = []
        pre = []                # (tree start, values), the last tree first
        group: list = []        # locals and constants before tree_start
        tree_start = k
        for a in reversed(prefix):
            if isinstance(a, lg.Variable) and j >= 0 and ops[j].result is a \
                    and uses.get(a, 0) == 1 and a.concretetype != lt.Void \
                    and not no_keep_result(ops[j]):
                if group:
                    pre.append((tree_start, group))
                    group = []
                chain.append(a)
                tree_start = start[j]
                j = tree_start - 1
            else:
                group.insert(0, a)
        if not chain or chain[0] is not prefix[-1]:
            return None         # the last argument must come from op k-1's tree
        if group:
            pre.append((tree_start, group))
        first = j + 1
        for _, g in pre:        # early values must be in locals when pushed
            for a in g:
                if isinstance(a, lg.Variable) and defined.get(a, -1) >= first:
                    return None
        return chain, first, pre

    # ---- emission ------------------------------------------------------------
    def emit(self) -> None:
        O, il, g = self.O, self.il, self.graph
        self.keep = self.find_stack_values()
        self.cannot_overflow = self.find_cannot_overflow()
        self.rechecked = find_rechecked(g)
        self.coalesce()
        self.has_handlers = any(b.canraise and len(b.exits) > 1 for b in g.iterblocks())
        # an argument whose variables (after coalescing) all have its .NET
        # type lives in the argument itself (ldarg/starg); others are copied
        # to locals (with a cast where the parameter type is wider)
        from System import Int16
        ptypes, _ = self.gen.method_sigs[g]
        argi = 1 if self.is_method else 0
        for i, v in enumerate(g.args):
            if self.is_void(v):
                continue
            r = self.rep.get(v, v)
            if self.is_method and i == 0:
                slot, cast = 0, False
            else:
                want = self.tm.net(v.concretetype)
                pt = ptypes[argi - (1 if self.is_method else 0)]
                cast = not pt.Equals(want) and not want.IsValueType
                slot = argi
                argi += 1
            same_type = all(self.tm.net(x.concretetype).Equals(self.tm.net(v.concretetype))
                            for x, rx in self.rep.items() if rx is r)
            if not cast and same_type and r not in self.argslot:
                self.argslot[r] = slot
                continue
            emit_ldarg(il, O, slot)
            if cast:
                il.Emit(O.Castclass, want)
            self.emit_stloc(v)
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
        if not self.counts_depth and not self.has_handlers \
                and sum(len(b.operations) for b in g.iterblocks()) <= INLINE_OPS:
            # small leaf-ish methods: Mono inlines only below 20 bytes of IL
            # unless asked (our IL is bigger than a C# compiler's)
            from System.Reflection import MethodImplAttributes
            self.mb.SetImplementationFlags(MethodImplAttributes.AggressiveInlining)
        order = [b for b in g.iterblocks() if b is not g.returnblock and b is not g.exceptblock]
        for i, b in enumerate(order):
            self.next_block = order[i + 1] if i + 1 < len(order) else None
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
        ops = b.operations
        last = len(ops) - 1 if b.canraise else len(ops)
        cond = None
        if not b.canraise:
            k = self.fused_condition(b)
            if k is not None:
                cond = ops[k]   # the comparison becomes the conditional branch
                last = k
        for i, op in enumerate(ops[:last]):
            self.push_early(b, i)
            self.emit_op(op)
        if b.canraise:
            self.emit_try(b, ops[-1])
            return
        if b.exitswitch is None:
            self.emit_link(b.exits[0])
        else:
            self.emit_switch(b, cond)

    def fused_condition(self, b: lg.Block):
        """The index of the comparison that computes the block's switch as
        its last operations (through same_as copies), if it is left on the
        stack for the switch; else None."""
        ops, sw = b.operations, b.exitswitch
        k = len(ops) - 1
        while k >= 0 and ops[k].result is sw and sw in self.keep:
            if ops[k].opname in BRANCHES:
                return k
            if ops[k].opname != "same_as" or not isinstance(ops[k].args[0], lg.Variable):
                return None
            sw = ops[k].args[0]
            k -= 1
        return None

    def direct(self, link: lg.Link) -> bool:
        """A link that is a bare jump (no values to move)."""
        t = link.target
        if t is self.graph.returnblock or t is self.graph.exceptblock:
            return False
        return not any(not self.is_void(v) and not self.same_local(a, v)
                       for a, v in zip(link.args, t.inputargs))

    def emit_switch(self, b: lg.Block, cond) -> None:
        f_link, t_link = b.exits[0], b.exits[1]
        if self.direct(f_link) and (not self.direct(t_link) or t_link.target is self.next_block):
            self.emit_branch(b, cond, False, self.label(f_link.target))
            self.emit_link(t_link)
        elif self.direct(t_link):
            self.emit_branch(b, cond, True, self.label(t_link.target))
            self.emit_link(f_link)
        else:
            ltrue = self.il.DefineLabel()
            self.emit_branch(b, cond, True, ltrue)
            self.emit_link(f_link, last=False)
            self.il.MarkLabel(ltrue)
            self.emit_link(t_link)

    def emit_branch(self, b: lg.Block, cond, sense: bool, label) -> None:
        """Jump to label when the block's switch is sense."""
        if cond is None:
            self.load(b.exitswitch)
            self.il.Emit(self.O.Brtrue if sense else self.O.Brfalse, label)
            return
        self.pre = list(self.preloaded.get(id(cond), ()))
        for a in cond.args:
            if self.pushes(a):
                self.load(a)
        self.il.Emit(getattr(self.O, BRANCHES[cond.opname][0 if sense else 1]), label)

    def push_early(self, b: lg.Block, i: int) -> None:
        for a in self.early.get((b, i), ()):
            self.pre = []
            self.load(a)

    def emit_op(self, op: lg.Operation) -> None:
        self.pre = list(self.preloaded.get(id(op), ()))
        fn = OPS.get(op.opname)
        from jitgen.backend.cli.assembly import GenError
        if fn is None:
            raise GenError(f"cli backend: unsupported operation {op.opname} in {self.graph.name}")
        fn(self, op)
        if self.pre:
            raise GenError(f"cli backend: {op.opname} in {self.graph.name} did not load "
                           f"its arguments in order")

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
        mem = self.gen.prog.exceptions.get("MemoryError")
        for link in b.exits[1:]:
            if mem is not None and mem.is_subclass_of(link.exitcase):
                # .NET's OutOfMemoryException (Mono's allocation failure) is the subset's MemoryError
                import clr
                from System import Int32, OutOfMemoryException
                from jitgen.backend.cli.assembly import EXC_KINDS
                il.BeginCatchBlock(clr.GetClrType(OutOfMemoryException))
                il.Emit(O.Pop)
                il.Emit(O.Ldc_I4, Int32(EXC_KINDS.index("MemoryError")))
                il.Emit(O.Ldstr, "")
                il.Emit(O.Call, self.tm.method(self.tm.RT, "Exc"))
                il.Emit(O.Castclass, self.tm.net(lt.Instance(link.exitcase)))
                self.emit_catch_body(link, handlers)
                break
        for link in b.exits[1:]:
            il.BeginCatchBlock(self.tm.net(lt.Instance(link.exitcase)))
            self.emit_catch_body(link, handlers)
        il.EndExceptionBlock()
        self.emit_link(b.exits[0], last=False)
        for i, (h, link) in enumerate(handlers):
            il.MarkLabel(h)
            self.emit_link(link, last=i == len(handlers) - 1)

    def emit_catch_body(self, link, handlers) -> None:
        """The caught exception is on the stack."""
        O, il = self.O, self.il
        if True:
            if link.last_exc_value is not None and link.last_exc_value in \
                    [a for a in link.args if isinstance(a, lg.Variable)]:
                self.emit_stloc(link.last_exc_value)
            else:
                il.Emit(O.Pop)
            il.Emit(O.Ldloc, self.saved_depth)
            il.Emit(O.Stsfld, self.tm.RT.GetField("depth"))
            h = il.DefineLabel()
            il.Emit(O.Leave, h)
            handlers.append((h, link))

    def emit_link(self, link: lg.Link, last: bool = True) -> None:
        """last: nothing else is emitted after this link in its block, so a
        jump to the next block can fall through."""
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
            self.emit_stloc(v)
        if not last or target is not self.next_block:
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
