"""Stack checks live only in graphs that can recurse (callgraph.py): every
kind of recursive path still ends in a catchable StackOverflow, as CPython's
RecursionError (the oracle)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PROGRAM = HERE / "programs" / "recursion_paths.py"


def test_every_recursive_path_meets_a_stack_check(native_exe) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    expected = subprocess.run([sys.executable, str(PROGRAM)], env=env, capture_output=True, text=True, timeout=120)
    got = subprocess.run([str(PROGRAM)], executable=str(native_exe(PROGRAM)), capture_output=True, text=True,
                         timeout=120)
    assert expected.returncode == 0, expected.stderr
    assert got.stdout == expected.stdout
    assert got.returncode == 0
