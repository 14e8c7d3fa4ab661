"""Running out of memory for real (under RLIMIT_AS, as a machine without
swap would): a translated program never crashes and never prints Boehm's
warnings, and its `except MemoryError` catches the failure of whatever
allocated (a string result, list growth, an object), as CPython's does
under the same limit: the same output, exit status 0."""
from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROGRAM = HERE.parent / "memory" / "memory_exhaustion.py"   # shared with the cli test
LIMIT = 800 << 20      # bytes of address space


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, preexec_fn=limited, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("mode", ["string", "objects", "join", "dict", "text"])
def test_out_of_memory_is_a_memory_error(mode: str, native_exe) -> None:
    exe = native_exe(PROGRAM)
    expected = run([sys.executable, str(PROGRAM), mode])
    assert expected.returncode == 0 and "after" in expected.stdout, expected.stderr
    got = run([str(exe), mode])
    assert "GC Warning" not in got.stderr
    assert (got.returncode, got.stdout, got.stderr) == (0, expected.stdout, ""), got.stderr
