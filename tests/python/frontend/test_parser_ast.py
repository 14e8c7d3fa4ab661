"""The parser's AST (shape and every node's position) must equal CPython's `ast`."""
import glob
import os

import pytest

from astcompare import compare_module

SNIPPETS = [
    "x = 1\n",
    "a, b = b, a\n",
    "x: int = 3\n(y): str\nz.w: int\n",
    "a = b = c = 1\n",
    "x += 1; y <<= 2; z **= 3\n",
    "del a, b[1], c.d, (e, f)\n",
    "print(*args, sep='', **kw)\n",
    "f(a)(b)[c].d\n",
    "x = a if b else c\n",
    "x = lambda a, /, b=1, *c, d, e=2, **f: a\n",
    "x = [i for i in range(3) if i for j in k]\n",
    "x = {k: v for k, v in d.items()}\n",
    "x = {a for a in b}\n",
    "x = (a for a in b)\n",
    "f(a for a in b)\n",
    "f((a for a in b))\n",
    "x = [*a, *b]; y = {**c, 'd': 1}; z = {*e}\n",
    "x = a[1:2, ::3, ...]\n",
    "x = a[b:c:d]\n",
    "x = a[:]\n",
    "x = a[*b]\n",
    "x = not a and b or c\n",
    "x = a < b <= c != d in e not in f is g is not h\n",
    "x = -a ** -b * ~c // d % e @ f - g + h << i >> j & k ^ l | m\n",
    "x = 'a' 'b' f'c{d!r:>{e}}' 'f'\n",
    "x = f'{a=}' f'{b = !s}' f'{c=:.2f}'\n",
    "x = f'''\n{a}\n'''\n",
    "x = rb'\\x' + Rb'y' + BR'z' + u'w'\n",
    "x = 0x_FF + 0o17 + 0b1 + 1_000 + 1.5e-3 + 2j + 10 ** 30\n",
    "x = ...\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
    "while a:\n    break\nelse:\n    continue\n",
    "for a, *b in c:\n    pass\nelse:\n    pass\n",
    "try:\n    pass\nexcept A as e:\n    pass\nexcept (B, C):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* A:\n    pass\n",
    "with a as b, c as (d, e):\n    pass\n",
    "with (a as b, c):\n    pass\n",
    "with (a, b):\n    pass\n",
    "with (yield):\n    pass\n",
    "@d1\n@d2(x)\ndef f(a: int, *, b: str = 'x') -> None:\n    '''doc'''\n    return\n",
    "class C(B, metaclass=M):\n    x = 1\n    def m(self): return super().m()\n",
    "async def f():\n    await x\n    async for a in b: pass\n    async with c: pass\n    return [i async for i in d]\n",
    "def g():\n    x = yield\n    y = yield from z\n    yield a, b\n",
    "global a, b\n",
    "def f():\n    nonlocal_x = 1\n    def g():\n        nonlocal nonlocal_x\n",
    "import a.b.c as d, e\nfrom . import f\nfrom ..g import (h as i, j,)\nfrom k import *\n",
    "assert x, 'msg'\nraise E from c\nraise\n",
    "if (n := len(a)) > 10: pass\n",
    "match x:\n    case 1 | 2 | -3 | 4.5 | 1+2j | 'a' 'b':\n        pass\n",
    "match x, y:\n    case [a, *_, b] if a:\n        pass\n    case (c, d):\n        pass\n",
    "match x:\n    case {'k': v, 1: w, **rest}:\n        pass\n    case Point(x=0, y=yy) as p:\n        pass\n",
    "match x:\n    case a.b.c:\n        pass\n    case None | True | False:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case [*rest]:\n        pass\n    case ():\n        pass\n    case []:\n        pass\n    case Cls():\n        pass\n",
    "match = 1\ncase = 2\nmatch.x = 3\nmatch(x)\n_ = match\n",
    "x = (  # comment\n    1 +\n    2)\n",
    "x = \\\n    1\n",
    "if x:\n    # comment\n\n    y = 1\n",
    "def f(\n    a,\n    b,\n):\n    pass\n",
    "x = [\n    1,\n    2,\n]\n",
    "x = a.b.c(d)[e]\n",
    "x = (yield)\n" if False else "x = 1 if 2 else 3 if 4 else 5\n",
    "print(f'{x!r}', f\"{'nested'}\", f'{x:{y}.{z}}')\n",
    "x = 'abc\\\ndef'\n",
    "x = \"\"\"a\nb\nc\"\"\"\n",
    "t = 1,\nu = ()\nv = (1,)\n",
    "for x in 1, 2: pass\n",
    "return_ = [x for x in range(3)]\n",
    "x = a if b else(c)\n",
    "x = [a for b in c if d if e]\n",
    "def f(a, b, /, c): pass\n",
    "x = 1if y else 2\n",
    "class A: pass\nclass B(): pass\n",
    "x = {}\ny = []\n",
    "a[b] += 1\na.b -= 2\n",
    "x = not not a\n",
    "x = (a)(b)\n",
    "del (a), [b]\n",
    "x = yield_ = 3\n",
    "f(*a, *b, c, d=1, **e, **f)\n",
    "x = 9223372036854775807, 9223372036854775808, -9223372036854775808\n",
    "def f(*args: *Ts): pass\nx: tuple[*Ts]\n",
    "\ufeffx = 1\n" if False else "x = 'caf\u00e9'  # non-ASCII columns\ny = x\n",
]


@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_snippet_ast_matches_cpython(index):
    source = SNIPPETS[index]
    assert compare_module(source) is None


def stdlib_sample():
    import ast
    root = os.path.dirname(ast.__file__)
    files = sorted(glob.glob(os.path.join(root, "*.py")))
    # every 12th module: a spread of real code, kept fast
    return files[::12]


@pytest.mark.parametrize("path", stdlib_sample(), ids=os.path.basename)
def test_stdlib_module_ast_matches_cpython(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    assert compare_module(source, path) is None


# CPython's own grammar tests: the hardest valid syntax there is.
GRAMMAR_TESTS = ["test_grammar.py", "test_patma.py", "test_named_expressions.py",
                 "test_unpack_ex.py", "test_positional_only_arg.py",
                 "test_keywordonlyarg.py", "test_scope.py", "test_with.py",
                 "test_generators.py", "test_except_star.py",
                 "test_coroutines.py", "test_decorators.py"]


@pytest.mark.parametrize("name", GRAMMAR_TESTS)
def test_cpython_grammar_test_file_ast_matches(name):
    import ast
    path = os.path.join(os.path.dirname(ast.__file__), "test", name)
    if not os.path.exists(path):
        pytest.skip("this CPython has no test suite installed")
    with open(path, encoding="utf-8") as f:
        source = f.read()
    assert compare_module(source, path) is None
