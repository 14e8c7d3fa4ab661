"""The CLI backend: low-level graphs -> a .NET assembly through
Reflection.Emit (pythonnet on Mono), linked against the support runtime
vm/cli/*.cs (TandemRuntime.dll).  docs/backend-cli.md.

build(program, out, options): write OUT.exe (run with `mono OUT.exe args`)
and TandemRuntime.dll beside it; `out` may end in .exe or not.  With
option aot=1 (the default for a VM's folder) each assembly gets its
ahead-of-time image X.so beside it (aot.py).
run(program, argv, options): build into the cache and run it with mono;
returns the exit status.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jitgen.backend.cli.aot import compile_image, copy_with_image
from jitgen.backend.cli.runtime import BuildError, cache_dir, runtime_dll, runtime_image, RUNTIME_NAME

__all__ = ["build", "run", "build_cached", "BuildError"]

HERE = Path(__file__).resolve().parent


def _toolchain_files() -> list[str]:
    """The translator's own sources that shape the assembly: everything in
    jitgen/ but the other backend (a fix in the front end or the lowering
    must not leave stale executables in the cache), and the runtime's C#."""
    jitgen = HERE.parents[1]
    native = jitgen / "backend" / "native"
    files = [x for x in jitgen.rglob("*.py") if native not in x.parents and "test" not in x.parts]
    files += list((HERE.parents[2] / "vm" / "cli").glob("*.cs"))
    return sorted(str(x) for x in files)


def _program_key(prog, options: dict) -> str:
    """Hash of the program's source files, the options, the toolchain's code
    and the runtime's: an unchanged rebuild is a cache hit."""
    files = set()
    for g in prog.graphs:
        code = getattr(getattr(g, "func", None), "__code__", None)
        if code is not None:
            files.add(code.co_filename)
    h = hashlib.sha256(repr(sorted(options.items())).encode())
    for p in sorted(files) + _toolchain_files():
        h.update(p.encode())
        try:
            h.update(Path(p).read_bytes())
        except OSError:
            h.update(b"?")
    return h.hexdigest()[:24]


def _generate(prog, outdir: Path, name: str, shared: bool, both: bool = False,
              aot: bool = False) -> Path:
    from jitgen.backend.cli.runtime import load_clr
    from jitgen.backend.cli.assembly import AssemblyGen
    rtasm, dll = load_clr()
    filename = name + (".dll" if shared and not both else ".exe")
    gen = AssemblyGen(prog, rtasm, name, str(outdir), filename)
    gen.shared = shared or both
    gen.generate()
    gen.save(exe=not shared or both)
    if aot:     # the runtime first: compiling the program loads it
        runtime_image()
        copy_with_image(dll, outdir / dll.name)
        compile_image(outdir / filename)
    else:
        shutil.copyfile(dll, outdir / dll.name)
    return outdir / filename


def build_cached(prog, options: dict | None = None, progress: bool = False) -> Path:
    options = dict(options or {})
    key = _program_key(prog, options)
    shared = options.get("shared") == "1"
    both = options.get("folder") == "1"
    aot = options.get("aot", "1" if both else "0") == "1"
    name = options.get("name", "prog")
    target = cache_dir() / f"prog-{key}" / (name + (".dll" if shared and not both else ".exe"))
    if target.exists():
        return target
    t0 = time.time()
    tmp = Path(tempfile.mkdtemp(dir=cache_dir()))
    _generate(prog, tmp, name, shared, both, aot)
    final = target.parent
    try:
        os.rename(tmp, final)
    except OSError:      # another process built it meanwhile
        shutil.rmtree(tmp, ignore_errors=True)
    if progress:
        print(f"[cli] translated in {time.time() - t0:.2f}s", file=sys.stderr)
    return target


def _is_folder(out: str) -> bool:
    """-o names a VM's artefact folder (docs/launcher.md): an existing
    directory, or a new path named like `$TANDEM_HOME/<lang>-cli`."""
    p = Path(out)
    return p.is_dir() or (not p.exists() and p.suffix == "" and p.name.endswith("-cli"))


def build_folder(prog, folder: Path, options: dict) -> None:
    """A VM's folder: `Tandem.<Lang>.dll` (class Tandem.Embed) and
    `tandem-<lang>.exe` (`mono tandem-<lang>.exe`): one assembly with both
    the entry point and the embedding API, saved under the two names; plus
    TandemRuntime.dll.  The launcher writes the manifest."""
    lang = folder.name[:-len("-cli")] if folder.name.endswith("-cli") else folder.name
    options = dict(options)
    options["folder"] = "1"
    options["name"] = "Tandem." + lang.capitalize()
    src = build_cached(prog, options, progress=True)
    folder.mkdir(parents=True, exist_ok=True)
    copy_with_image(src, folder / (options["name"] + ".dll"))
    if prog.entry is not None:
        copy_with_image(src, folder / f"tandem-{lang}.exe")
    copy_with_image(src.parent / (RUNTIME_NAME + ".dll"), folder / (RUNTIME_NAME + ".dll"))


def build(prog, out: str, options: dict | None = None) -> None:
    """OUT.exe, or OUT.dll with options["shared"] == "1" (the assembly is
    named after OUT's base name, as the launcher loads it by path); a
    folder for a VM's artefacts (build_folder)."""
    options = dict(options or {})
    out = str(out)
    if _is_folder(out):
        build_folder(prog, Path(out), options)
        return
    shared = options.get("shared") == "1"
    ext = ".dll" if shared else ".exe"
    base = out[:-4] if out.endswith(ext) else out
    options["name"] = os.path.basename(base)
    src = build_cached(prog, options, progress=True)
    exe = base + ext
    outdir = os.path.dirname(os.path.abspath(exe))
    os.makedirs(outdir, exist_ok=True)
    copy_with_image(src, Path(exe))
    copy_with_image(src.parent / (RUNTIME_NAME + ".dll"), Path(outdir) / (RUNTIME_NAME + ".dll"))


def run(prog, argv: list[str], options: dict | None = None) -> int:
    exe = build_cached(prog, options)
    sys.stdout.flush()
    env = dict(os.environ)
    if argv:
        env["TANDEM_ARGV0"] = argv[0]
    r = subprocess.run(["mono", str(exe)] + list(argv[1:]), env=env)
    return r.returncode if r.returncode >= 0 else 128 - r.returncode
