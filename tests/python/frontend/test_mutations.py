"""Damaged real code: the front end never fails with anything but
PySyntaxError, and accepts exactly what CPython accepts."""
import glob
import os
import random
import textwrap
import warnings

import pytest

from interpreters.python.compiler import compile_source
from interpreters.python.syntaxerror import PySyntaxError


def mutated_sources(seed, count):
    import ast
    files = sorted(glob.glob(os.path.join(os.path.dirname(ast.__file__), "*.py")))
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        with open(rng.choice(files), encoding="utf-8") as f:
            lines = f.read().split("\n")
        a = rng.randrange(len(lines))
        chunk = textwrap.dedent("\n".join(lines[a:a + rng.randint(1, 12)])) + "\n"
        for _ in range(rng.randint(0, 3)):
            if not chunk:
                break
            i = rng.randrange(len(chunk))
            r = rng.random()
            if r < 0.4:
                chunk = chunk[:i] + chunk[i + 1:]
            elif r < 0.8:
                chunk = chunk[:i] + rng.choice("()[]{}:,=.'\" \n\\#*@-+") + chunk[i:]
            else:
                chunk = chunk[:i] + chunk[rng.randrange(len(chunk)):]
        out.append(chunk)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_mutated_code(seed):
    for source in mutated_sources(seed, 100):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                compile(source, "x.py", "exec")
                cpython_ok = True
            except SyntaxError:
                cpython_ok = False
            except (ValueError, RecursionError, MemoryError, OverflowError):
                continue
        try:
            compile_source(source, "x.py", "exec")
            ours_ok = True
        except PySyntaxError:
            ours_ok = False
        except RecursionError:
            continue
        assert ours_ok == cpython_ok, source
