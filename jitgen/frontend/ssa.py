"""Make a flow graph strict SSA-by-block: a value computed in one block and
used in a later one (a temporary alive across a block split, e.g. `a + f(x)`
inside a try body) is passed along the links as an extra input variable."""
from __future__ import annotations

from jitgen.lower.llgraph import Variable


def _uses(block) -> list:
    out = []
    for op in block.operations:
        out.extend(a for a in op.args if isinstance(a, Variable))
    if isinstance(block.exitswitch, Variable):
        out.append(block.exitswitch)
    for link in block.exits:
        out.extend(a for a in link.args if isinstance(a, Variable) and a is not link.last_exc_value)
    return out


def _defined(block) -> set[int]:
    d = {id(v) for v in block.inputargs}
    d.update(id(op.result) for op in block.operations)
    return d


def repair_ssa(graph) -> None:
    blocks = graph.iterblocks()
    preds: dict[int, list] = {id(b): [] for b in blocks}
    for b in blocks:
        for link in b.exits:
            preds.setdefault(id(link.target), []).append(link)
    local: dict[int, dict[int, Variable]] = {}      # id(block) -> id(orig) -> copy
    work = []
    for b in blocks:
        d = _defined(b)
        for v in _uses(b):
            if id(v) not in d:
                work.append((b, v))
    while work:
        b, v = work.pop()
        copies = local.setdefault(id(b), {})
        if id(v) in copies:
            continue
        nv = Variable(None, v.name.rsplit("_", 1)[0])
        copies[id(v)] = nv
        b.inputargs.append(nv)
        _rename(b, v, nv)
        for link in preds.get(id(b), []):
            link.args.append(v)
            src = link.prevblock
            if id(v) not in _defined(src):
                work.append((src, v))
                # the source block will get its own copy: use it on this link
    # second pass: links now pass originals; rename to each source block's copy
    for b in blocks:
        copies = local.get(id(b), {})
        if not copies:
            continue
        for link in b.exits:
            link.args = [copies.get(id(a), a) if isinstance(a, Variable) else a for a in link.args]


def _rename(block, old: Variable, new: Variable) -> None:
    for op in block.operations:
        op.args = [new if a is old else a for a in op.args]
    if block.exitswitch is old:
        block.exitswitch = new
    for link in block.exits:
        link.args = [new if a is old else a for a in link.args]


def prune_dead_inputargs(graph) -> None:
    """Remove the input variables (and the link values feeding them) that no
    operation, switch or later block uses: every block carries all locals
    when built, most of which are dead.  Keeps the typing work linear-ish."""
    blocks = graph.iterblocks()
    needed: dict[int, set[int]] = {}
    for b in blocks:
        s = set()
        for op in b.operations:
            s.update(id(a) for a in op.args if isinstance(a, Variable))
        if isinstance(b.exitswitch, Variable):
            s.add(id(b.exitswitch))
        needed[id(b)] = s
    for special in (graph.returnblock, graph.exceptblock):
        needed[id(special)] = {id(v) for v in special.inputargs}
    changed = True
    while changed:
        changed = False
        for b in reversed(blocks):
            s = needed[id(b)]
            for link in b.exits:
                tneed = needed.get(id(link.target))
                if tneed is None:
                    continue
                for a, v in zip(link.args, link.target.inputargs):
                    if isinstance(a, Variable) and id(v) in tneed and id(a) not in s:
                        s.add(id(a))
                        changed = True
    preds: dict[int, list] = {}
    for b in blocks:
        for link in b.exits:
            preds.setdefault(id(link.target), []).append(link)
    for b in blocks:
        if b is graph.startblock:
            continue
        s = needed[id(b)]
        keep = [i for i, v in enumerate(b.inputargs) if id(v) in s]
        if len(keep) == len(b.inputargs):
            continue
        b.inputargs = [b.inputargs[i] for i in keep]
        for link in preds.get(id(b), []):
            link.args = [link.args[i] for i in keep]
