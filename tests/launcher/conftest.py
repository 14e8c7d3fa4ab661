"""Fixtures for the launcher's tests; the helpers are in launcher_support."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from launcher_support import ROOT, Tandem, clean_env, real_vm_present, tandem_argv


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


# ---- the real VMs translated by the native backend, built once per session

def _translate(home: Path, lang: str) -> Path:
    """`tandem translate interpreters/<lang>/target.py --shared` into home."""
    if not real_vm_present(lang):
        pytest.skip(f"interpreters/{lang}/embed.py does not exist yet")
    folder = home / f"{lang}-native"
    r = subprocess.run(tandem_argv("real") + ["translate", f"interpreters/{lang}/target.py",
                                              "--backend", "native", "--shared",
                                              "-o", str(folder)],
                       capture_output=True, text=True, cwd=str(ROOT),
                       env=clean_env(home), timeout=900)
    assert r.returncode == 0, r.stderr
    assert (folder / "tandem.json").is_file() and (folder / f"libtandem-{lang}.so").is_file()
    return home


@pytest.fixture(scope="session")
def native_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("native-home")


@pytest.fixture(scope="session")
def py_home(native_home: Path) -> Path:
    return _translate(native_home, "python")


@pytest.fixture(scope="session")
def st_home(native_home: Path) -> Path:
    return _translate(native_home, "smalltalk")
