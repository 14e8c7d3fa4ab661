"""Flow graphs built from Python functions: shape, SSA, subset errors."""
import textwrap

from jitgen.frontend.build import build_flow_graph, function_info
from jitgen.frontend.errors import ErrorLog
from jitgen.frontend.source import SourceCache
from jitgen.lower.llgraph import LAST_EXCEPTION, checkgraph


def load(tmp_path, src, name):
    import importlib.util
    p = tmp_path / f"flowmod_{name}.py"
    p.write_text(textwrap.dedent(src))
    spec = importlib.util.spec_from_file_location(f"flowmod_{name}", p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, name)


def build(func):
    errs = ErrorLog()
    info = function_info(func, SourceCache(), errs, False)
    g = build_flow_graph(info, errs, False)
    return g, errs


def test_try_body_ops_end_blocks_with_exception_links(tmp_path):
    f = load(tmp_path, """
        def f(xs: list[int], i: int) -> int:
            try:
                return xs[i] + f(xs, i + 1)
            except IndexError:
                return -1
    """, "f")
    g, errs = build(f)
    assert not errs
    checkgraph(g)
    raising = [b for b in g.iterblocks() if b.exitswitch is LAST_EXCEPTION]
    assert raising
    assert all(b.exits[1].exitcase is IndexError for b in raising)


def test_forbidden_constructs_are_reported_with_positions(tmp_path):
    f = load(tmp_path, """
        def f(n: int) -> int:
            g = lambda x: x
            s = {1, 2}
            return n
    """, "f")
    g, errs = build(f)
    msgs = [(e.line, e.col, e.message) for e in errs.sorted()]
    assert msgs[0][:2] == (3, 9) and "lambda" in msgs[0][2]
    assert msgs[1][:2] == (4, 9) and "set" in msgs[1][2]


def test_generator_is_rejected(tmp_path):
    f = load(tmp_path, """
        def f(n: int) -> int:
            yield n
    """, "f")
    errs = ErrorLog()
    function_info(f, SourceCache(), errs, False)
    assert any("generator" in e.message and e.line == 3 for e in errs.errors)


def test_temporaries_across_block_splits_are_passed_along(tmp_path):
    f = load(tmp_path, """
        def f(a: int, b: int) -> int:
            try:
                return a + g(b) * g(a)
            finally:
                a = 0
        def g(x: int) -> int:
            return x
    """, "f")
    g, errs = build(f)
    checkgraph(g)


def test_only_module_constants_are_static_conditions(tmp_path):
    # `x.f is None` must stay a run-time test even though x.f is no global
    f = load(tmp_path, """
        FLAG = False
        def f(x: "C") -> int:
            if x.f is not None and not FLAG:
                return 1
            return 2
    """, "f")
    g, errs = build(f)
    ops = [op.opname for b in g.iterblocks() for op in b.operations]
    assert "is_not" in ops and "getattr" in ops


def test_negated_constant_folds_only_inside_64_bits(tmp_path):
    # -5 is folded; -MININT must stay a `neg` so that it raises OverflowError
    f = load(tmp_path, """
        MININT = -(1 << 63)
        def f() -> int:
            return -5 + -MININT
    """, "f")
    g, errs = build(f)
    assert not errs
    ops = [op for b in g.iterblocks() for op in b.operations]
    negs = [op for op in ops if op.opname == "neg"]
    assert len(negs) == 1 and negs[0].args[0].value == -(1 << 63)
    adds = [op for op in ops if op.opname == "add"]
    assert adds[0].args[0].value == -5


def test_range_and_reversed_inside_zip_or_enumerate_become_lists(tmp_path):
    f = load(tmp_path, """
        def f(xs: list[int]) -> int:
            t = 0
            for i, x in zip(range(10, 0, -3), xs):
                t += i * x
            for k, (i, x) in enumerate(zip(reversed(range(3)), reversed(xs)), start=1):
                t += k * i * x
            for i, n in enumerate(range(5, 8)):
                t += i * n
            return t
    """, "f")
    g, errs = build(f)
    assert not errs, [str(e) for e in errs.sorted()]
    checkgraph(g)
    ops = {op.opname for b in g.iterblocks() for op in b.operations}
    # each is built as a list comprehension, not a call of range/reversed
    assert "newlist" in ops and "call" not in ops, ops


def test_format_specs_written_out_are_format_spec_ops(tmp_path):
    f = load(tmp_path, """
        def f(x: int) -> str:
            return f"{x:}|{x!r:}|{x:>5}|{x!r:>8}"
    """, "f")
    g, errs = build(f)
    assert not errs, [str(e) for e in errs.sorted()]
    specs = [op.args[1].value for b in g.iterblocks() for op in b.operations if op.opname == "format_spec"]
    assert specs == [">5", ">8"]
    f = load(tmp_path, """
        def g(x: int, w: int) -> str:
            return f"{x:>{w}}"
    """, "g")
    g, errs = build(f)
    assert any("format spec" in e.message for e in errs.errors)


def test_truth_of_a_plain_test_stays_in_its_block_in_a_try_body(tmp_path):
    # `if isinstance(a, B)` / `not x is None` in a try body: the truth test
    # of a plain bool calls no program code, so it must not end the block
    # (the switch after isinstance narrows a's type); the truth of a value
    # may call __bool__/__len__, so it does
    f = load(tmp_path, """
        def f(a: object, b: object, xs: list[int]) -> int:
            try:
                if isinstance(a, int) and not b is None:
                    return 1
                if xs:
                    return 2
            except ValueError:
                return -1
            return 0
    """, "f")
    g, errs = build(f)
    assert not errs
    checkgraph(g)
    seen = set()
    for b in g.iterblocks():
        for op in b.operations:
            if op.opname in ("bool", "not_"):
                producer = next((p for p in b.operations if p.result is op.args[0]), None)
                plain = producer is not None and producer.opname in ("call", "is_")
                ends_block = b.exitswitch is LAST_EXCEPTION and b.operations[-1] is op
                assert ends_block != plain, (op, producer)
                seen.add(plain)
    assert seen == {True, False}
