"""--shared (options shared=1): the embedding C ABI of docs/embedding.md,
loaded with ctypes, must answer as the same module does on CPython."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def test_shared_library_matches_cpython() -> None:
    from jitgen.driver.pipeline import translate_to_lowlevel
    from jitgen.backend.native import build_cached
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    so = build_cached(translate_to_lowlevel(str(HERE / "programs" / "embed_echo.py")), {"shared": "1"},
                      progress=False)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    driver = str(HERE / "embed_driver.py")
    expected = subprocess.run([sys.executable, driver], capture_output=True, text=True, env=env, timeout=120)
    got = subprocess.run([sys.executable, driver, str(so)], capture_output=True, text=True, env=env, timeout=120)
    assert expected.returncode == 0, expected.stderr
    assert got.returncode == 0, got.stderr
    assert got.stdout == expected.stdout
    assert got.stderr.strip().splitlines()[-1] == expected.stderr.strip().splitlines()[-1]
    out = subprocess.run(["ldd", str(so)], capture_output=True, text=True).stdout
    assert "libgc" in out and "libpython" not in out
