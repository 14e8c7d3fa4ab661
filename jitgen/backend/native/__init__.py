"""The native backend: low-level graphs -> LLVM IR -> machine code linked
with the C runtime (vm/native) and Boehm GC.  docs/backend-native.md.

build(program, out, options): write an executable (or, with
options["shared"] == "1", a shared library) to `out`.
run(program, argv, options): build into the cache and run it; returns the
exit status.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jitgen.backend.native.module import GenError
from jitgen.backend.native.toolchain import (BuildError, Progress, cache_dir, compile_ir, link,
                                             runtime_objects)

__all__ = ["build", "run", "build_cached", "GenError", "BuildError"]


def _program_key(prog, options: dict) -> str:
    """Hash of every source file the program's graphs came from, plus the
    options and the backend's own code: an unchanged rebuild is a cache hit."""
    files = set()
    for g in prog.graphs:
        f = getattr(g, "func", None)
        code = getattr(f, "__code__", None)
        if code is not None:
            files.add(code.co_filename)
    h = hashlib.sha256(repr(sorted(options.items())).encode())
    here = Path(__file__).resolve().parent
    root = here.parents[2]
    runtime = root / "vm" / "native"
    # the whole translator (front end, types, lowering, this backend) and
    # the vm/ externals: a fix anywhere in them must not reuse a stale build
    toolchain = [str(x) for d in ("frontend", "types", "lower", "hints", "driver")
                 for x in (root / "jitgen" / d).rglob("*.py")]
    toolchain += [str(x) for x in here.glob("*.py")] + [str(x) for x in (root / "vm").glob("*.py")]
    for p in sorted(files) + sorted(toolchain) + sorted(str(x) for x in runtime.glob("*.[ch]")):
        try:
            h.update(p.encode())
            h.update(Path(p).read_bytes())
        except OSError:
            h.update(b"?")
    return h.hexdigest()[:24]


def build_cached(prog, options: dict | None = None, progress: bool | None = None) -> Path:
    """The executable for prog, from the cache when its sources are unchanged."""
    options = dict(options or {})
    shared = options.get("shared") == "1"
    opt = int(options.get("opt", "2"))
    show = sys.stderr.isatty() if progress is None else progress
    key = _program_key(prog, options)
    target = cache_dir() / f"prog-{key}" / ("lib.so" if shared else "a.out")
    if target.exists():
        if show:
            sys.stderr.write(f"translated: unchanged sources, from the cache ({target.parent.name})\n")
        return target
    p = Progress(show)
    p.phase("generate IR")
    from jitgen.backend.native.codegen import generate_ir
    ir = generate_ir(prog, shared)
    tmpdir = Path(tempfile.mkdtemp(dir=cache_dir()))
    obj = tmpdir / "prog.o"
    compile_ir(ir, obj, opt, p)
    p.phase("runtime")
    objs = [obj] + runtime_objects(shared)
    link(objs, tmpdir / target.name, shared, p)
    target.parent.mkdir(parents=True, exist_ok=True)
    if options.get("keep_ir") == "1":
        # beside the cached executable (build copies it next to OUT)
        (target.parent / "prog.ll").write_text(ir)
    os.replace(tmpdir / target.name, target)
    shutil.rmtree(tmpdir, ignore_errors=True)
    p.finish("translated")
    return target


def _as_user_error(e: Exception):
    """Backend errors as the driver reports check errors: file:line:col."""
    from jitgen.driver.pipeline import CheckFailed
    from jitgen.frontend.errors import SourceError
    pos = getattr(e, "pos", None)
    msg = f"native backend: {getattr(e, 'message', None) or e}"
    if pos is not None:
        return CheckFailed([SourceError(pos.file, pos.line, pos.col, msg)])
    return CheckFailed([SourceError("<program>", 1, 1, msg)])


def build(prog, out: str, options: dict | None = None) -> None:
    try:
        src = build_cached(prog, options, progress=True)
    except (GenError, BuildError) as e:
        raise _as_user_error(e) from None
    if os.path.isdir(out):
        raise _as_user_error(BuildError(f"the output {out} is a directory"))
    shutil.copyfile(src, out)
    os.chmod(out, 0o755)
    ir = src.parent / "prog.ll"
    if (options or {}).get("keep_ir") == "1" and ir.exists():
        shutil.copyfile(ir, out + ".ll")
        sys.stderr.write(f"LLVM IR (before optimisation): {out}.ll\n")


def run(prog, argv: list[str], options: dict | None = None) -> int:
    try:
        exe = build_cached(prog, options, progress=False)
    except (GenError, BuildError) as e:
        raise _as_user_error(e) from None
    sys.stdout.flush()
    # argv[0] is the program path, as the other backends see it
    r = subprocess.run(list(argv) or [str(exe)], executable=str(exe))
    return r.returncode if r.returncode >= 0 else 128 - r.returncode
