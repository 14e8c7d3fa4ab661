"""Every program in programs/ on the TRANSLATED Python VM, native (the one
`tandem python` prefers when it is built) and cli (the .NET assembly on
Mono), compared with CPython (the oracle, run here) exactly as
test_programs.py compares the host VM: stdout, the exit code, and for
errors the last stderr line and the traceback's frame lines.

The VM is translated once per session and backend (`tandem translate ...
--backend native|cli`; unchanged sources come from the build cache).  The programs run in
a small thread pool while the first test waits, so the whole file stays
well under the suite's budget.
"""
from __future__ import annotations

import resource
import sys
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
KNOWN_FAILURES: dict[tuple[str, str], str] = {}
BACKENDS = ("native", "cli")
EXECUTABLE = {"native": ["tandem-python"], "cli": ["tandem-python.exe"]}


def translate(out: Path, backend: str) -> list[str] | str:
    """The command that runs the translated VM, or why translating failed."""
    r = subprocess.run([str(TANDEM), "translate", "interpreters/python/target.py",
                        "--backend", backend, "-o", str(out)],
                       cwd=str(ROOT), capture_output=True, text=True, timeout=1200)
    exe = out / EXECUTABLE[backend][0]
    if r.returncode != 0 or not exe.is_file():
        return (f"translating the Python VM ({backend}) failed (exit {r.returncode}):\n"
                f"{r.stderr[-3000:]}")
    return ["mono", str(exe)] if backend == "cli" else [str(exe)]


def run_translated(exe: list[str], path: Path, cwd: Path):
    try:
        proc = subprocess.run(exe + [str(path), "arg1", "arg2"], cwd=cwd, input=STDIN_TEXT,
                              capture_output=True, text=True, errors="replace", timeout=120)
    except subprocess.TimeoutExpired:
        return "", "timeout after 120 s", -1
    return proc.stdout, proc.stderr, proc.returncode


def run_both(exe: list[str], name: str, work: Path):
    (work / "cpython").mkdir(parents=True)
    (work / "ours").mkdir()
    path = PROGRAMS / name
    return run_cpython(path, work / "cpython"), run_translated(exe, path, work / "ours")


class Runs:
    """Per backend, started on first use: the translation, then every
    program in a pool (name -> future of (CPython's, ours))."""

    def __init__(self, base: Path):
        self.base = base
        self.pools: list[ThreadPoolExecutor] = []
        self.futures: dict[str, dict] = {}
        self.failed: dict[str, str] = {}
        self.commands: dict[str, list[str]] = {}

    def command(self, backend: str) -> list[str]:
        """The translated VM's command (translated once per backend)."""
        if backend in self.failed:   # translate once, not once per program
            pytest.fail(self.failed[backend], pytrace=False)
        if backend not in self.commands:
            exe = translate(self.base / f"python-{backend}", backend)
            if isinstance(exe, str):
                self.failed[backend] = exe
                pytest.fail(exe, pytrace=False)
            self.commands[backend] = exe
        return self.commands[backend]

    def get(self, backend: str, name: str):
        if backend not in self.futures:
            exe = self.command(backend)
            pool = ThreadPoolExecutor(max_workers=WORKERS)
            self.pools.append(pool)
            self.futures[backend] = {
                n: pool.submit(run_both, exe, n, self.base / backend / n) for n in ALL}
        return self.futures[backend][name].result()


@pytest.fixture(scope="session")
def translated_runs(tmp_path_factory):
    runs = Runs(tmp_path_factory.mktemp("translated-python"))
    yield runs
    for pool in runs.pools:
        pool.shutdown(cancel_futures=True)


def params():
    for backend in BACKENDS:
        for name in ALL:
            reason = KNOWN_FAILURES.get((backend, name))
            if reason is not None:
                yield pytest.param(backend, name, marks=pytest.mark.xfail(reason=reason, strict=True))
            else:
                yield pytest.param(backend, name)


@pytest.mark.parametrize("backend, name", list(params()))
def test_program_translated(backend, name, translated_runs):
    (exp_out, exp_err, exp_code), (out, err, code) = translated_runs.get(backend, name)
    assert out == exp_out
    assert code == exp_code, err
    if exp_err:
        assert last_line(err) == last_line(exp_err), err
        if "Traceback" in exp_err:
            assert frame_lines(err) == frame_lines(exp_err), err
    else:
        assert err == ""


def test_known_failures_are_programs():
    names = {name for _, name in KNOWN_FAILURES}
    assert names <= set(ALL), names - set(ALL)
    assert {b for b, _ in KNOWN_FAILURES} <= set(BACKENDS)


def limited_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (800 << 20, 800 << 20))


def test_out_of_memory_native(translated_runs):
    """A program that fills memory (strings, then a list) under an 800 MiB
    address-space limit catches MemoryError on the native VM as on CPython."""
    path = ROOT / "tests" / "python" / "memory" / "out_of_memory.py"
    expected = subprocess.run([sys.executable, str(path)], preexec_fn=limited_memory,
                              capture_output=True, text=True, timeout=300)
    assert expected.returncode == 0, expected.stderr
    got = subprocess.run(translated_runs.command("native") + [str(path)], preexec_fn=limited_memory,
                         capture_output=True, text=True, timeout=300)
    assert (got.stdout, got.stderr, got.returncode) == (expected.stdout, "", 0)
