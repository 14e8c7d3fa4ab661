"""Python AST of one function -> flow graph (SSA blocks and links).

Flow graphs use the classes of jitgen.lower.llgraph with untyped variables
and high-level operations (listed at the end of docs/lowlevel.md).  Every block carries all the locals that
are defined at its start as input variables; a local that is not assigned yet
holds the constant UNDEF.  Exceptions raised inside a `try` body leave their
block through explicit exception links (LAST_EXCEPTION); `finally` bodies are
copied onto each path that leaves them.
"""
from __future__ import annotations

import ast
import builtins
import collections

from jitgen.frontend.errors import ErrorLog
from jitgen.frontend.flowexprs import ExprBuilder
from jitgen.frontend.flowvalues import (  # noqa: F401  (re-exported)
    BINOPS, BOOL_RESULT, CMPOPS, NONRAISING, POISON, UNDEF_VALUE, _NOCONST, _NoValue,
    collect_locals, is_undef, poison, target_names, undef)
from jitgen.frontend.ssa import prune_dead_inputargs, repair_ssa
from jitgen.lower.llgraph import (Block, Constant, Graph, Link, Operation,
                                  Position, Variable, LAST_EXCEPTION)


class FlowError(Exception):
    pass


class _Loop:
    def __init__(self, header: Block, exit: Block, level: int) -> None:
        self.header = header
        self.exit = exit
        self.level = level   # len(ctx stack) when the loop was entered


class _Except:
    def __init__(self, targets: list) -> None:
        self.targets = targets    # [(python exception class, Block)]


class _Finally:
    def __init__(self, body: list, catchall: Block) -> None:
        self.body = body
        self.catchall = catchall


class FunctionInfo:
    """What the type checker needs to know about a function besides its graph."""

    def __init__(self, func, node: ast.FunctionDef, file: str) -> None:
        self.func = func
        self.node = node
        self.file = file
        self.argnames: list[str] = [a.arg for a in node.args.args]
        self.arg_annotations: list = []     # AST annotation or None
        self.return_annotation = node.returns
        self.defaults: list = []            # per arg: value or _NoValue
        self.local_annotations: dict[str, ast.AST] = {}

    def pos(self, node: ast.AST | None = None) -> Position:
        n = node if node is not None else self.node
        return Position(self.file, getattr(n, "lineno", 0), getattr(n, "col_offset", -1) + 1)


class FlowBuilder(ExprBuilder):
    def __init__(self, info: FunctionInfo, errors: ErrorLog, is_method: bool) -> None:
        self.info = info
        self.errors = errors
        self.is_method = is_method
        # names imported inside the function are translation-time constants
        self.imported: dict = {}
        self.globals = collections.ChainMap(self.imported, info.func.__globals__)
        self.block: Block | None = None
        self.state: dict | None = None
        self.names_of: dict[int, list[str]] = {}
        self.targeted: set[int] = set()
        self.ctx: list = []
        self.renames: list[dict[str, str]] = []
        self.hidden_counter = 0
        self.graph: Graph | None = None
        self.return_pos = None
        self.raise_pos = None
        self.assign_pos: dict[int, Position] = {}
        # result of an and/or or conditional expression -> its position
        self.join_pos: dict[int, Position] = {}
        # generator expressions passed to a consumer of every item (join, sum, ...)
        self.generator_ok: set[int] = set()
        self.value_node = None

    # ---- errors ---------------------------------------------------------
    def error(self, node: ast.AST, msg: str) -> None:
        self.errors.error(self.info.pos(node), msg)

    def pos(self, node: ast.AST) -> Position:
        return self.info.pos(node)

    # ---- blocks and links ---------------------------------------------
    def new_block(self, names: list[str], extra: int = 0, extra_name: str | None = None) -> Block:
        b = Block([Variable(None, n.lstrip("$")) for n in names] +
                  [Variable(None, extra_name) for _ in range(extra)])
        self.names_of[id(b)] = list(names)
        return b

    def link(self, target: Block, extra: list = (), exitcase=None) -> Link:
        names = self.names_of[id(target)]
        args = [self.state.get(n, undef()) if self.state is not None else undef()
                for n in names] + list(extra)
        self.targeted.add(id(target))
        return Link(args, target, exitcase)

    def enter(self, block: Block) -> list:
        names = self.names_of[id(block)]
        self.block = block
        self.state = dict(zip(names, block.inputargs))
        return block.inputargs[len(names):]

    def goto(self, target: Block, extra: list = ()) -> None:
        if self.block is None:
            return
        self.block.closeblock(self.link(target, extra))
        self.block = None
        self.state = None

    def fork(self, cond) -> tuple[Block, Block]:
        """End the current block with a switch on `cond`: (false, true)."""
        names = list(self.state)
        fb, tb = self.new_block(names), self.new_block(names)
        self.block.exitswitch = cond
        self.block.closeblock(self.link(fb, exitcase=False), self.link(tb, exitcase=True))
        self.block = None
        self.state = None
        return fb, tb

    def live(self, block: Block) -> bool:
        return id(block) in self.targeted

    # ---- operations ----------------------------------------------------
    def op(self, opname: str, args: list, node: ast.AST | None, canraise: bool = True,
           argnodes: list | None = None):
        if self.block is None:
            # unreachable code (after return/raise): build it in a dead block
            self.block = self.new_block([])
            self.state = {}
        result = Variable(None)
        operation = Operation(opname, args, result, self.pos(node) if node is not None else None)
        if argnodes is not None:
            operation.argpos = [self.pos(n) if n is not None else None for n in argnodes]
        self.block.operations.append(operation)
        if opname == "call" and isinstance(args[0], Constant) and args[0].value in (isinstance, type, len):
            canraise = False
        if opname in ("bool", "not_") and self.plain_bool(args[0]):
            canraise = False
        if canraise and opname not in NONRAISING:
            targets = self.exception_targets()
            if targets:
                names = list(self.state)
                nxt = self.new_block(names, extra=1)
                links = [self.link(nxt, [result])]
                for cls, handler in targets:
                    exc = Variable(None, "exc")
                    l = self.link(handler, [exc], exitcase=cls)
                    l.last_exc_value = exc
                    links.append(l)
                self.block.exitswitch = LAST_EXCEPTION
                self.block.closeblock(*links)
                [result] = self.enter(nxt)
        return result

    def plain_bool(self, v) -> bool:
        """v is a constant, or a bool computed in this block by a test that
        leaves no program code to run for its truth value (BOOL_RESULT,
        isinstance)."""
        if isinstance(v, Constant):
            return True
        for op in reversed(self.block.operations):
            if op.result is v:
                return op.opname in BOOL_RESULT or (
                    op.opname == "call" and isinstance(op.args[0], Constant)
                    and op.args[0].value is isinstance)
        return False

    def exception_targets(self, upto: int = 0) -> list:
        out: list = []
        covered: list = []
        for c in reversed(self.ctx[upto:]):
            if isinstance(c, _Except):
                pairs = c.targets
            elif isinstance(c, _Finally):
                pairs = [(Exception, c.catchall)]
            else:
                continue
            for cls, block in pairs:
                if any(issubclass(cls, k) for k in covered):
                    continue
                covered.append(cls)
                out.append((cls, block))
            if Exception in covered:
                break
        return out

    def hidden(self, base: str) -> str:
        self.hidden_counter += 1
        return f"${base}{self.hidden_counter}"

    # ---- entry -------------------------------------------------------------
    def build(self) -> Graph:
        node = self.info.node
        params = [Variable(None, a) for a in self.info.argnames]
        start = Block(params)
        self.graph = Graph(self.info.func.__qualname__, start, None)
        self.graph.func = self.info.func
        self.graph.pos = self.pos(node)
        self.graph.returnblock.inputargs[0].concretetype = None
        self.graph.exceptblock.inputargs[0].concretetype = None
        local_names = list(self.info.argnames)
        for n in collect_locals(node.body):
            if n not in local_names:
                local_names.append(n)
        body_block = self.new_block(local_names)
        self.block = start
        self.state = dict(zip(self.info.argnames, params))
        self.goto(body_block)
        self.enter(body_block)
        self.stmts(node.body)
        if self.block is not None:
            self.return_pos = self.pos(node)
            self.graph_exit(self.graph.returnblock, Constant(None, None))
        self.names_of[id(self.graph.returnblock)] = []
        self.names_of[id(self.graph.exceptblock)] = []
        self.graph.assign_pos = self.assign_pos
        self.graph.join_pos = self.join_pos
        repair_ssa(self.graph)
        prune_dead_inputargs(self.graph)
        return self.graph

    def return_value(self, value) -> None:
        self.graph_exit(self.graph.returnblock, value)

    def graph_exit(self, target: Block, value) -> None:
        if self.block is None:
            return
        self.names_of.setdefault(id(target), [])
        link = Link([value], target)
        link.pos = self.return_pos if target is self.graph.returnblock else self.raise_pos
        self.block.closeblock(link)
        self.block = None
        self.state = None

    # ---- statements ------------------------------------------------------------
    def stmts(self, body: list) -> None:
        for s in body:
            if self.block is None:
                return     # the rest is unreachable
            self.stmt(s)

    def stmt(self, s: ast.stmt) -> None:
        meth = getattr(self, "stmt_" + type(s).__name__, None)
        if meth is None:
            self.error(s, f"'{type(s).__name__}' statements are not in the subset")
            return
        meth(s)

    def stmt_Expr(self, s: ast.Expr) -> None:
        if isinstance(s.value, ast.Constant) and isinstance(s.value.value, str):
            return   # docstring
        self.expr(s.value)

    def stmt_Pass(self, s: ast.Pass) -> None:
        pass

    def stmt_Assign(self, s: ast.Assign) -> None:
        v = self.expr(s.value)
        self.value_node = s.value
        for t in s.targets:
            self.assign(t, v)

    def stmt_AnnAssign(self, s: ast.AnnAssign) -> None:
        if not isinstance(s.target, ast.Name):
            if s.value is not None:
                self.assign(s.target, self.expr(s.value))
            return
        self.info.local_annotations[s.target.id] = s.annotation
        if s.value is None:
            return
        v = self.expr(s.value)
        self.value_node = s.value
        v = self.op("annotate", [v, Constant(s.annotation, None)], s.annotation,
                    argnodes=[s.value, s.annotation])
        self.assign(s.target, v)

    def stmt_AugAssign(self, s: ast.AugAssign) -> None:
        opname = BINOPS.get(type(s.op))
        if opname is None:
            self.error(s, "operator '@' is not in the subset")
            return
        t = s.target
        if isinstance(t, ast.Name):
            cur = self.load_name(t)
            self.assign(t, self.op("inplace_" + opname, [cur, self.expr(s.value)], s))
        elif isinstance(t, ast.Attribute):
            obj = self.expr(t.value)
            cur = self.op("getattr", [obj, Constant(t.attr, None)], t)
            new = self.op("inplace_" + opname, [cur, self.expr(s.value)], s)
            self.op("setattr", [obj, Constant(t.attr, None), new], t)
        elif isinstance(t, ast.Subscript) and not isinstance(t.slice, ast.Slice):
            obj = self.expr(t.value)
            idx = self.expr(t.slice)
            cur = self.op("getitem", [obj, idx], t)
            new = self.op("inplace_" + opname, [cur, self.expr(s.value)], s)
            self.op("setitem", [obj, idx, new], t)
        else:
            self.error(s, "this augmented assignment target is not in the subset")

    def assign(self, t: ast.expr, v) -> None:
        if isinstance(t, ast.Name):
            name = self.local_name(t.id)
            if name is None:
                self.error(t, f"assignment to module global '{t.id}': module globals are constants in the subset")
                return
            self.state[name] = v
            self.assign_pos.setdefault(id(v), self.pos(t))
        elif isinstance(t, ast.Attribute):
            obj = self.expr(t.value)
            self.op("setattr", [obj, Constant(t.attr, None), v], t,
                    argnodes=[t.value, None, self.value_node])
        elif isinstance(t, ast.Subscript):
            if isinstance(t.slice, ast.Slice):
                if t.slice.step is not None:
                    self.error(t, "slice assignment with a step is not in the subset")
                    return
                obj = self.expr(t.value)
                lo, hi = self.slice_bounds(t.slice)
                self.op("setslice", [obj, lo, hi, v], t)
                return
            obj = self.expr(t.value)
            self.op("setitem", [obj, self.expr(t.slice), v], t,
                    argnodes=[t.value, t.slice, self.value_node])
        elif isinstance(t, (ast.Tuple, ast.List)):
            for i, elt in enumerate(t.elts):
                if isinstance(elt, ast.Starred):
                    self.error(elt, "starred assignment is not in the subset")
                    return
                item = self.op("unpack_item", [v, Constant(i, None), Constant(len(t.elts), None)], elt)
                self.assign(elt, item)
        else:
            self.error(t, f"assignment to '{type(t).__name__}' is not in the subset")

    def local_name(self, name: str) -> str | None:
        for r in reversed(self.renames):
            if name in r:
                return r[name]
        if self.state is not None and name in self.state:
            return name
        return None

    def load_local(self, name: str):
        v = self.state[name]
        return v

    def stmt_Return(self, s: ast.Return) -> None:
        v = self.expr(s.value) if s.value is not None else Constant(None, None)
        self.return_pos = self.pos(s.value if s.value is not None else s)
        if self.block is None:
            return
        if any(isinstance(c, _Finally) for c in self.ctx):
            tmp = self.hidden("ret")
            self.state[tmp] = v
            self.run_finallies(0)
            if self.block is None:
                return
            v = self.state[tmp]
        self.return_value(v)

    def run_finallies(self, level: int) -> None:
        """Emit the bodies of the finally clauses entered above `level`."""
        saved = self.ctx
        for i in range(len(saved) - 1, level - 1, -1):
            c = saved[i]
            if isinstance(c, _Finally):
                self.ctx = saved[:i]
                self.stmts(c.body)
                if self.block is None:
                    break
        self.ctx = saved

    def current_loop(self, node: ast.AST) -> _Loop | None:
        for c in reversed(self.ctx):
            if isinstance(c, _Loop):
                return c
        self.error(node, "'break' or 'continue' outside a loop")
        return None

    def stmt_Break(self, s: ast.Break) -> None:
        loop = self.current_loop(s)
        if loop is not None:
            self.run_finallies(loop.level)
            self.goto(loop.exit)

    def stmt_Continue(self, s: ast.Continue) -> None:
        loop = self.current_loop(s)
        if loop is not None:
            self.run_finallies(loop.level)
            self.goto(loop.header)

    def stmt_If(self, s: ast.If) -> None:
        fb, tb = self.test(s.test)
        names = list(self.names_of[id(fb)])
        join = None
        if self.live(tb):
            self.enter(tb)
            self.stmts(s.body)
            if self.block is not None:
                join = self.new_block(list(self.state))
                self.goto(join)
        if self.live(fb):
            self.enter(fb)
            self.stmts(s.orelse)
            if self.block is not None:
                if join is None:
                    join = self.new_block(list(self.state))
                self.goto(join)
        if join is not None and self.live(join):
            self.enter(join)
        else:
            self.block = None
            self.state = None
        del names

    def stmt_While(self, s: ast.While) -> None:
        names = list(self.state)
        header = self.new_block(names)
        exit = self.new_block(names)
        self.goto(header)
        self.enter(header)
        if isinstance(s.test, ast.Constant) and s.test.value:
            tb = self.new_block(list(self.state))
            fb = self.new_block(list(self.state))
            self.goto(tb)
        else:
            fb, tb = self.test(s.test)
        self.ctx.append(_Loop(header, exit, len(self.ctx)))
        if self.live(tb):
            self.enter(tb)
            self.stmts(s.body)
            self.goto(header)
        self.ctx.pop()
        if self.live(fb):
            self.enter(fb)
            self.stmts(s.orelse)
            self.goto(exit)
        if self.live(exit):
            self.enter(exit)

    def stmt_For(self, s: ast.For) -> None:
        if s.type_comment:
            pass
        self.for_loop(s.target, s.iter, s, lambda: self.stmts(s.body), s.orelse)

    def for_loop(self, target: ast.expr, it: ast.expr, node: ast.AST, body_fn, orelse: list) -> None:
        """Emit `for target in it: body_fn()` as an index loop."""
        kind, parts = self.classify_iter(it)
        i_name = self.hidden("i")
        stop_name = None
        start_name = None
        step = 1
        seqs: list[str] = []
        if kind == "range":
            args = parts
            if len(args) == 1:
                start, stop = Constant(0, None), self.expr(args[0])
            else:
                start, stop = self.expr(args[0]), self.expr(args[1])
            if len(args) == 3:
                st = args[2]
                if isinstance(st, ast.UnaryOp) and isinstance(st.op, ast.USub) and isinstance(st.operand, ast.Constant):
                    step = -st.operand.value
                elif isinstance(st, ast.Constant) and isinstance(st.value, int):
                    step = st.value
                else:
                    step = None
                if step == 0:
                    self.error(st, "range() step must not be zero")
                    step = 1
            stop_name = self.hidden("stop")
            self.state[stop_name] = stop
            self.state[i_name] = start
            step_name = None
            if step is None:
                step_name = self.hidden("step")
                self.state[step_name] = self.expr(args[2])
        elif kind == "reversed_range":
            args = parts
            if len(args) == 1:
                lo, hi = Constant(0, None), self.expr(args[0])
            else:
                lo, hi = self.expr(args[0]), self.expr(args[1])
            stop_name = self.hidden("stop")
            self.state[stop_name] = lo
            if len(args) == 3:
                # the last value of range(lo, hi, k): lo + (hi - lo - 1) // k * k
                k = Constant(args[2].value, None)
                span = self.op("sub", [self.op("sub", [hi, self.state[stop_name]], node), Constant(1, None)], node)
                last = self.op("mul", [self.op("floordiv", [span, k], node), k], node)
                self.state[i_name] = self.op("add", [self.state[stop_name], last], node)
                step = -args[2].value
            else:
                self.state[i_name] = self.op("sub", [hi, Constant(1, None)], node)
                step = -1
        else:
            start_arg = None
            if kind in ("enumerate", "enumerate_zip") and len(it.args) + len(it.keywords) == 2:
                start_arg = parts[-1]
                parts = parts[:-1]
            for p in parts:
                sn = self.hidden("seq")
                self.state[sn] = self.op("iter_seq", [self.expr(self.materialized(p))], p)
                seqs.append(sn)
            if start_arg is not None:
                # enumerate(xs, start): the index counts from 0, the value from start
                start_name = self.hidden("start")
                self.state[start_name] = self.expr(start_arg)
            self.state[i_name] = Constant(0, None)
            if kind == "reversed_seq":
                # from the last item down to index 0
                n = self.op("seq_len", [self.state[seqs[0]]], node)
                self.state[i_name] = self.op("sub", [n, Constant(1, None)], node)
        if self.block is None:
            return
        names = list(self.state)
        header = self.new_block(names)
        exit = self.new_block(names)
        self.goto(header)
        self.enter(header)
        i = self.state[i_name]
        if kind in ("range", "reversed_range"):
            if step is None:
                cond = self.op("range_cond", [i, self.state[stop_name], self.state[step_name]], node)
            else:
                cond = self.op("lt" if step > 0 else ("gt" if kind == "range" else "ge"),
                               [i, self.state[stop_name]], node)
        elif kind == "reversed_seq":
            cond = self.op("ge", [i, Constant(0, None)], node)
        else:
            cond = None
            for sn in seqs:
                c = self.op("lt", [i, self.op("seq_len", [self.state[sn]], node)], node)
                cond = c if cond is None else self.op("and_", [cond, c], node)
        fb, tb = self.fork(cond)
        self.ctx.append(_Loop(header, exit, len(self.ctx)))
        self.enter(tb)
        i = self.state[i_name]
        if kind in ("range", "reversed_range"):
            value = i
            stepv = Constant(step, None) if step is not None else self.state[step_name]
            self.state[i_name] = self.op("add", [i, stepv], node)
            self.assign(target, value)
        else:
            items = [self.op("seq_item", [self.state[sn], i], node) for sn in seqs]
            index = i
            if start_name is not None:
                index = self.op("add", [self.state[start_name], i], node)
            if kind == "enumerate_zip":
                inner = target.elts[1] if isinstance(target, ast.Tuple) and len(target.elts) == 2 else None
                if isinstance(inner, ast.Tuple) and len(inner.elts) == len(items):
                    for t, v in zip(inner.elts, items):
                        self.assign(t, v)
                    target = target.elts[0]
                    items = [index]
                else:
                    items = [index, self.op("newtuple", items, node)]
                    kind = "enumerate"
            elif kind == "enumerate":
                items = [index] + items
            self.state[i_name] = self.op("add", [i, Constant(-1 if kind == "reversed_seq" else 1, None)], node)
            if kind in ("enumerate", "zip"):
                if isinstance(target, ast.Tuple) and len(target.elts) == len(items):
                    for t, v in zip(target.elts, items):
                        self.assign(t, v)
                else:
                    self.assign(target, self.op("newtuple", items, node))
            else:
                self.assign(target, items[0])
        body_fn()
        self.goto(header)
        self.ctx.pop()
        self.enter(fb)
        self.stmts(orelse)
        self.goto(exit)
        if self.live(exit):
            self.enter(exit)
            for n in [i_name, stop_name, start_name] + seqs:
                self.state.pop(n, None)

    def materialized(self, p: ast.expr) -> ast.expr:
        """An iterable that is itself only a for-loop iterable (range(...),
        reversed(...), enumerate(...), zip(...)) inside zip(...) or
        enumerate(...) becomes the list of its items: [x for x in p]."""
        if not (isinstance(p, ast.Call) and isinstance(p.func, ast.Name)
                and self.global_value(p.func.id) in (range, reversed, enumerate, zip)):
            return p
        name = self.hidden("item")
        var = ast.Name(id=name, ctx=ast.Store())
        comp = ast.ListComp(elt=ast.Name(id=name, ctx=ast.Load()), generators=[
            ast.comprehension(target=var, iter=p, ifs=[], is_async=0)])
        for n in (var, comp, comp.elt):
            ast.copy_location(n, p)
        return comp

    def classify_iter(self, it: ast.expr) -> tuple[str, list]:
        if (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and len(it.args) == 1
                and len(it.keywords) == 1 and it.keywords[0].arg == "start"
                and self.global_value(it.func.id) is enumerate):
            # enumerate(xs, start=k) is enumerate(xs, k)
            a = it.args[0]
            if (isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and not a.keywords
                    and self.global_value(a.func.id) is zip and len(a.args) >= 2):
                return "enumerate_zip", a.args + [it.keywords[0].value]
            return "enumerate", [a, it.keywords[0].value]
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and not it.keywords:
            fn = self.global_value(it.func.id)
            if fn is range and 1 <= len(it.args) <= 3:
                return "range", it.args
            if fn is reversed and len(it.args) == 1:
                a = it.args[0]
                if (isinstance(a, ast.Call) and isinstance(a.func, ast.Name)
                        and self.global_value(a.func.id) is range and 1 <= len(a.args) <= 3):
                    if len(a.args) == 3 and not (isinstance(a.args[2], ast.Constant)
                                                 and type(a.args[2].value) is int and a.args[2].value > 0):
                        self.error(a.args[2], "reversed(range(a, b, step)) needs a positive constant step")
                        return "reversed_range", a.args[:2]
                    return "reversed_range", a.args
                return "reversed_seq", [a]
            if fn is enumerate and len(it.args) in (1, 2):
                a = it.args[0]
                if (isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and not a.keywords
                        and self.global_value(a.func.id) is zip and len(a.args) >= 2):
                    return "enumerate_zip", a.args + it.args[1:]
                return "enumerate", it.args
            if fn is zip and len(it.args) >= 2:
                return "zip", it.args
        return "seq", [it]

    def global_value(self, name: str):
        if self.local_name(name) is not None:
            return None
        if name in self.globals:
            return self.globals[name]
        return getattr(builtins, name, None)

    def stmt_Raise(self, s: ast.Raise) -> None:
        if s.exc is None:
            cur = self.state.get("$curexc")
            if cur is None:
                self.error(s, "bare 'raise' outside an exception handler")
                return
            self.emit_raise(cur, s)
            return
        v = self.expr(s.exc)
        if isinstance(v, Constant) and isinstance(v.value, type):
            v = self.op("call", [v, Constant((), None)], s.exc)
        if s.cause is not None and not (isinstance(s.cause, ast.Constant) and s.cause.value is None):
            # `raise X from e`: e is evaluated and must be an exception; the
            # chain itself is not observable in the subset (no __cause__,
            # and the uncaught report is X's line)
            c = self.expr(s.cause)
            if isinstance(c, Constant) and isinstance(c.value, type):
                c = self.op("call", [c, Constant((), None)], s.cause)
            self.op("check_exception", [c, Constant("cause", None)], s.cause, canraise=False)
        self.emit_raise(v, s.exc)

    def emit_raise(self, v, node: ast.AST) -> None:
        if self.block is None:
            return
        self.raise_pos = self.pos(node)
        v = self.op("check_exception", [v], node, canraise=False)
        tmp = self.hidden("raise")
        self.state[tmp] = v
        for cls, handler in self.exception_targets():
            if cls is Exception:
                self.goto(handler, [v])
                return
            m = self.op("exc_match", [v, Constant(cls, None)], node)
            fb, tb = self.fork(m)
            self.enter(tb)
            self.goto(handler, [self.state[tmp]])
            self.enter(fb)
            v = self.state[tmp]
        self.graph_exit(self.graph.exceptblock, v)

    def stmt_Try(self, s: ast.Try) -> None:
        if s.finalbody:
            names = list(self.state)
            catchall = self.new_block(names, extra=1)
            fin = _Finally(s.finalbody, catchall)
            self.ctx.append(fin)
            self.try_except(s)
            self.ctx.pop()
            if self.block is not None:
                self.stmts(s.finalbody)
            after_state = (self.block, self.state)
            if self.live(catchall):
                [exc] = self.enter(catchall)
                self.state["$curexc"] = exc
                self.stmts(s.finalbody)
                self.emit_raise(exc, s)
            self.block, self.state = after_state
        else:
            self.try_except(s)

    def try_except(self, s: ast.Try) -> None:
        names = list(self.state)
        targets = []
        clauses = []
        for h in s.handlers:
            classes = self.handler_classes(h)
            hb = self.new_block(names, extra=1)
            clauses.append((h, hb))
            for c in classes:
                targets.append((c, hb))
        if targets:
            self.ctx.append(_Except(targets))
        self.stmts(s.body)
        if targets:
            self.ctx.pop()
        join = None
        if self.block is not None:
            self.stmts(s.orelse)
            if self.block is not None:
                join = self.new_block(list(self.state))
                self.goto(join)
        for h, hb in clauses:
            if not self.live(hb):
                continue
            [exc] = self.enter(hb)
            outer_exc = self.state.get("$curexc")
            self.state["$curexc"] = exc
            if h.name:
                name = self.local_name(h.name) or h.name
                self.state[name] = exc
            self.stmts(h.body)
            if self.block is not None:
                self.state.pop("$curexc", None)
                if outer_exc is not None:
                    self.state["$curexc"] = outer_exc
                if join is None:
                    join = self.new_block(list(self.state))
                self.goto(join)
        if join is not None and self.live(join):
            self.enter(join)
        else:
            self.block = None
            self.state = None

    def handler_classes(self, h: ast.ExceptHandler) -> list:
        if h.type is None:
            return [Exception]
        elts = h.type.elts if isinstance(h.type, ast.Tuple) else [h.type]
        out = []
        for e in elts:
            v = self.const_expr(e)
            if isinstance(v, type) and issubclass(v, BaseException):
                if v is BaseException:
                    v = Exception
                out.append(v)
            else:
                self.error(e, "an 'except' clause must name exception classes of the program")
        return out

    def const_expr(self, e: ast.expr):
        if isinstance(e, ast.Name):
            return self.global_value(e.id)
        if isinstance(e, ast.Attribute):
            base = self.const_expr(e.value)
            if base is not None:
                return getattr(base, e.attr, None)
        return None

    def stmt_Assert(self, s: ast.Assert) -> None:
        fb, tb = self.test(s.test)
        self.enter(fb)
        msg = self.expr(s.msg) if s.msg is not None else Constant("", None)
        exc = self.op("call", [Constant(AssertionError, None), Constant((), None), msg], s)
        self.emit_raise(exc, s)
        self.enter(tb)

    def slice_bounds(self, sl: ast.Slice) -> tuple:
        lo = self.expr(sl.lower) if sl.lower is not None else Constant(None, None)
        hi = self.expr(sl.upper) if sl.upper is not None else Constant(None, None)
        return lo, hi

    def stmt_Delete(self, s: ast.Delete) -> None:
        for t in s.targets:
            if isinstance(t, ast.Subscript) and not isinstance(t.slice, ast.Slice):
                self.op("delitem", [self.expr(t.value), self.expr(t.slice)], t)
            elif isinstance(t, ast.Subscript) and t.slice.step is None:
                obj = self.expr(t.value)
                lo, hi = self.slice_bounds(t.slice)
                self.op("delslice", [obj, lo, hi], t)
            else:
                self.error(t, "'del' is only in the subset for a list item, a list slice or a dict key")

    def stmt_Global(self, s: ast.stmt) -> None:
        self.error(s, "'global' is not in the subset: module globals are constants")
        for n in s.names:
            self.state[n] = poison()

    def stmt_Nonlocal(self, s: ast.stmt) -> None:
        self.error(s, "'nonlocal' is not in the subset")

    def stmt_FunctionDef(self, s: ast.FunctionDef) -> None:
        self.error(s, f"nested function '{s.name}' is not in the subset (no closures)")
        for sub in ast.walk(s):
            if isinstance(sub, ast.Nonlocal):
                self.error(sub, "'nonlocal' is not in the subset")
            elif isinstance(sub, ast.Global):
                self.error(sub, "'global' is not in the subset: module globals are constants")
        if self.state is not None:
            self.state[s.name] = poison()

    def stmt_AsyncFunctionDef(self, s: ast.stmt) -> None:
        self.error(s, "'async' functions are not in the subset")

    def stmt_ClassDef(self, s: ast.ClassDef) -> None:
        self.error(s, f"class '{s.name}' defined inside a function is not in the subset")

    def stmt_With(self, s: ast.stmt) -> None:
        self.error(s, "'with' statements are not in the subset")

    def stmt_Import(self, s: ast.Import) -> None:
        # an import inside a function (to break an import cycle) binds
        # translation-time constants: the modules are imported already
        import importlib
        for alias in s.names:
            try:
                mod = importlib.import_module(alias.name)
            except ImportError:
                self.error(s, f"cannot import '{alias.name}'")
                continue
            if alias.asname:
                self.imported[alias.asname] = mod
            else:
                top = alias.name.split(".")[0]
                self.imported[top] = importlib.import_module(top)

    def stmt_ImportFrom(self, s: ast.ImportFrom) -> None:
        import importlib
        modname = s.module or ""
        if s.level:
            pkg = self.globals.get("__package__") or ""
            parts = pkg.split(".") if pkg else []
            base = ".".join(parts[:len(parts) - s.level + 1])
            modname = base + ("." + modname if modname else "") if base else modname
        try:
            mod = importlib.import_module(modname)
        except ImportError:
            self.error(s, f"cannot import '{modname}'")
            return
        for alias in s.names:
            if alias.name == "*" or not hasattr(mod, alias.name):
                self.error(s, f"cannot import '{alias.name}' from '{modname}'")
                continue
            self.imported[alias.asname or alias.name] = getattr(mod, alias.name)
