"""How the cli backend assigns locals (graphgen.GraphGen.coalesce): a loop's
`i += 1` writes the local of the `i` it replaces, as a C# compiler's code
does, and values that are alive together never share one.  Needs no Mono:
coalescing only reads the low-level graph."""
from __future__ import annotations

from pathlib import Path

from jitgen.backend.cli.graphgen import GraphGen
from jitgen.driver.pipeline import translate_to_lowlevel
from jitgen.lower import llgraph as lg

PROGRAM = '''
def meet(n: int) -> int:
    i = 0
    j = n
    while i < j:
        i += 1
        j -= 1
    return i * 1000 + j


def fib(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main(argv: list[str]) -> int:
    print(meet(len(argv) + 9), fib(len(argv) + 20))
    return 0
'''


def coalesced(tmp_path: Path, name: str) -> tuple[lg.Graph, GraphGen]:
    p = tmp_path / "prog.py"
    p.write_text(PROGRAM)
    prog = translate_to_lowlevel(str(p))
    g = next(g for g in prog.graphs if g.name.split(".")[-1].split("#")[0] == name)
    gg = GraphGen.__new__(GraphGen)
    gg.graph = g
    gg.rep = {}
    gg.keep = gg.find_stack_values()
    gg.coalesce()
    return g, gg


def local_of(gg: GraphGen, v):
    return gg.rep.get(v, v)


def test_loop_counters_update_their_own_local(tmp_path: Path) -> None:
    g, gg = coalesced(tmp_path, "meet")
    steps = [op for b in g.iterblocks() for op in b.operations
             if op.opname in ("int_add_ovf", "int_sub_ovf") and op.args[1].concretetype is not None
             and isinstance(op.args[1], lg.Constant) and op.args[1].value == 1]
    assert len(steps) == 2
    for op in steps:
        assert local_of(gg, op.result) is local_of(gg, op.args[0]), op


def test_values_alive_together_keep_separate_locals(tmp_path: Path) -> None:
    g, gg = coalesced(tmp_path, "fib")
    for b in g.iterblocks():
        for link in b.exits:
            # a link's moves happen at once: two of its values that are both
            # read there must not share a local unless they are one value
            live = [a for a in link.args if isinstance(a, lg.Variable)]
            for x in live:
                for y in live:
                    if x is not y:
                        assert local_of(gg, x) is not local_of(gg, y), (x, y)
        spans: dict = {}
        gg.block_spans(b, spans, set())
        vs = [v for v in spans if spans[v][2] == id(b)]
        for x in vs:
            for y in vs:
                (fx, lx, _), (fy, ly, _) = spans[x], spans[y]
                if x is not y and fx < ly and fy < lx:
                    assert local_of(gg, x) is not local_of(gg, y), (x, y)
