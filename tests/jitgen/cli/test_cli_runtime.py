"""Runtime guarantees of the CLI backend (jitgen/backend/cli, vm/cli).

Each program in programs/ runs on CPython (the oracle, in the test) and as a
.NET assembly on Mono (`python -m jitgen run --backend cli`); stdout, exit
status and the last stderr line must agree.  The whole subset corpus runs on
this backend through tests/jitgen/test_corpus.py with
`--jitgen-backends=graph,cli`.

Builds are cached by source hash (jitgen.backend.cli.build_cached), so each
program is translated once until it or the backend changes.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PROGRAMS = sorted((HERE / "programs").glob("*.py"))
TIMEOUT = 300   # a guard against a hung subprocess, not a performance check

pytestmark = pytest.mark.skipif(shutil.which("mono") is None, reason="mono is not installed")


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO)
    e["PYTHONHASHSEED"] = "0"
    e["PYTHONIOENCODING"] = "utf-8"
    return e


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=REPO, env=env(), capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT)


def last_line(s: str) -> str:
    lines = [l for l in s.splitlines() if l.strip()]
    return lines[-1] if lines else ""


@pytest.mark.parametrize("prog", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_same_as_cpython(prog: Path) -> None:
    expected = run([sys.executable, str(prog), "x"])
    got = run([sys.executable, "-m", "jitgen", "run", "--backend", "cli", str(prog), "x"])
    context = f"\n--- cli stderr ---\n{got.stderr}"
    assert got.stdout == expected.stdout, "stdout differs" + context
    assert got.returncode == expected.returncode, "exit status differs" + context
    assert last_line(got.stderr) == last_line(expected.stderr), "stderr differs" + context


def test_build_writes_exe_and_runtime(tmp_path: Path) -> None:
    prog = HERE / "programs" / "rt_exit_status.py"
    out = tmp_path / "out" / "prog"
    r = run([sys.executable, "-m", "jitgen", "build", str(prog), "--backend", "cli", "-o", str(out)])
    assert r.returncode == 0, r.stderr
    exe = tmp_path / "out" / "prog.exe"
    assert exe.exists() and (tmp_path / "out" / "TandemRuntime.dll").exists()
    got = subprocess.run(["mono", str(exe), "a", "b"], capture_output=True, text=True, timeout=TIMEOUT)
    expected = run([sys.executable, str(prog), "a", "b"])
    assert got.returncode == expected.returncode == 42
    assert got.stdout == expected.stdout   # argv = [program, "a", "b"], as CPython's sys.argv


def test_depth_limit_is_configurable(tmp_path: Path) -> None:
    """TANDEM_CLI_MAXDEPTH lowers the depth at which StackOverflow is raised."""
    prog = HERE / "programs" / "rt_recursion.py"
    e = env()
    e["TANDEM_CLI_MAXDEPTH"] = "100"
    got = subprocess.run([sys.executable, "-m", "jitgen", "run", "--backend", "cli", str(prog)],
                         cwd=REPO, env=e, capture_output=True, text=True, timeout=TIMEOUT)
    assert got.returncode == 1
    assert last_line(got.stderr) == "RecursionError: maximum recursion depth exceeded"


def test_embedding_dll(tmp_path: Path) -> None:
    """--opt shared=1 writes OUT.dll whose Tandem.Embed methods the launcher
    can call through pythonnet (docs/embedding.md)."""
    src = HERE / "embed" / "toyvm.py"
    out = tmp_path / "toyvm"
    r = run([sys.executable, "-m", "jitgen", "build", str(src), "--backend", "cli",
             "--opt", "shared=1", "-o", str(out)])
    assert r.returncode == 0, r.stderr
    dll = tmp_path / "toyvm.dll"
    assert dll.exists()
    got = run([sys.executable, str(HERE / "embed" / "host.py"), str(dll)])
    expected = run([sys.executable, str(HERE / "embed" / "host.py"), "--host"])
    assert got.returncode == expected.returncode == 0, got.stderr
    assert got.stdout == expected.stdout
    assert last_line(got.stderr) == last_line(expected.stderr) == "ValueError: boom 3"


def test_vm_folder_build(tmp_path: Path) -> None:
    """-o <lang>-cli writes the folder the launcher loads (docs/launcher.md):
    Tandem.<Lang>.dll, tandem-<lang>.exe and the runtime, each with its
    ahead-of-time image (jitgen/backend/cli/aot.py), which Mono uses."""
    src = HERE / "embed" / "toyvm.py"
    folder = tmp_path / "toy-cli"
    r = run([sys.executable, "-m", "jitgen", "build", str(src), "--backend", "cli", "-o", str(folder)])
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "Tandem.Toy.dll", "Tandem.Toy.dll.so", "TandemRuntime.dll", "TandemRuntime.dll.so",
        "tandem-toy.exe", "tandem-toy.exe.so"]
    aot_log = dict(os.environ, MONO_LOG_LEVEL="info", MONO_LOG_MASK="aot")
    got = subprocess.run(["mono", str(folder / "tandem-toy.exe"), "q"], capture_output=True, text=True,
                         timeout=TIMEOUT, env=aot_log)
    expected = run([sys.executable, str(src), "q"])
    log = [l for l in got.stdout.splitlines(keepends=True) if l.startswith("Mono: ")]
    out = "".join(l for l in got.stdout.splitlines(keepends=True) if not l.startswith("Mono: "))
    assert (got.returncode, out) == (expected.returncode, expected.stdout)
    for name in ("tandem-toy.exe", "TandemRuntime.dll"):   # Mono logs to stdout
        assert f"Mono: AOT: image '{folder / name}.so' found.\n" in log, log
    via_dll = run([sys.executable, str(HERE / "embed" / "host.py"), str(folder / "Tandem.Toy.dll")])
    host = run([sys.executable, str(HERE / "embed" / "host.py"), "--host"])
    assert via_dll.stdout == host.stdout


def test_aot_failure_leaves_the_assembly_to_the_jit(tmp_path: Path, capsys) -> None:
    """When `mono --aot` cannot compile an assembly, the build goes on
    without an image and says why (jitgen/backend/cli/aot.py)."""
    from jitgen.backend.cli.aot import compile_image
    bogus = tmp_path / "bogus.exe"
    bogus.write_bytes(b"not an assembly")
    assert compile_image(bogus) is None
    assert not (tmp_path / "bogus.exe.so").exists()
    assert "ahead-of-time compilation of bogus.exe failed" in capsys.readouterr().err
