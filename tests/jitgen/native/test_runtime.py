"""Runtime guarantees of native executables, against CPython as the oracle:
IndexError, KeyError, ZeroDivisionError, OverflowError under ovfcheck,
StackOverflow at ten million frames (caught), MemoryError, an uncaught
exception's report and exit status, stdout flushed at exit; plus the
artefact itself (ldd) and the translation cache."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
GUARANTEES = HERE / "programs" / "guarantees.py"


def run(cmd: list[str], executable: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONHASHSEED="0")
    return subprocess.run(cmd, executable=executable, cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("mode", ["index", "key", "zerodiv", "overflow", "deep", "memory",
                                  "flush", "uncaught"])
def test_guarantee_matches_cpython(mode: str, native_exe) -> None:
    exe = native_exe(GUARANTEES)
    expected = run([sys.executable, str(GUARANTEES), mode])
    got = run([str(GUARANTEES), mode], executable=str(exe))
    assert got.stdout == expected.stdout
    assert got.returncode == expected.returncode
    if expected.returncode:
        assert got.stderr.strip().splitlines()[-1] == expected.stderr.strip().splitlines()[-1]


def test_stdout_is_flushed_before_stderr(native_exe) -> None:
    exe = native_exe(GUARANTEES)
    # Through one pipe the order of the two streams is observable.
    proc = subprocess.run([str(GUARANTEES), "uncaught"], executable=str(exe), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=60)
    assert proc.stdout.splitlines()[0] == "before"
    assert proc.stdout.splitlines()[-1].startswith("ValueError: bad value")


def test_ldd_shows_only_libc_libm_libgc(native_exe) -> None:
    exe = native_exe(GUARANTEES)
    out = subprocess.run(["ldd", str(exe)], capture_output=True, text=True).stdout
    libs = [line.split()[0] for line in out.splitlines() if line.strip()]
    allowed = ("linux-vdso", "libc.so", "libm.so", "libgc.so", "ld-linux", "/lib64/ld-linux")
    assert libs, out
    for lib in libs:
        assert any(a in lib for a in allowed), f"unexpected dependency {lib}\n{out}"


def test_unchanged_program_is_a_cache_hit(native_exe, monkeypatch) -> None:
    from jitgen.driver.pipeline import translate_to_lowlevel
    from jitgen.backend import native
    from jitgen.backend.native import codegen
    first = native_exe(GUARANTEES)

    def no_codegen(prog):
        raise AssertionError("the program was translated again")
    monkeypatch.setattr(codegen, "generate_ir", no_codegen)
    again = native.build_cached(translate_to_lowlevel(str(GUARANTEES)), {}, progress=False)
    assert again == first


def test_a_none_use_llvm_can_prove_still_fails(native_exe) -> None:
    """Generated functions are null_pointer_is_valid: a load through a
    reference that LLVM proves null stays a load (caught by the SIGSEGV
    handler) instead of undefined behaviour that LLVM deletes."""
    exe = native_exe(HERE / "programs" / "none_len_proven.py")
    r = run([str(exe)])
    assert r.stdout == "before\n"
    assert r.returncode == 1
    assert "None reference" in r.stderr
