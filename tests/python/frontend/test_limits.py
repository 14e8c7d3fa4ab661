"""Deep nesting and long operator chains compile (the parser and compiler
recurse little per level), and compute what CPython computes."""
from minivm import run_source


def test_deeply_nested_brackets():
    depth = 35      # 70 levels of brackets
    source = "x = " + "([" * depth + "1" + "])" * depth + "\nprint(x)\n"
    out, exc = run_source(source)
    assert exc is None
    expected = {}
    exec(compile(source.replace("print(x)", "r = repr(x)"), "<t>", "exec"), expected)
    assert out == expected["r"] + "\n"


def test_long_operator_chain():
    source = "a = 2\nx = " + " + ".join(["a"] * 3000) + " - 1\nprint(x)\n"
    out, exc = run_source(source)
    assert exc is None
    assert out == "%d\n" % (2 * 3000 - 1)
