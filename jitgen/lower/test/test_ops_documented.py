"""Every low-level operation that lowering emits for the corpus is documented
in docs/lowlevel.md, implemented by the graph interpreter, and every graph
passes checkgraph."""
import re
from pathlib import Path

import pytest

from jitgen.driver.pipeline import translate_to_lowlevel
from jitgen.llinterp.ops import OpTable
from jitgen.lower.llgraph import checkgraph

REPO = Path(__file__).resolve().parents[3]
CORPUS = sorted((REPO / "tests" / "jitgen" / "programs").glob("*.py"))


def documented_ops() -> set:
    doc = (REPO / "docs" / "lowlevel.md").read_text()
    return set(re.findall(r"`([a-z_0-9]+)\(", doc)) | set(re.findall(r"[`, ]([a-z]+_[a-z_0-9]+)[,` (]", doc))


class _Interp:
    def make_exc(self, name, msg):
        return Exception(name)


@pytest.mark.skipif(not CORPUS, reason="no corpus programs")
def test_lowered_ops_are_documented_and_implemented():
    documented = documented_ops()
    implemented = set(OpTable(_Interp()).table)
    used = set()
    for path in CORPUS:
        prog = translate_to_lowlevel(str(path))
        for g in prog.graphs:
            checkgraph(g)
            for b in g.iterblocks():
                used.update(op.opname for op in b.operations)
    assert used - documented == set()
    assert used - implemented == set()
