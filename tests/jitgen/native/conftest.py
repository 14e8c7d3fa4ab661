"""Shared fixtures of the native backend tests: programs are translated once
per session (and cached on disk by content, see jitgen.backend.native)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@pytest.fixture(scope="session")
def native_exe():
    """native_exe(path) -> Path of the translated executable (built once)."""
    from jitgen.driver.pipeline import translate_to_lowlevel
    from jitgen.backend.native import build_cached
    built: dict[str, Path] = {}

    def get(path: Path) -> Path:
        key = str(path)
        if key not in built:
            sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
            built[key] = build_cached(translate_to_lowlevel(key), {}, progress=False)
        return built[key]
    return get
