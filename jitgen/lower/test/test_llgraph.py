"""The low-level data model: build a graph by hand and print it."""
from jitgen.lower import lltypes as lt
from jitgen.lower.llgraph import (Block, Constant, Graph, Link, Operation,
                                  Variable, LAST_EXCEPTION, format_graph, void_const)


def make_add_graph():
    a, b = Variable(lt.Signed, "a"), Variable(lt.Signed, "b")
    start = Block([a, b])
    r = Variable(lt.Signed, "r")
    start.operations.append(Operation("int_add_ovf", [a, b], r))
    g = Graph("add", start, lt.Signed)
    start.exitswitch = LAST_EXCEPTION
    exc_cls = lt.ClassDef("OverflowError", None)
    normal = Link([r], g.returnblock)
    caught = Link([Constant(0, lt.Signed)], g.returnblock, exc_cls)
    caught.last_exc_value = Variable(lt.Instance(exc_cls), "e")
    start.closeblock(normal, caught)
    return g


def test_graph_printer_shows_ops_and_exception_links():
    import re
    text = format_graph(make_add_graph())
    assert re.search(r"graph add\(a_\d+: Signed, b_\d+: Signed\) -> Signed", text)
    assert re.search(r"r_\d+ = int_add_ovf\(a_\d+, b_\d+\) : Signed", text)
    assert re.search(r"-> \[OverflowError as e_\d+\] return\(0\)", text)


def test_types_compare_structurally():
    assert lt.List(lt.Signed) == lt.List(lt.Signed)
    assert lt.List(lt.Signed) != lt.List(lt.Str)
    assert hash(lt.Dict(lt.Str, lt.Float)) == hash(lt.Dict(lt.Str, lt.Float))
    c = lt.ClassDef("m.C", None)
    d = lt.ClassDef("m.D", c)
    d.fields["x"] = lt.Signed
    c.fields["y"] = lt.Str
    assert d.all_fields() == [("y", lt.Str), ("x", lt.Signed)]
    assert d.is_subclass_of(c) and not c.is_subclass_of(d)
    assert d.pyname == "D"
    assert lt.default_value(lt.Float) == 0.0 and lt.default_value(lt.Str) is None


def test_value_narrowed_to_none_joins_as_null(tmp_path):
    # after `got is not None` fails, got is None (Void); where the paths
    # join, got is an Instance again and must arrive as a null constant
    from jitgen.driver.pipeline import translate_to_lowlevel
    from jitgen.lower.llgraph import checkgraph
    p = tmp_path / "prog.py"
    p.write_text(
        "class A:\n    pass\n"
        "class B(A):\n    pass\n"
        "def pick(i: int) -> A | None:\n    return B() if i == 0 else None\n"
        "def main(argv: list[str]) -> int:\n"
        "    got = pick(len(argv))\n"
        "    n = 0\n"
        "    if got is not None and isinstance(got, B):\n"
        "        n = 1\n"
        "    elif isinstance(got, A):\n"
        "        n = 2\n"
        "    return n\n")
    prog = translate_to_lowlevel(str(p))
    for g in prog.graphs:
        checkgraph(g)
    main = [g for g in prog.graphs if g.name.endswith("main")][0]
    for b in main.iterblocks():
        for link in b.exits:
            for a, t in zip(link.args, link.target.inputargs):
                if isinstance(a, Variable) and a.concretetype == lt.Void:
                    assert t.concretetype == lt.Void, (a, t)


def test_checkgraph_rejects_a_void_variable_passed_to_a_reference():
    import pytest
    from jitgen.lower.llgraph import GraphError, checkgraph
    c = lt.ClassDef("m.C", None)
    v = Variable(lt.Void, "none")
    start = Block([v])
    g = Graph("f", start, lt.Instance(c))
    start.closeblock(Link([v], g.returnblock))
    with pytest.raises(GraphError, match="Void"):
        checkgraph(g)


def test_each_raising_op_of_a_try_body_op_reaches_the_handler(tmp_path):
    # divmod expands to int_floordiv, int_mod, newtuple: both raising ops
    # must end a block whose exits include the ZeroDivisionError handler,
    # and the code before the try must not get that handler
    from jitgen.driver.pipeline import translate_to_lowlevel
    from jitgen.lower.llgraph import checkgraph
    p = tmp_path / "prog.py"
    p.write_text(
        "def main(argv: list[str]) -> int:\n"
        "    n = len(argv) - 1\n"
        "    try:\n"
        "        q, r = divmod(7, n)\n"
        "    except ZeroDivisionError:\n"
        "        return 1\n"
        "    return q + r\n")
    prog = translate_to_lowlevel(str(p))
    main = [g for g in prog.graphs if g.name.endswith("main")][0]
    checkgraph(main)
    ends = {}
    for b in main.iterblocks():
        for i, op in enumerate(b.operations):
            if op.opname in ("int_floordiv", "int_mod", "int_sub_ovf"):
                handlers = [l.exitcase.name for l in b.exits[1:]] if b.exitswitch is LAST_EXCEPTION else []
                ends[op.opname] = (i == len(b.operations) - 1, handlers)
    assert ends["int_floordiv"] == (True, ["ZeroDivisionError"])
    assert ends["int_mod"] == (True, ["ZeroDivisionError"])
    # only a block's last op raises into its exits
    last, handlers = ends["int_sub_ovf"]
    assert not (last and "ZeroDivisionError" in handlers)
