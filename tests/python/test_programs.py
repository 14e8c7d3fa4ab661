"""Runs every program in programs/ on CPython (the oracle, run here) and on
our VM (in-process, fresh VM each time), and compares stdout, the exit code,
and for errors the last stderr line and the traceback's line numbers.

Helper modules that programs import live in programs/helpers/ (a package);
only programs/*.py files are tests."""
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).parent / "programs"
ALL = sorted(p.name for p in PROGRAMS.glob("*.py"))
STDIN_TEXT = "first line\nsecond line\n"
LINE_RE = re.compile(r'^  File "([^"]*)", line (\d+)', re.M)


def run_cpython(path: Path, cwd: Path):
    proc = subprocess.run([sys.executable, str(path), "arg1", "arg2"], cwd=cwd,
                          input=STDIN_TEXT, capture_output=True, text=True, timeout=60)
    return proc.stdout, proc.stderr, proc.returncode


def run_ours(path: Path, cwd: Path):
    from interpreters.python import embed
    old = (sys.stdout, sys.stderr, sys.stdin, os.getcwd())
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr, sys.stdin = out, err, io.StringIO(STDIN_TEXT)
    os.chdir(cwd)
    try:
        vm = embed.create_vm([str(path), "arg1", "arg2"])
        status = embed.run_file(vm, str(path))
        code = embed.exit_code(vm) if status == embed.STATUS_EXIT else status
    finally:
        sys.stdout, sys.stderr, sys.stdin = old[0], old[1], old[2]
        os.chdir(old[3])
    return out.getvalue(), err.getvalue(), code


def last_line(text: str) -> str:
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def frame_lines(text: str) -> list:
    return [(os.path.basename(f), int(n)) for f, n in LINE_RE.findall(text)]


@pytest.mark.parametrize("name", ALL)
def test_program(name, tmp_path):
    path = PROGRAMS / name
    # separate working folders: programs may create files
    (tmp_path / "cpython").mkdir()
    (tmp_path / "ours").mkdir()
    exp_out, exp_err, exp_code = run_cpython(path, tmp_path / "cpython")
    out, err, code = run_ours(path, tmp_path / "ours")
    assert out == exp_out
    assert code == exp_code, err
    if exp_err:
        assert last_line(err) == last_line(exp_err), err
        if "Traceback" in exp_err:
            assert frame_lines(err) == frame_lines(exp_err), err
    else:
        assert err == ""
