"""Ahead-of-time compilation of a saved assembly with `mono --aot`.

Mono compiles each method the first time it runs.  A translated VM has
thousands of large methods, so `mono tandem-python.exe` spent about half a
second of JIT before running a program's first line.  `mono --aot X`
writes `X.so` (machine code for every method), which Mono loads by itself
when it loads X from the same folder; it checks the assembly's identity
(MVID), so an image left beside a rebuilt assembly is ignored, never
wrong.  The code is the same JIT's, so it runs about as fast.

The image belongs to the assembly's bytes, not its file name: a copy of
the assembly under another name (a VM folder's `Tandem.<Lang>.dll` and
`tandem-<lang>.exe`) uses a copy of the image under that name + ".so".

AOT needs the assembler and linker (binutils); when it fails, the
assembly still runs under the JIT, and the reason is reported on stderr.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def image_of(assembly: Path) -> Path:
    return assembly.with_name(assembly.name + ".so")


def compile_image(assembly: Path) -> Path | None:
    """Write assembly.so next to the assembly; None (with a note on stderr)
    if Mono could not."""
    image = image_of(assembly)
    if image.exists():
        return image
    try:
        r = subprocess.run(["mono", "--aot", str(assembly)], capture_output=True, text=True,
                           cwd=assembly.parent, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"[cli] ahead-of-time compilation of {assembly.name} skipped: {e}", file=sys.stderr)
        return None
    if r.returncode != 0 or not image.exists():
        tail = (r.stdout + r.stderr).strip().splitlines()[-3:]
        print(f"[cli] ahead-of-time compilation of {assembly.name} failed (it will run under the JIT): "
              + " / ".join(tail), file=sys.stderr)
        return None
    return image


def copy_with_image(src: Path, dst: Path) -> None:
    """Copy an assembly, and its AOT image if it has one (else remove a
    stale image at the destination)."""
    shutil.copyfile(src, dst)
    image, target = image_of(src), image_of(dst)
    if image.exists():
        shutil.copyfile(image, target)
    elif target.exists():
        target.unlink()
