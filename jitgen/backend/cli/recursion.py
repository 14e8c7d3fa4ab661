"""Which graphs can recurse: only those count stack depth (RT.depth).

A chain of calls through non-recursive graphs is bounded by the call graph,
so the depth counter only needs to grow in graphs on a cycle.  Calls are
resolved conservatively: call_method may reach every method of that name,
indirect_call every function of that signature used as a value.
"""
from __future__ import annotations

import sys

from jitgen.lower import llgraph as lg


def recursive_graphs(prog) -> set:
    by_method: dict = {}
    for c in prog.classes:
        for name, g in c.methods.items():
            by_method.setdefault(name, []).append(g)
    func_values: dict = {}
    for g in prog.graphs:
        for b in g.iterblocks():
            for op in b.operations:
                for a in op.args[1:] if op.opname == "direct_call" else op.args:
                    if isinstance(a, lg.Constant) and isinstance(a.value, lg.Graph):
                        func_values.setdefault(a.value.functype(), []).append(a.value)
    edges: dict = {}
    for g in prog.graphs:
        out = []
        for b in g.iterblocks():
            for op in b.operations:
                if op.opname == "direct_call":
                    out.append(op.args[0].value)
                elif op.opname == "call_method":
                    out.extend(by_method.get(op.args[1].value, ()))
                elif op.opname == "indirect_call":
                    out.extend(func_values.get(op.args[0].concretetype, ()))
        edges[g] = out
    # Tarjan's strongly connected components, iteratively
    index: dict = {}
    low: dict = {}
    on_stack: set = set()
    stack: list = []
    result: set = set()
    counter = [0]
    for root in prog.graphs:
        if root in index:
            continue
        work = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(edges.get(w, ()))))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w is v:
                        break
                if len(comp) > 1 or v in edges.get(v, ()):
                    result.update(comp)
    return result
