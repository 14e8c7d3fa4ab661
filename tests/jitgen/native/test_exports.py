"""JITGEN_EXPORTS and `build --shared`: listed functions are translated and
exported although main never calls them; a bad list is a user error with
file:line, not a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

PROG = '''
def exit_code(vm: int) -> int:
    return vm * 6 + 1


def main(argv: list[str]) -> int:
    return 0


JITGEN_EXPORTS = [exit_code]
'''


def jitgen(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "jitgen"] + args, cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_shared_flag_exports_what_main_does_not_reach(tmp_path: Path) -> None:
    import ctypes
    (tmp_path / "prog.py").write_text(PROG)
    r = jitgen(["build", "prog.py", "--backend", "native", "--shared", "-o", "lib.so"], tmp_path)
    assert r.returncode == 0, r.stderr
    lib = ctypes.CDLL(str(tmp_path / "lib.so"))
    lib.tandem_exit_code.argtypes, lib.tandem_exit_code.restype = [ctypes.c_int64], ctypes.c_int64
    import runpy
    oracle = runpy.run_path(str(tmp_path / "prog.py"))   # the same function on CPython
    assert lib.tandem_exit_code(7) == oracle["exit_code"](7)


def test_unannotated_export_is_an_error(tmp_path: Path) -> None:
    bad = PROG.replace("def exit_code(vm: int) -> int:", "def exit_code(vm) -> int:")
    (tmp_path / "prog.py").write_text(bad)
    r = jitgen(["build", "prog.py", "--backend", "native", "--shared", "-o", "lib.so"], tmp_path)
    line = bad.splitlines().index("JITGEN_EXPORTS = [exit_code]") + 1
    assert r.returncode == 1
    assert f"prog.py:{line}:1: error: JITGEN_EXPORTS lists exit_code, but parameter 'vm'" in r.stderr
    assert "Traceback" not in r.stderr


def test_exports_must_be_functions(tmp_path: Path) -> None:
    (tmp_path / "prog.py").write_text(PROG.replace("[exit_code]", "[exit_code, 3]"))
    r = jitgen(["check", "prog.py"], tmp_path)
    assert r.returncode == 1
    assert "JITGEN_EXPORTS lists 3: only module-level functions can be exported" in r.stderr


def test_embedding_api_function_with_the_wrong_type(tmp_path: Path) -> None:
    """The C ABI calls exit_code(int64) -> int64: another type is refused."""
    bad = PROG.replace("def exit_code(vm: int) -> int:\n    return vm * 6 + 1",
                       "def exit_code(vm: str) -> int:\n    return len(vm)")
    (tmp_path / "prog.py").write_text(bad)
    r = jitgen(["check", "prog.py"], tmp_path)
    assert r.returncode == 1
    assert "its type must be (int) -> int, not (str) -> int" in r.stderr
