"""Whole-program call graph facts the code generator uses to leave out work
that cannot matter:

- which graphs need the stack check (check_points says where): those on
  a cycle of direct calls (a strongly connected component with more than
  one graph, or one that calls itself), plus every graph that calls
  through a function pointer or hands an r_dict to the runtime (which
  calls the program's eq/hash back).  Every cycle of the run-time call graph then holds a
  checked frame, so recursion still ends in StackOverflow; a chain of
  unchecked frames is bounded by the depth of the acyclic rest of the
  graph, which the 2 MiB margin below the limit absorbs;
- which graphs can raise: a graph raises if it checks the stack, links to
  its except block, holds a raising operation, calls through a function
  pointer, or calls a graph that raises (a fixpoint over the call graph).
  Callers test @rt_exc only after calls to graphs that raise.
"""
from __future__ import annotations

from jitgen.lower import lltypes as lt
from jitgen.lower.llgraph import Graph, LLProgram
from jitgen.backend.native.ops_data import NORAISE, RAISING_EXTERNALS

PROGRAM_CALLS = {"direct_call", "indirect_call", "call_method"}   # operations that call program graphs


def calls_program(op) -> bool:
    """Can this operation run program code (a call, or the runtime calling
    an r_dict's eq/hash back)?"""
    return op.opname in PROGRAM_CALLS or op.opname != "new_rdict" and any(
        isinstance(a.concretetype, lt.RDict) for a in op.args)


def check_points(g: Graph, may_recurse) -> dict[int, int]:
    """Where a graph that needs the stack check does it: before the first
    operation that may_recurse(op) (a call that can come back here: into
    the graph's own strongly connected component, through a pointer, or
    an r_dict callback) on every path from the entry (block id ->
    operation index).  Paths that make no such call (the base case of a
    recursion, a call to a constructor) pay nothing, and StackOverflow
    appears where the call would have raised it, after the block's earlier
    operations and inside its exception handler."""
    points: dict[int, int] = {}
    seen = {id(g.startblock)}
    todo = [g.startblock]
    while todo:
        b = todo.pop()
        first = next((i for i, op in enumerate(b.operations) if may_recurse(op)), None)
        if first is not None:
            points[id(b)] = first
            continue
        for link in b.exits:
            t = link.target
            if id(t) not in seen:
                seen.add(id(t))
                todo.append(t)
    return points


def method_impls(layouts, cd: lt.ClassDef, name: str) -> list[Graph]:
    """The distinct implementations a call of method `name` on a value of
    static class cd can reach."""
    impls: list[Graph] = []
    for c in layouts.subtree(cd):
        g = c.lookup_method(name)
        if g is not None and all(g is not x for x in impls):
            impls.append(g)
    return impls


class CallGraph:
    def __init__(self, prog: LLProgram, layouts) -> None:
        self.graphs = list(prog.graphs)
        known = {id(g) for g in self.graphs}
        self.callees: dict[int, list[Graph]] = {}
        self.unknown_calls: set[int] = set()   # calls through pointers / r_dict callbacks
        self.raises_locally: set[int] = set()
        for g in self.graphs:
            out: list[Graph] = []
            seen: set[int] = set()
            for b in g.iterblocks():
                for link in b.exits:
                    if link.target is g.exceptblock:
                        self.raises_locally.add(id(g))
                for op in b.operations:
                    name = op.opname
                    if name == "direct_call":
                        targets = [op.args[0].value]
                    elif name == "call_method":
                        t = op.args[0].concretetype
                        targets = method_impls(layouts, t.classdef, op.args[1].value) \
                            if isinstance(t, lt.Instance) else []
                    elif name == "indirect_call":
                        self.unknown_calls.add(id(g))
                        continue
                    else:
                        if calls_program(op):
                            self.unknown_calls.add(id(g))
                        if name not in NORAISE and not (
                                name == "external_call" and op.args[0].value not in RAISING_EXTERNALS):
                            self.raises_locally.add(id(g))
                        continue
                    for t in targets:
                        if isinstance(t, Graph) and id(t) in known and id(t) not in seen:
                            seen.add(id(t))
                            out.append(t)
            self.callees[id(g)] = out
        self.layouts = layouts
        self.scc: dict[int, int] = {}          # graph -> its component (recursive ones only)
        self.recursive = self._recursive()
        self.checked = self.recursive | self.unknown_calls
        self.raising = self._raising()

    def needs_stack_check(self, g: Graph) -> bool:
        return id(g) in self.checked

    def check_points(self, g: Graph) -> dict[int, int]:
        return check_points(g, self.recursion_test(g))

    def recursive_calls(self, g: Graph) -> set[int]:
        """The operations of a checked graph that may come back to it.  They
        are emitted `notail`: a tail call turned into a jump (LLVM's tail
        recursion elimination, sibling calls) would recurse forever
        without growing the stack, where CPython raises RecursionError."""
        if not self.needs_stack_check(g):
            return set()
        test = self.recursion_test(g)
        return {id(op) for b in g.iterblocks() for op in b.operations if test(op)}

    def recursion_test(self, g: Graph):
        comp = self.scc.get(id(g))

        def may_recurse(op) -> bool:
            if op.opname == "direct_call":
                return comp is not None and self.scc.get(id(op.args[0].value)) == comp
            if op.opname == "call_method":
                t = op.args[0].concretetype
                if not isinstance(t, lt.Instance):
                    return True
                return comp is not None and any(self.scc.get(id(x)) == comp for x in
                                                method_impls(self.layouts, t.classdef, op.args[1].value))
            return calls_program(op)      # through a pointer, r_dict callbacks
        return may_recurse

    def may_raise(self, g: Graph) -> bool:
        return id(g) in self.raising

    def _recursive(self) -> set[int]:
        """Graphs on a cycle: Tarjan's strongly connected components,
        iterative (the VMs' call graphs are deep)."""
        index: dict[int, int] = {}
        low: dict[int, int] = {}
        on_stack: set[int] = set()
        stack: list[Graph] = []
        result: set[int] = set()
        counter = 0
        for root in self.graphs:
            if id(root) in index:
                continue
            work = [(root, 0)]
            while work:
                g, i = work[-1]
                gid = id(g)
                if i == 0 and gid not in index:      # first visit
                    index[gid] = low[gid] = counter
                    counter += 1
                    stack.append(g)
                    on_stack.add(gid)
                callees = self.callees[gid]
                if i < len(callees):
                    work[-1] = (g, i + 1)
                    c = id(callees[i])
                    if c not in index:
                        work.append((callees[i], 0))
                    elif c in on_stack:
                        low[gid] = min(low[gid], index[c])
                    continue
                work.pop()
                if work:                              # the caller inherits the low link
                    p = id(work[-1][0])
                    low[p] = min(low[p], low[gid])
                if low[gid] == index[gid]:
                    comp = []
                    while True:
                        x = stack.pop()
                        on_stack.discard(id(x))
                        comp.append(x)
                        if x is g:
                            break
                    if len(comp) > 1 or any(c is g for c in callees):
                        result.update(id(x) for x in comp)
                        for x in comp:
                            self.scc[id(x)] = id(g)
        return result

    def _raising(self) -> set[int]:
        callers: dict[int, list[int]] = {}
        for g in self.graphs:
            for c in self.callees[id(g)]:
                callers.setdefault(id(c), []).append(id(g))
        raising = set(self.raises_locally) | self.checked
        work = list(raising)
        while work:
            x = work.pop()
            for caller in callers.get(x, ()):
                if caller not in raising:
                    raising.add(caller)
                    work.append(caller)
        return raising
