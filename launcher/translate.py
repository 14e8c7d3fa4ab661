"""`tandem translate`: a thin wrapper over jitgen's driver.

    tandem translate --check PROG.py           = python -m jitgen check PROG.py
    tandem translate PROG.py --backend B -o OUT = python -m jitgen build ...

jitgen runs through its Python API (`jitgen.driver.cli.main(argv)`), or as a
child process (`python -m jitgen`) when that API is missing; either way its
output, error messages and exit status reach the user unchanged.  When the program is
one of Tandem's VMs (interpreters/<lang>/target.py) and the build leaves no
manifest, one is written so that `tandem <lang>` finds the result.  A VM's
native build into a folder makes the shared library (`--shared`), the
executable (unless --shared is given) and the manifest.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from launcher.artefacts import (
    LANGUAGES, ArtefactProblem, artefact_dir, checkout_root,
    write_manifest,
)


def vm_of_target(prog: str) -> str | None:
    """'python' for interpreters/python/target.py, and so on."""
    p = Path(prog).resolve()
    for lang in LANGUAGES:
        if p == (checkout_root() / "interpreters" / lang / "target.py"):
            return lang
    return None


def default_output(prog: str, backend: str) -> Path | None:
    lang = vm_of_target(prog)
    return artefact_dir(lang, backend) if lang else None


def _jitgen(argv: list[str]) -> int:
    """Run jitgen's command line: in this process through its Python API
    (jitgen.driver.cli.main) when it exists, else as `python -m jitgen`."""
    try:
        from jitgen.driver.cli import main as jitgen_main
    except ImportError:
        jitgen_main = None
    if jitgen_main is not None:
        try:
            return int(jitgen_main(argv) or 0)
        except SystemExit as e:  # argparse's usage errors, sys.exit(n)
            if e.code is None:
                return 0
            if isinstance(e.code, int):
                return e.code
            sys.stderr.write(f"{e.code}\n")
            return 1
    if importlib.util.find_spec("jitgen.__main__") is None:
        sys.stderr.write("tandem: jitgen's driver is not available "
                         "(no jitgen/__main__.py)\n")
        return 1
    env = dict(os.environ)
    root = str(checkout_root())
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"]
                                if env.get("PYTHONPATH") else "")
    cmd = [sys.executable, "-m", "jitgen"] + argv
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
        return 130


def check(prog: str, extra: list[str]) -> int:
    return _jitgen(["check", prog] + extra)


def build(prog: str, backend: str, out: str | None, extra: list[str]) -> int:
    if out is None:
        default = default_output(prog, backend)
        if default is None:
            sys.stderr.write("tandem translate: -o OUT is needed for a "
                             "program that is not one of Tandem's VMs\n")
            return 2
        out = str(default)
    lang = vm_of_target(prog)
    if lang and backend == "native" and _is_folder(out):
        return build_native_vm(prog, lang, Path(out), extra)
    status = _jitgen(["build", prog, "--backend", backend, "-o", out] + extra)
    folder = Path(out)
    # written on every build: a manifest left by an earlier build would keep
    # the old sources' fingerprint, and the launcher would go on skipping
    # the new build as stale
    if status == 0 and lang and folder.is_dir():
        try:
            write_manifest(folder, lang, backend)
        except (ArtefactProblem, OSError) as e:
            sys.stderr.write(f"tandem translate: built, but no manifest "
                             f"written: {e}\n")
    return status


def _is_folder(out: str) -> bool:
    """-o names a folder: an existing one, or a new path without a suffix."""
    p = Path(out)
    return p.is_dir() or (not p.exists() and p.suffix == "")


def build_native_vm(prog: str, lang: str, folder: Path, extra: list[str]) -> int:
    """A VM's native folder (docs/launcher.md): the shared library the
    launcher loads, the standalone executable (left out when --shared is
    given) and the manifest naming both."""
    folder.mkdir(parents=True, exist_ok=True)
    own = [a for a in extra if a != "--shared"]
    library = f"libtandem-{lang}.so"
    status = _jitgen(["build", prog, "--backend", "native", "--shared",
                      "-o", str(folder / library)] + own)
    if status != 0:
        return status
    executable = None
    if "--shared" not in extra:
        executable = f"tandem-{lang}"
        status = _jitgen(["build", prog, "--backend", "native",
                          "-o", str(folder / executable)] + own)
        if status != 0:
            return status
    try:
        write_manifest(folder, lang, "native", library, executable)
    except (ArtefactProblem, OSError) as e:
        sys.stderr.write(f"tandem translate: built, but no manifest "
                         f"written: {e}\n")
        return 1
    return 0
