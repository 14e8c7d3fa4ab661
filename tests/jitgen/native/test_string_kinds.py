"""Compact strings (docs/backend-native.md): one-byte and four-byte strings
mixed in every str operation, compared with CPython's output."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PROGRAM = HERE / "programs" / "string_kinds.py"


def test_string_kinds_match_cpython(native_exe) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    expected = subprocess.run([sys.executable, str(PROGRAM)], env=env, capture_output=True, timeout=60)
    got = subprocess.run([str(PROGRAM)], executable=str(native_exe(PROGRAM)), capture_output=True, timeout=60)
    assert expected.returncode == 0, expected.stderr
    assert got.stdout.decode("utf-8").splitlines() == expected.stdout.decode("utf-8").splitlines()
    assert got.returncode == 0
