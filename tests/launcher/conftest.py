"""Fixtures for the launcher's tests; the helpers are in launcher_support."""
from __future__ import annotations

from pathlib import Path

import pytest

from launcher_support import Tandem, real_vm_present


@pytest.fixture
def fake(tmp_path: Path) -> Tandem:
    return Tandem("fake", tmp_path)


@pytest.fixture
def real_python(tmp_path: Path) -> Tandem:
    if not real_vm_present("python"):
        pytest.skip("interpreters/python/embed.py does not exist yet")
    return Tandem("real", tmp_path)


@pytest.fixture
def real_smalltalk(tmp_path: Path) -> Tandem:
    if not real_vm_present("smalltalk"):
        pytest.skip("interpreters/smalltalk/embed.py does not exist yet")
    return Tandem("real", tmp_path)


@pytest.fixture(params=["fake", "real"])
def py(request, tmp_path: Path) -> Tandem:
    """`tandem python` on the test double and on the real Python VM."""
    if request.param == "real" and not real_vm_present("python"):
        pytest.skip("interpreters/python/embed.py does not exist yet")
    return Tandem(request.param, tmp_path, ("python",))
