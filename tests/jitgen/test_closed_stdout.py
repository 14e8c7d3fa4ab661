"""A program whose stdout is a pipe closed by its reader gets OSError
("[Errno 32] Broken pipe") from its writes and may catch it; nothing is
reported by the exit-time flush.  The same on CPython (the oracle, through
vm/io.py's host side) and on every backend: the graph interpreter, native
and cli (docs/lowlevel.md, io_write_stdout)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import test_corpus as corpus

PROGRAM = Path(__file__).resolve().parent / "stdout_programs" / "closed_pipe.py"


def run_with_stdout_closed_early(cmd: list[str]) -> tuple[str, int]:
    """Start the program, read one line of its output, close the pipe; give
    its stderr and exit status."""
    proc = subprocess.Popen(cmd, cwd=corpus.REPO, env=corpus.environment(),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() != ""
        proc.stdout.close()
        err = proc.stderr.read()
        return err, proc.wait(timeout=corpus.JITGEN_TIMEOUT)
    finally:
        proc.kill()


def test_closed_stdout_is_an_oserror_the_program_catches(backend: str) -> None:
    expected = run_with_stdout_closed_early([sys.executable, str(PROGRAM)])
    assert expected == ("caught: [Errno 32] Broken pipe\n", 3)
    got = run_with_stdout_closed_early(
        [sys.executable, "-m", "jitgen", "run", "--backend", backend, str(PROGRAM)])
    assert got == expected
