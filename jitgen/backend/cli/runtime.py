"""The support runtime (vm/cli/*.cs), compiled with mcs into
TandemRuntime.dll once per version of its sources, and the .NET host.

Hosting Mono 6.8 in-process through pythonnet prints a warning that
versions before 6.12 are "problematic"; the translator only uses
Reflection.Emit, which works on 6.8, so the warning is filtered here.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
RUNTIME_SRC = REPO / "vm" / "cli"
RUNTIME_NAME = "TandemRuntime"


class BuildError(Exception):
    pass


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME")
    d = Path(base) / "tandem" / "cli" if base else REPO / ".tandem-cache" / "cli"
    d.mkdir(parents=True, exist_ok=True)
    return d


def sources() -> list[Path]:
    return sorted(RUNTIME_SRC.glob("*.cs"))


def runtime_key() -> str:
    h = hashlib.sha256()
    for p in sources():
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def runtime_dll() -> Path:
    """Path of the compiled runtime, compiling it if its sources changed."""
    d = cache_dir() / f"rt-{runtime_key()}"
    dll = d / f"{RUNTIME_NAME}.dll"
    if dll.exists():
        return dll
    d.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=d))
    out = tmp / dll.name
    cmd = ["mcs", "-target:library", "-optimize+", "-unsafe", "-nowarn:0659,0661,0660",
           "-r:System.Numerics.dll", f"-out:{out}"] + [str(p) for p in sources()]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise BuildError("mcs failed on the CLI runtime:\n" + r.stdout + r.stderr)
    os.replace(out, dll)
    shutil.rmtree(tmp, ignore_errors=True)
    return dll


def runtime_image() -> Path | None:
    """TandemRuntime.dll.so, the runtime's AOT image (aot.py), made once per
    runtime version: compiled from a copy (the same bytes, so the image
    fits the cached dll) and renamed into place, so concurrent builds never
    see half an image."""
    from jitgen.backend.cli.aot import compile_image, image_of
    dll = runtime_dll()
    image = image_of(dll)
    if image.exists():
        return image
    tmp = Path(tempfile.mkdtemp(dir=dll.parent))
    try:
        copy = tmp / dll.name
        shutil.copyfile(dll, copy)
        made = compile_image(copy)
        if made is None:
            return None
        os.replace(made, image)
        return image
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


_loaded = {}


def load_clr():
    """Start Mono in this process (once) and reference the runtime assembly."""
    if "rt" in _loaded:
        return _loaded["rt"]
    dll = runtime_dll()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pythonnet import load
        try:
            load("mono")
        except RuntimeError:
            pass    # already loaded
        import clr
    from System.Reflection import Assembly
    asm = Assembly.LoadFrom(str(dll))
    clr.AddReference(str(dll))
    _loaded["rt"] = (asm, dll)
    return asm, dll
