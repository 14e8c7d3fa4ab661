"""MemoryError on the CLI backend: Mono's OutOfMemoryException is the
subset's MemoryError, caught by `except MemoryError` and reported as
"MemoryError" when uncaught.  The assembly runs under a 300 MB sgen heap
limit (MONO_GC_PARAMS), CPython under an 800 MiB address-space limit; both
must catch it and print the same.  (Exhausting the heap with small objects,
the program's "objects" mode, makes Mono 6.8 itself abort, since it cannot allocate the exception: see
docs/backend-cli.md.)"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PROGRAM = HERE.parent / "memory" / "memory_exhaustion.py"   # shared with the native test

pytestmark = pytest.mark.skipif(shutil.which("mono") is None, reason="mono is not installed")


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (800 << 20, 800 << 20))


@pytest.fixture(scope="module")
def assembly(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli_memory") / "prog"
    r = subprocess.run([sys.executable, "-m", "jitgen", "build", str(PROGRAM), "--backend", "cli",
                        "-o", str(out)], cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)),
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return Path(str(out) + ".exe")


@pytest.mark.parametrize("mode", ["string", "join", "dict", "text"])   # not "objects": see above
def test_memory_error_is_caught(mode: str, assembly: Path) -> None:
    expected = subprocess.run([sys.executable, str(PROGRAM), mode], preexec_fn=limited,
                              capture_output=True, text=True, timeout=300)
    assert expected.returncode == 0, expected.stderr
    got = subprocess.run(["mono", str(assembly), mode], capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, MONO_GC_PARAMS="max-heap-size=300m"))
    assert (got.stdout, got.returncode) == (expected.stdout, 0), got.stderr
