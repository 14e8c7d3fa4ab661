"""IR -> object (llvmlite, O2) -> executable or shared library (gcc, libgc),
with a content-addressed cache and a progress display on stderr."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNTIME_DIR = Path(__file__).resolve().parents[3] / "vm" / "native"
RUNTIME_SOURCES = ["rt_core.c", "rt_str.c", "rt_scan.c", "rt_num.c", "rt_coll.c", "rt_host.c", "rt_case.c"]
CFLAGS = ["-O2", "-fPIC", "-fno-strict-aliasing"]


class BuildError(Exception):
    pass


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME")
    d = Path(base) / "tandem" if base else Path.cwd() / ".tandem-cache"
    if not base:
        root = Path(__file__).resolve().parents[3]
        d = root / ".tandem-cache"
    d.mkdir(parents=True, exist_ok=True)
    return d


class Progress:
    """One line per phase on stderr: name, time, and a summary at the end."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.times: list[tuple[str, float]] = []
        self.t0 = time.time()
        self.cur: str | None = None
        self.start = 0.0

    def phase(self, name: str) -> None:
        self.done()
        self.cur = name
        self.start = time.time()
        if self.enabled:
            n = len(self.times) + 1
            sys.stderr.write(f"\r[{'#' * n}{'.' * max(0, 6 - n)}] {name}...".ljust(60))
            sys.stderr.flush()

    def done(self) -> None:
        if self.cur is not None:
            self.times.append((self.cur, time.time() - self.start))
            self.cur = None

    def finish(self, what: str) -> None:
        self.done()
        if self.enabled:
            total = time.time() - self.t0
            parts = ", ".join(f"{n} {t:.2f}s" for n, t in self.times)
            sys.stderr.write(f"\r{what} in {total:.2f}s ({parts})".ljust(60) + "\n")
            sys.stderr.flush()


def file_hash(paths: list[Path], extra: str = "") -> str:
    h = hashlib.sha256(extra.encode())
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:24]


def runtime_objects(shared: bool) -> list[Path]:
    """The C runtime compiled once per content of vm/native."""
    srcs = [RUNTIME_DIR / s for s in RUNTIME_SOURCES + ["rt_main.c", "rt_embed.c", "rt.h"]]
    key = file_hash(srcs, " ".join(CFLAGS))
    d = cache_dir() / f"rt-{key}"
    objs = [d / (s[:-2] + ".o") for s in RUNTIME_SOURCES + ["rt_main.c", "rt_embed.c"]]
    chosen = objs[:-2] + ([objs[-1]] if shared else [objs[-2]])
    if all(o.exists() for o in objs):
        return chosen
    tmp = Path(tempfile.mkdtemp(dir=cache_dir()))
    for s in RUNTIME_SOURCES + ["rt_main.c", "rt_embed.c"]:
        r = subprocess.run(["gcc", *CFLAGS, "-c", str(RUNTIME_DIR / s), "-o", str(tmp / (s[:-2] + ".o"))],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise BuildError(f"compiling the runtime {s} failed:\n{r.stderr}")
    try:
        tmp.rename(d)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
    return chosen


def compile_ir(ir: str, obj: Path, opt: int, progress: Progress) -> None:
    import llvmlite.binding as llvm
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    progress.phase("parse IR")
    mod = llvm.parse_assembly(ir)
    mod.verify()
    target = llvm.Target.from_default_triple()
    tm = target.create_target_machine(opt=opt, reloc="pic", codemodel="default")
    mod.triple = tm.triple
    mod.data_layout = str(tm.target_data)
    if opt > 0:
        progress.phase(f"optimise O{opt}")
        pto = llvm.create_pipeline_tuning_options(speed_level=opt)
        # llvmlite leaves the SLP vectoriser off; on, nbody's pairs of
        # float operations become vector ones (11% fewer instructions, 5%
        # less time; the same bits: nothing is reassociated)
        pto.slp_vectorization = True
        pb = llvm.create_pass_builder(tm, pto)
        mpm = pb.getModulePassManager()
        mpm.run(mod, pb)
    progress.phase("machine code")
    obj.write_bytes(tm.emit_object(mod))


def link(objs: list[Path], out: Path, shared: bool, progress: Progress) -> None:
    progress.phase("link")
    cmd = ["gcc", "-o", str(out)] + [str(o) for o in objs] + ["-lgc", "-lm", "-lpthread"]
    if shared:
        cmd.insert(1, "-shared")
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise BuildError(f"linking failed:\n{r.stderr}")
