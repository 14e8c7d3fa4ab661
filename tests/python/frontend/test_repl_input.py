"""is_complete_input agrees with CPython's codeop (what CPython's REPL uses)."""
import codeop
import warnings

import pytest

from interpreters.python.compiler import is_complete_input

CASES = [
    "x = 1", "if x:", "if x:\n    pass", "if x:\n    pass\n",
    "def f():\n    return 1\n", "def f():\n    return 1", "x = (1,", "x = (1,\n2)",
    '"""abc', '"""abc\ndef"""', "x = \\", "for i in x:\n  for j in y:\n    pass\n",
    "x = 1 +", 'print("hi")', "@dec", "@dec\ndef f(): pass\n",
    "class A:\n  x = 1\n\n", "x = [\n", "if x:\n  pass\nelse:",
    "if x:\n  pass\nelse:\n  pass\n", ")", "x = $", "try:\n  pass",
    "try:\n  pass\nexcept:\n  pass\n", "match x:", "match = 3", "def f(",
    "lambda: (", "", "# comment", "x = 1\n", "if True: x = 1",
    "if True: x = 1\n", "a b", "while True:\n    x += 1\n    if x:\n        break\n",
    "x = {'a': [1,\n 2],", "f'{x'", "'unterminated", "with a as b:",
    "class C(\n  B):", "class C(\n  B):\n  pass\n",
]


def codeop_complete(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return codeop.compile_command(source, "<input>", "single") is not None
        except (SyntaxError, ValueError, OverflowError):
            return True         # an error more lines cannot fix


@pytest.mark.parametrize("source", CASES)
def test_is_complete_input_matches_codeop(source):
    assert is_complete_input(source) == codeop_complete(source)
