"""SyntaxError reports must match CPython's (CPython's compile() is the oracle)."""
import subprocess
import sys

import pytest

from interpreters.python.compiler import compile_source
from interpreters.python.syntaxerror import PySyntaxError

CASES = [
    "x = (1 +\n",
    "x = 1\ny = (1 +\n",
    "x = [1, 2\ny = 3\n",
    "x = (1, 2]\n",
    "x = 1)\n",
    "x = $\n",
    "x = 1 \u20ac\n",
    "x = 1abc\n",
    "x = 0x\n",
    "x = 012\n",
    'x = "abc\n',
    'x = """abc\n',
    "def f():\n    return 1 +* 2\n",
    "f() = 1\n",
    "(a, f()) = 1\n",
    "for f() in x: pass\n",
    "del f()\n",
    "x + 1 = 2\n",
    "1 = x\n",
    "None = 1\n",
    "x + 1 += 1\n",
    "(a, b) += 1\n",
    "with a as f(): pass\n",
    "[x for 1 in y]\n",
    "if x = 1: pass\n",
    "f(a=1, b)\n",
    "f(**a, *b)\n",
    "f(**a, b)\n",
    "f(a b)\n",
    "[1 2]\n",
    "a b\n",
    'print "x"\n',
    "if x\n    pass\n",
    "if x:\npass\n",
    "def f(x):\nreturn 1\n",
    "class A:\n",
    "  x = 1\n",
    "x = 1\n  y = 2\n",
    "for x in range(10):\n    pass\n  continue\n",
    "if x:\n\tpass\n        pass\n",
    "f(x for x in y, 1)\n",
    "lambda x=1, y: x\n",
    "def f(x=1, y): pass\n",
    "x = yield = 1\n",
    "a if b\n",
    "try:\n    pass\nx = 1\n",
    "return\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "break\n",
    "continue\n",
    'f"{a b}"\n',
    'f"{}"\n',
    'f"{x!z}"\n',
    'f"}"\n',
    "f(x=1, x=2)\n",
    "def f(a, a): pass\n",
    "x := 1\n",
    "*a = 1\n",
    "a, *b, *c = d\n",
    "f() += 1\n",
    "del 1\n",
    "import a.b as c.d\n",
    "from x import a, b,\n",
    "@foo\nx = 1\n",
    "else: pass\n",
    "x = 1 if 2 else\n",
    "def f(*): pass\n",
    "def f(**k, a): pass\n",
    "a = 1 = 2\n",
    "True = 1\n",
    "__debug__ = 1\n",
    "f(True=1)\n",
    "x = {1: 2, 3}\n",
    "x.1\n",
    "while x\n    pass\n",
    "def f()\n    pass\n",
    "class C\n    pass\n",
    "x = (\n\n",
    "yield x\n",
    "def f():\n    nonlocal q\n",
    "match x:\n    case _: pass\n    case 1: pass\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "x = 5 +\n",
    "def f():\n    x = 1\n     y = 2\n",
]


def cpython_report(source, tmp_path):
    """What `python x.py` prints on stderr for this source."""
    (tmp_path / "x.py").write_text(source, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-W", "ignore", "x.py"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=30)
    if proc.returncode == 0:
        return None
    return proc.stderr


def our_report(source, filename="x.py"):
    try:
        compile_source(source, filename, "exec")
    except PySyntaxError as e:
        return e.format()
    return None


@pytest.mark.parametrize("source", CASES)
def test_report_matches_cpython(source, tmp_path):
    expected = cpython_report(source, tmp_path)
    assert expected is not None, "CPython accepts this case"
    assert our_report(source, str(tmp_path / "x.py")) == expected


def test_subclass_kinds():
    for source, kind in [("  x = 1\n", "IndentationError"),
                         ("if x:\n\tpass\n        pass\n", "TabError"),
                         ("x = (\n", "SyntaxError")]:
        with pytest.raises(PySyntaxError) as info:
            compile_source(source, "x.py", "exec")
        assert info.value.kind == kind
