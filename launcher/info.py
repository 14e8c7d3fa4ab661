"""`tandem info`: which backends are built for each VM, and the toolchain."""
from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from launcher import tandem_version
from launcher.artefacts import (
    ALL_BACKENDS, LANGUAGES, ArtefactProblem, artefact_dir, find_artefact,
    tandem_home,
)
from launcher.embedding import BACKEND_ENV, HOST_MODULES, host_available


# Toolchain versions a build may record in its manifest.
TOOL_KEYS = ("llvm", "llvmlite", "mono", "pythonnet", "gcc")


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def backend_rows() -> list[tuple[str, str, str, str, str]]:
    """(vm, backend, status, where, detail) for every VM and backend."""
    rows = []
    for lang in LANGUAGES:
        for kind in ALL_BACKENDS:
            if kind == "host":
                mod = HOST_MODULES[lang]
                ok = host_available(lang)
                where = mod.replace(".", "/") + ".py"
                rows.append((lang, kind, "available" if ok else "missing",
                             where, "runs on this CPython"))
                continue
            try:
                art = find_artefact(lang, kind)
            except ArtefactProblem as e:
                rows.append((lang, kind, "broken",
                             _shown(artefact_dir(lang, kind)), str(e)))
                continue
            if art is None:
                rows.append((lang, kind, "not built",
                             _shown(artefact_dir(lang, kind)), ""))
                continue
            m = art.manifest
            detail = f"built {m.get('built_at', '?')}"
            if m.get("tandem_version"):
                detail += f" by tandem {m['tandem_version']}"
            tools = [f"{k} {m[k]}" for k in TOOL_KEYS if m.get(k)]
            if tools:
                detail += " (" + ", ".join(tools) + ")"
            if art.stale:
                detail += "; its sources have changed since: rebuild it"
            rows.append((lang, kind, "stale" if art.stale else "built",
                         _shown(art.library), detail))
    return rows


def default_backend(rows, lang: str) -> str:
    env = os.environ.get(BACKEND_ENV)
    if env:
        return f"{env} (from ${BACKEND_ENV})"
    for kind in ("native", "cli", "host"):
        for r in rows:
            if r[0] == lang and r[1] == kind and r[2] in ("built",
                                                         "available"):
                return kind
    return "none"


def mono_version() -> str:
    exe = shutil.which("mono")
    if exe is None:
        return "not installed"
    try:
        out = subprocess.run([exe, "--version"], capture_output=True,
                             text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError) as e:
        return f"unavailable ({e})"
    first = out.splitlines()[0] if out else "?"
    return first.replace("Mono JIT compiler version ", "")


def package_version(name: str) -> str:
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:
        return "not installed"


def llvm_version() -> str:
    try:
        import llvmlite.binding as llvm
        return ".".join(str(x) for x in llvm.llvm_version_info)
    except Exception as e:
        return f"unavailable ({type(e).__name__})"


def toolchain_rows() -> list[tuple[str, str]]:
    return [
        ("Tandem", tandem_version()),
        ("Python", f"{platform.python_implementation()} "
                   f"{platform.python_version()} ({sys.executable})"),
        ("LLVM (llvmlite)", llvm_version()),
        ("llvmlite", package_version("llvmlite")),
        ("pythonnet", package_version("pythonnet")),
        ("Mono", mono_version()),
    ]


def table(rows: list[tuple], header: tuple) -> str:
    widths = [max(len(str(r[i])) for r in [header] + rows)
              for i in range(len(header))]
    lines = []
    for r in [header] + rows:
        cells = [str(c).ljust(w) for c, w in zip(r, widths)]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def info_text() -> str:
    rows = backend_rows()
    home = tandem_home()
    src = "$TANDEM_HOME" if os.environ.get("TANDEM_HOME") else "default"
    out = [f"Built VMs live in {home} ({src}).", ""]
    out.append(table(rows, ("vm", "backend", "status", "where", "detail")))
    out.append("")
    out.append("Default backend: " + ", ".join(
        f"{lang} -> {default_backend(rows, lang)}" for lang in LANGUAGES))
    out.append("")
    out.append(table(toolchain_rows(), ("component", "version")))
    return "\n".join(out)
