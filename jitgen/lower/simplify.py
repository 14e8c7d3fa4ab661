"""Clean-ups of low-level graphs that every backend benefits from: a block
whose only predecessor falls through to it unconditionally is merged into
that predecessor (the flow graph builder makes many such blocks)."""
from __future__ import annotations

from jitgen.lower.llgraph import Constant, Graph, Variable


def join_blocks(graph: Graph) -> None:
    changed = True
    while changed:
        changed = False
        blocks = graph.iterblocks()
        npreds: dict[int, int] = {}
        for b in blocks:
            for link in b.exits:
                npreds[id(link.target)] = npreds.get(id(link.target), 0) + 1
        npreds[id(graph.startblock)] = npreds.get(id(graph.startblock), 0) + 1
        for a in blocks:
            if a.exitswitch is not None or len(a.exits) != 1:
                continue
            link = a.exits[0]
            b = link.target
            if (b is a or b is graph.returnblock or b is graph.exceptblock
                    or npreds.get(id(b), 0) != 1):
                continue
            mapping = {id(v): x for v, x in zip(b.inputargs, link.args)}
            if isinstance(b.exitswitch, Variable) and isinstance(mapping.get(id(b.exitswitch)), Constant):
                continue

            def sub(x):
                return mapping.get(id(x), x) if isinstance(x, Variable) else x

            for op in b.operations:
                op.args = [sub(x) for x in op.args]
            a.operations.extend(b.operations)
            a.exitswitch = sub(b.exitswitch) if isinstance(b.exitswitch, Variable) else b.exitswitch
            for l in b.exits:
                l.args = [sub(x) if x is not l.last_exc_value else x for x in l.args]
            a.closeblock(*b.exits)
            changed = True
            break
