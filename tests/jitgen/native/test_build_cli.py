"""`python -m jitgen build --backend native`: a cold build names each phase
with its time, the executable runs, a rebuild comes from the cache, and a
bad output path is reported as an error, not a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PROG = HERE / "programs" / "guarantees.py"


def jitgen(args: list[str], cache: Path | None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    return subprocess.run([sys.executable, "-m", "jitgen"] + args, cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)


def test_cold_build_then_cache(tmp_path: Path) -> None:
    out = tmp_path / "g"
    r = jitgen(["build", str(PROG), "--backend", "native", "-o", str(out)], tmp_path / "cache")
    assert r.returncode == 0, r.stderr
    for phase in ("generate IR", "optimise O2", "machine code", "link"):
        assert phase in r.stderr
    assert "Traceback" not in r.stderr
    run = subprocess.run([str(out), "index"], capture_output=True, text=True, timeout=60)
    assert run.stdout.startswith("IndexError: list index out of range")
    again = jitgen(["build", str(PROG), "--backend", "native", "-o", str(tmp_path / "g2")], tmp_path / "cache")
    assert again.returncode == 0
    assert "from the cache" in again.stderr
    assert (tmp_path / "g2").read_bytes() == out.read_bytes()


def test_output_that_is_a_directory(tmp_path: Path) -> None:
    r = jitgen(["build", str(PROG), "--backend", "native", "-o", str(tmp_path)], None)
    assert r.returncode == 1
    assert "is a directory" in r.stderr
    assert "Traceback" not in r.stderr


def test_keep_ir_writes_the_ir_beside_the_output(tmp_path: Path) -> None:
    out = tmp_path / "g"
    for _ in range(2):      # a cold build, then one from the cache
        r = jitgen(["build", str(PROG), "--backend", "native", "-o", str(out), "--opt", "keep_ir=1"], None)
        assert r.returncode == 0, r.stderr
        ir = Path(str(out) + ".ll").read_text()
        assert "define" in ir and "@tandem_entry" in ir
        Path(str(out) + ".ll").unlink()
