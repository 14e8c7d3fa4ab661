"""The launcher's side of docs/embedding.md: one `VM` object over any backend.

A `Backend` knows how to reach one VM's embedding functions:

- `HostBackend` imports `interpreters.<lang>.embed` and calls it on CPython;
- `NativeBackend` loads the translated shared library with ctypes and calls
  the C functions `tandem_<name>` (C ABI: docs/embedding.md, "Native");
- `CliBackend` loads the translated .NET assembly with pythonnet and calls
  the static methods of `Tandem.Embed`.

`select_backend` turns a user's choice (or none) into a loaded backend, and
raises `BackendError` with a one-line message when it cannot.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import signal
import sys
import threading
from typing import Any, Callable

from launcher.artefacts import (
    ALL_BACKENDS, Artefact, ArtefactProblem, build_command, find_artefact,
)

# Module that implements the embedding API on the host, per language.  A
# test may point an entry at a test double before the CLI runs.
HOST_MODULES = {
    "python": "interpreters.python.embed",
    "smalltalk": "interpreters.smalltalk.embed",
}
LANGUAGE_NAMES = {"python": "Python", "smalltalk": "Smalltalk"}
BACKEND_ENV = "TANDEM_BACKEND"


class BackendError(Exception):
    """A backend cannot be used.  The message is one line for the user."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


class Backend:
    """One VM's embedding functions, reached some way."""
    kind = "?"
    # True when a call runs outside the Python interpreter loop (ctypes,
    # pythonnet): Python signal handlers cannot run during it, so long calls
    # go to a worker thread and the main thread stays free to take Ctrl-C.
    calls_block_signals = False

    def __init__(self, lang: str):
        self.lang = lang

    def describe(self) -> str:
        return self.kind

    def call(self, name: str, *args: Any) -> Any:
        raise NotImplementedError

    def create_vm(self, argv: list[str]) -> "VM":
        return VM(self, int(self.call("create_vm", list(argv))))


class HostBackend(Backend):
    kind = "host"

    def __init__(self, lang: str):
        super().__init__(lang)
        modname = HOST_MODULES[lang]
        try:
            self.module = importlib.import_module(modname)
        except Exception as e:
            raise BackendError(
                f"cannot load the host {LANGUAGE_NAMES[lang]} VM "
                f"({modname}): {type(e).__name__}: {e}", 1) from e

    def describe(self) -> str:
        return f"host (CPython {sys.version.split()[0]})"

    def call(self, name: str, *args: Any) -> Any:
        return getattr(self.module, name)(*args)


def host_available(lang: str) -> bool:
    """Does the host VM exist?  Finds the module without running it."""
    try:
        return importlib.util.find_spec(HOST_MODULES[lang]) is not None
    except (ImportError, ValueError):
        return False


class NativeBackend(Backend):
    """The shared library built by the native backend (C ABI, int64 handles)."""
    kind = "native"
    calls_block_signals = True

    def __init__(self, lang: str, artefact: Artefact):
        super().__init__(lang)
        import ctypes
        self.ctypes = ctypes
        self.artefact = artefact
        try:
            lib = ctypes.CDLL(str(artefact.library))
        except OSError as e:
            raise BackendError(f"cannot load {artefact.library}: {e}") from e
        i64, s = ctypes.c_int64, ctypes.c_char_p
        sigs = {
            "create_vm": ([i64, ctypes.POINTER(s)], i64),
            "configure": ([i64, s, s], i64),
            "run_file": ([i64, s], i64),
            "run_main": ([i64, s], i64),
            "eval": ([i64, s, s, s], i64),
            "is_complete": ([i64, s], i64),
            "complete": ([i64, s], ctypes.c_void_p),
            "exit_code": ([i64], i64),
            "interrupt": ([i64], None),
        }
        self.funcs: dict[str, Any] = {}
        for name, (argtypes, restype) in sigs.items():
            try:
                fn = getattr(lib, "tandem_" + name)
            except AttributeError:
                raise BackendError(
                    f"{artefact.library} does not export tandem_{name}; "
                    f"rebuild it with: {build_command(lang, 'native')}"
                ) from None
            fn.argtypes, fn.restype = argtypes, restype
            self.funcs[name] = fn
        init = getattr(lib, "tandem_init", None)
        if init is not None:  # optional one-time runtime set-up
            init.argtypes, init.restype = [], i64
            if init() != 0:
                raise BackendError(f"{artefact.library}: tandem_init failed", 1)

    def describe(self) -> str:
        return f"native ({self.artefact.library})"

    def _bytes(self, s: str) -> bytes:
        b = s.encode("utf-8", "surrogateescape")
        if b"\0" in b:
            raise ValueError("a NUL character cannot cross the C ABI")
        return b

    def call(self, name: str, *args: Any) -> Any:
        ct = self.ctypes
        fn = self.funcs[name]
        if name == "create_vm":
            argv = [self._bytes(a) for a in args[0]]
            arr = (ct.c_char_p * (len(argv) + 1))(*argv, None)
            return fn(len(argv), arr)
        conv = [self._bytes(a) if isinstance(a, str) else a for a in args]
        result = fn(*conv)
        if name == "complete":
            return _read_nul_separated(ct, result)
        return result


def _read_nul_separated(ct: Any, addr: int | None) -> list[str]:
    """Strings laid end to end, each ending in NUL, the list ending in an
    empty string (so the buffer ends in two NULs)."""
    out: list[str] = []
    if not addr:
        return out
    while True:
        raw = ct.string_at(addr)
        if not raw:
            return out
        out.append(raw.decode("utf-8", "replace"))
        addr += len(raw) + 1


class CliBackend(Backend):
    """The .NET assembly built by the cli backend, loaded with pythonnet."""
    kind = "cli"
    calls_block_signals = True

    def __init__(self, lang: str, artefact: Artefact):
        super().__init__(lang)
        self.artefact = artefact
        try:
            import pythonnet
            import warnings
            if pythonnet.get_runtime_info() is None:
                with warnings.catch_warnings():
                    # clr_loader warns about Debian's Mono 6.8 on every start
                    warnings.simplefilter("ignore")
                    pythonnet.load("mono")
            import clr  # noqa: F401 (available once a runtime is loaded)
            clr.AddReference(str(artefact.library))
            from Tandem import Embed  # type: ignore[import-not-found]
            from System import String  # type: ignore[import-not-found]
            from System.Collections.Generic import List  # type: ignore
        except Exception as e:
            raise BackendError(
                f"cannot load {artefact.library} with pythonnet/Mono: "
                f"{type(e).__name__}: {e}") from e
        self.embed = Embed
        self.String = String
        self.List = List

    def describe(self) -> str:
        return f"cli ({self.artefact.library})"

    def call(self, name: str, *args: Any) -> Any:
        fn = getattr(self.embed, name)
        if name == "create_vm":
            # The subset's list[str] is a .NET List<string> in the assembly.
            argv = self.List[self.String]()
            for a in args[0]:
                argv.Add(a)
            return fn(argv)
        result = fn(*args)
        if name == "complete":
            return [str(x) for x in result]
        return result


class VM:
    """One VM instance: the embedding API as methods.

    The long-running calls (run_file, run_main, eval) turn Ctrl-C into
    `interrupt`, so the user program sees KeyboardInterrupt (or Smalltalk's
    interrupt error) instead of the launcher dying.  A second Ctrl-C during
    the same call gives up on the VM's cooperation and aborts the call.
    """

    def __init__(self, backend: Backend, handle: int):
        self.backend = backend
        self.handle = handle
        # Ctrl-C was pressed during the last long call: an error status
        # then means the program died of KeyboardInterrupt.
        self.interrupted = False

    def configure(self, key: str, value: str) -> int:
        return int(self.backend.call("configure", self.handle, key, value))

    def run_file(self, path: str) -> int:
        return self._guarded("run_file", path)

    def run_main(self, name: str) -> int:
        return self._guarded("run_main", name)

    def eval(self, source: str, filename: str, mode: str) -> int:
        return self._guarded("eval", source, filename, mode)

    def is_complete(self, source: str) -> bool:
        return int(self.backend.call("is_complete", self.handle, source)) != 0

    def complete(self, prefix: str) -> list[str]:
        return list(self.backend.call("complete", self.handle, prefix))

    def exit_code(self) -> int:
        return int(self.backend.call("exit_code", self.handle))

    def interrupt(self) -> None:
        self.backend.call("interrupt", self.handle)

    def _guarded(self, name: str, *args: Any) -> int:
        if threading.current_thread() is not threading.main_thread():
            return int(self.backend.call(name, self.handle, *args))
        presses = [0]
        self.interrupted = False

        def on_sigint(signum: int, frame: Any) -> None:
            presses[0] += 1
            self.interrupted = True
            if presses[0] >= 2:
                raise KeyboardInterrupt
            self.interrupt()

        old = signal.signal(signal.SIGINT, on_sigint)
        try:
            if self.backend.calls_block_signals:
                return self._in_worker(name, args)
            return int(self.backend.call(name, self.handle, *args))
        finally:
            signal.signal(signal.SIGINT, old)

    def _in_worker(self, name: str, args: tuple) -> int:
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["result"] = self.backend.call(name, self.handle, *args)
            except BaseException as e:  # handed to the main thread
                box["error"] = e

        t = threading.Thread(target=work, name=f"tandem-{name}", daemon=True)
        t.start()
        while t.is_alive():
            t.join(0.05)  # wake up often so SIGINT handlers run
        if "error" in box:
            raise box["error"]
        return int(box["result"])


def _load(lang: str, kind: str,
          warn: Callable[[str], None] | None = None) -> Backend:
    """Load one backend; BackendError if it is not there or not usable."""
    lname = LANGUAGE_NAMES[lang]
    if kind == "host":
        if not host_available(lang):
            raise BackendError(
                f"the host backend of the {lname} VM is not available: "
                f"{HOST_MODULES[lang]} cannot be found")
        return HostBackend(lang)
    try:
        art = find_artefact(lang, kind)
    except ArtefactProblem as e:
        raise BackendError(
            f"the {kind} backend of the {lname} VM cannot be used: {e}; "
            f"rebuild it with: {build_command(lang, kind)}") from None
    if art is None:
        raise BackendError(
            f"the {kind} backend of the {lname} VM is not built; "
            f"build it with: {build_command(lang, kind)}")
    if warn is not None and art.stale:
        warn(f"the {kind} backend of the {lname} VM was built from older "
             f"sources than this checkout's; rebuild it with: "
             f"{build_command(lang, kind)}")
    if kind == "native":
        return NativeBackend(lang, art)
    return CliBackend(lang, art)


def select_backend(lang: str, requested: str | None,
                   warn: Callable[[str], None] | None = None) -> Backend:
    """The backend to run `lang` on.

    `requested` (from --backend) wins over $TANDEM_BACKEND.  With neither,
    the fastest built backend is used (native, then cli, then host); a
    built backend that fails to load, or that was built from other sources
    than the checkout's (stale), is skipped with a warning.  A stale backend
    asked for by name is used, with the warning.
    """
    choice = requested or os.environ.get(BACKEND_ENV) or None
    if choice is not None:
        choice = choice.strip().lower()
        if choice not in ALL_BACKENDS:
            source = "--backend" if requested else BACKEND_ENV
            raise BackendError(
                f"unknown backend {choice!r} (from {source}): "
                f"choose one of {', '.join(ALL_BACKENDS)}")
        return _load(lang, choice, warn)
    for kind in ("native", "cli"):
        try:
            art = find_artefact(lang, kind)
            if art is None:
                continue
            if art.stale:  # the user's edits would not run: say so, use the next
                if warn is not None:
                    warn(f"skipping the {kind} backend: it was built from "
                         f"older sources than this checkout's; rebuild it "
                         f"with: {build_command(lang, kind)}")
                continue
            return _load(lang, kind)
        except (ArtefactProblem, BackendError) as e:
            if warn is not None:
                warn(f"skipping the {kind} backend: {e}")
    return _load(lang, "host")
