"""Where translated VMs live, and the manifest that describes each one.

Layout (see docs/launcher.md):

    $TANDEM_HOME/                   default: build/ in the checkout
        python-native/tandem.json   one folder per VM and backend
        python-native/libtandem-python.so
        python-cli/tandem.json
        python-cli/Tandem.Python.dll
        smalltalk-native/...

A backend counts as built when its folder holds a readable manifest that
names this VM and backend, and the library the manifest names exists.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = "tandem.json"
MANIFEST_FORMAT = 1
LANGUAGES = ("python", "smalltalk")
TRANSLATED_BACKENDS = ("native", "cli")
ALL_BACKENDS = ("host", "native", "cli")

# What each backend's library file looks like, used when a build did not
# write a manifest itself and the launcher has to find the library.
_LIBRARY_SUFFIX = {"native": (".so", ".dylib"), "cli": (".dll",)}
_EXECUTABLE_SUFFIX = {"native": ("",), "cli": (".exe",)}


def checkout_root() -> Path:
    """The folder that holds launcher/, interpreters/, jitgen/."""
    return Path(__file__).resolve().parent.parent


def tandem_home() -> Path:
    """Root of the built artefacts: $TANDEM_HOME, else build/ in the checkout."""
    env = os.environ.get("TANDEM_HOME")
    if env:
        return Path(env).expanduser()
    return checkout_root() / "build"


def artefact_dir(lang: str, backend: str) -> Path:
    return tandem_home() / f"{lang}-{backend}"


def target_source(lang: str) -> Path:
    """The jitgen entry point of a VM, relative to the checkout."""
    return Path("interpreters") / lang / "target.py"


def build_command(lang: str, backend: str) -> str:
    """The command a user runs to build a backend, as shown in errors."""
    out = artefact_dir(lang, backend)
    try:
        out_shown = str(out.relative_to(Path.cwd()))
    except ValueError:
        out_shown = str(out)
    return (f"tandem translate {target_source(lang)} --backend {backend} "
            f"-o {out_shown}")


@dataclass
class Artefact:
    """One built VM: the manifest's contents, resolved to paths."""
    lang: str
    backend: str
    folder: Path
    library: Path
    executable: Path | None
    manifest: dict = field(default_factory=dict)

    @property
    def stale(self) -> bool:
        """Built from other sources than the checkout holds now.  Unknown
        (an older manifest, or no sources beside the launcher) is not
        stale."""
        built = self.manifest.get("sources")
        if not isinstance(built, str):
            return False
        now = source_fingerprint(self.lang)
        return now is not None and now != built


# What a translated VM is made of: its interpreter, the translator and the
# runtime.  The VMs' own libraries (interpreters/<lang>/lib) are read at run
# time, so editing them does not make a build stale.
_SOURCE_SUFFIXES = (".py", ".c", ".h", ".cs")


@functools.lru_cache(maxsize=None)  # once per process: every backend asks
def source_fingerprint(lang: str) -> str | None:
    """A hash of the sources a translation of `lang`'s VM depends on, None
    when they are not beside the launcher (an installed binary)."""
    root = checkout_root()
    trees = [root / "interpreters" / lang, root / "jitgen", root / "vm"]
    if not all(t.is_dir() for t in trees):
        return None
    h = hashlib.sha256()
    for tree in trees:
        for p in sorted(tree.rglob("*")):
            rel = p.relative_to(root).as_posix()
            if (p.suffix not in _SOURCE_SUFFIXES or "/lib/" in rel
                    or "/test" in rel or "__pycache__" in rel):
                continue
            try:
                data = p.read_bytes()
            except OSError:
                continue
            h.update(rel.encode() + b"\0" + data + b"\0")
    return h.hexdigest()[:16]


class ArtefactProblem(Exception):
    """A backend's folder exists but cannot be used; the message says why."""


def find_artefact(lang: str, backend: str) -> Artefact | None:
    """The built artefact, None when nothing is there.

    Raises ArtefactProblem when a folder exists but is unusable (bad manifest,
    missing library), so that the user hears why rather than 'not built'.
    """
    folder = artefact_dir(lang, backend)
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ArtefactProblem(f"{path}: unreadable manifest ({e})") from None
    if not isinstance(manifest, dict):
        raise ArtefactProblem(f"{path}: the manifest is not a JSON object")
    for key, want in (("vm", lang), ("backend", backend)):
        if manifest.get(key) != want:
            raise ArtefactProblem(
                f"{path}: manifest says {key}={manifest.get(key)!r}, "
                f"expected {want!r}")
    lib = manifest.get("library")
    if not isinstance(lib, str) or not lib:
        raise ArtefactProblem(f"{path}: the manifest names no 'library'")
    library = folder / lib
    if not library.is_file():
        raise ArtefactProblem(
            f"{path}: the library it names, {library}, does not exist")
    exe = manifest.get("executable")
    executable = folder / exe if isinstance(exe, str) and exe else None
    return Artefact(lang, backend, folder, library, executable, manifest)


def _pick(folder: Path, suffixes: tuple[str, ...], lang: str,
          executable: bool) -> str | None:
    """The best-named file in folder with one of the suffixes."""
    found = []
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name == MANIFEST_NAME:
            continue
        if executable and suffixes == ("",):
            ok = os.access(p, os.X_OK) and "." not in p.name
        else:
            ok = p.name.endswith(suffixes)
        if ok:
            found.append(p.name)
    for name in found:  # prefer a name that says which VM it is
        if lang in name.lower():
            return name
    return found[0] if found else None


def write_manifest(folder: Path, lang: str, backend: str,
                   library: str | None = None,
                   executable: str | None = None,
                   extra: dict | None = None) -> Path:
    """Write folder/tandem.json; find the library (and executable) if not
    given.  `tandem translate` calls this at the end of each build of a
    VM's folder."""
    from launcher import tandem_version
    if library is None:
        library = _pick(folder, _LIBRARY_SUFFIX[backend], lang, False)
        if library is None:
            raise ArtefactProblem(
                f"{folder}: no {' or '.join(_LIBRARY_SUFFIX[backend])} "
                f"library for the {backend} backend")
    if executable is None:
        executable = _pick(folder, _EXECUTABLE_SUFFIX[backend], lang, True)
    manifest = {
        "format": MANIFEST_FORMAT,
        "vm": lang,
        "backend": backend,
        "library": library,
        "executable": executable,
        "tandem_version": tandem_version(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    sources = source_fingerprint(lang)
    if sources is not None:
        manifest["sources"] = sources
    if extra:
        manifest.update(extra)
    path = folder / MANIFEST_NAME
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return path
