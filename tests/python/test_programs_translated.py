"""Every program in programs/ on the natively TRANSLATED Python VM (the one
`tandem python` prefers when it is built), compared with CPython (the
oracle, run here) exactly as test_programs.py compares the host VM: stdout,
the exit code, and for errors the last stderr line and the traceback's
frame lines.

The VM is translated once per session (`tandem translate ... --backend
native`; unchanged sources come from the build cache).  The programs run in
a small thread pool while the first test waits, so the whole file stays
well under the suite's budget.
"""
from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from test_programs import ALL, PROGRAMS, STDIN_TEXT, frame_lines, last_line, run_cpython

ROOT = Path(__file__).resolve().parents[2]
TANDEM = ROOT / ".venv" / "bin" / "tandem"
WORKERS = 2

# Programs that still behave unlike CPython on the translated VM (the host VM
# passes them all).  xfail(strict=True): a fix makes the test fail until the
# entry is removed.  Each reason names the missing piece.
KNOWN_FAILURES: dict[str, str] = {
}


def translate(out: Path) -> Path:
    r = subprocess.run([str(TANDEM), "translate", "interpreters/python/target.py",
                        "--backend", "native", "-o", str(out)],
                       cwd=str(ROOT), capture_output=True, text=True, timeout=1200)
    exe = out / "tandem-python"
    if r.returncode != 0 or not exe.is_file():
        pytest.fail(f"translating the Python VM failed (exit {r.returncode}):\n{r.stderr[-3000:]}",
                    pytrace=False)
    return exe


def run_translated(exe: Path, path: Path, cwd: Path):
    try:
        proc = subprocess.run([str(exe), str(path), "arg1", "arg2"], cwd=cwd, input=STDIN_TEXT,
                              capture_output=True, text=True, errors="replace", timeout=120)
    except subprocess.TimeoutExpired:
        return "", "timeout after 120 s", -1
    return proc.stdout, proc.stderr, proc.returncode


def run_both(exe: Path, name: str, work: Path):
    (work / "cpython").mkdir(parents=True)
    (work / "ours").mkdir()
    path = PROGRAMS / name
    return run_cpython(path, work / "cpython"), run_translated(exe, path, work / "ours")


@pytest.fixture(scope="session")
def translated_runs(tmp_path_factory):
    """name -> future of ((cpython out, err, code), (translated out, err, code))."""
    base = tmp_path_factory.mktemp("translated-python")
    exe = translate(base / "python-native")
    pool = ThreadPoolExecutor(max_workers=WORKERS)
    futures = {name: pool.submit(run_both, exe, name, base / "runs" / name) for name in ALL}
    yield futures
    pool.shutdown(cancel_futures=True)


def params():
    for name in ALL:
        if name in KNOWN_FAILURES:
            yield pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_FAILURES[name], strict=True))
        else:
            yield name


@pytest.mark.parametrize("name", list(params()))
def test_program_translated(name, translated_runs):
    (exp_out, exp_err, exp_code), (out, err, code) = translated_runs[name].result()
    assert out == exp_out
    assert code == exp_code, err
    if exp_err:
        assert last_line(err) == last_line(exp_err), err
        if "Traceback" in exp_err:
            assert frame_lines(err) == frame_lines(exp_err), err
    else:
        assert err == ""


def test_known_failures_are_programs():
    assert set(KNOWN_FAILURES) <= set(ALL), set(KNOWN_FAILURES) - set(ALL)
