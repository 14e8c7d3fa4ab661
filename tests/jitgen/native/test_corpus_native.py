"""The subset corpus (tests/jitgen/programs) translated by the native
backend: stdout, exit status and the uncaught-exception line must be
CPython's.  Reuses the corpus harness (expected output from CPython, in the
test); each program is built once per session and cached on disk by content.

This is the `native` column of tests/jitgen/test_corpus.py's
`test_program_runs` (`--jitgen-backends=graph,native` runs the same check
through `python -m jitgen run --backend native`)."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import test_corpus as corpus  # noqa: E402

sys.path.pop(0)


def run_native(exe: Path, prog: Path) -> corpus.Run:
    """Run like CPython would: argv[0] is the program's path."""
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        cmd = [str(prog)] + corpus.program_args(prog, tmp)
        proc = subprocess.run(cmd, executable=str(exe), cwd=corpus.REPO, env=corpus.environment(),
                              capture_output=True, text=True, encoding="utf-8", errors="replace",
                              input=corpus.program_stdin(prog), timeout=corpus.JITGEN_TIMEOUT)
        return corpus.Run([str(exe)] + cmd[1:], proc)


@pytest.mark.parametrize("prog", corpus.PROGRAMS, ids=corpus.ids(corpus.PROGRAMS))
def test_native_program_runs(prog: Path, native_exe) -> None:
    expected = corpus.oracle(prog)
    got = run_native(native_exe(prog), prog)
    corpus.assert_same_behaviour(expected, got)
