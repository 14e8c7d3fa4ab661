"""The phases in order: import the program, check, lower.  Used by the CLI
and by the backends (translate_to_lowlevel)."""
from __future__ import annotations

import importlib.util
import os
import sys

from jitgen.frontend.errors import ErrorLog, SourceError


PROGRAM_PREFIX = "__jitgen_program__"


class CheckFailed(Exception):
    """The program is not in the subset; .errors lists every SourceError."""

    def __init__(self, errors: list[SourceError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def import_program(path: str):
    """Import the program module on CPython (import time = metaprogramming time)."""
    path = os.path.abspath(path)
    display = os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        raise CheckFailed([SourceError(display, e.lineno or 1, e.offset or 1,
                                       f"syntax error: {e.msg}")])
    d = os.path.dirname(path)
    if d not in sys.path:
        sys.path.insert(0, d)
    root = _project_root(d)
    if root is not None and root not in sys.path:
        sys.path.insert(0, root)
    name = PROGRAM_PREFIX + os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as e:   # the program's own import-time code failed
        tb = e.__traceback__
        line = 1
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == path:
                line = tb.tb_lineno
            tb = tb.tb_next
        raise CheckFailed([SourceError(display, line, 1,
                                       f"the program failed at import time: {type(e).__name__}: {e}")])
    return module


def _project_root(d: str) -> str | None:
    cur = d
    while True:
        if os.path.exists(os.path.join(cur, "pyproject.toml")):
            return cur
        parent = os.path.dirname(cur)
        if parent == cur:
            return None
        cur = parent


EXPORTS_NAME = "JITGEN_EXPORTS"
# The embedding API's types (docs/embedding.md): the C ABI of a shared
# library (vm/native/rt_embed.c) calls these functions with exactly them.
EMBED_SIGNATURES = {
    "create_vm": "(list[str]) -> int",
    "configure": "(int, str, str) -> int",
    "run_file": "(int, str) -> int",
    "run_main": "(int, str) -> int",
    "eval": "(int, str, str, str) -> int",
    "is_complete": "(int, str) -> int",
    "complete": "(int, str) -> list[str]",
    "exit_code": "(int) -> int",
    "interrupt": "(int) -> None",
}


def check_program(path: str):
    """Import and type-check; returns the Checker.  Raises CheckFailed."""
    return _check(path)[0]


def _check(path: str):
    """(checker, exports): exports maps each JITGEN_EXPORTS function's name
    to its checked function's qualified name (= its graph's name)."""
    from jitgen.types.checker import Checker
    module = import_program(path)
    errors = ErrorLog()
    checker = Checker(errors)
    checker.check_program(module)
    exports = _root_exports(module, checker, errors)
    if errors:
        raise CheckFailed(errors.sorted())
    return checker, exports


def _root_exports(module, checker, errors: ErrorLog) -> dict[str, str]:
    """Type-check the functions the module lists in JITGEN_EXPORTS even when
    main does not reach them: they are a shared library's entry points
    (docs/backend-native.md).  Their parameters must all be annotated."""
    import types
    listed = getattr(module, EXPORTS_NAME, None)
    if listed is None:
        return {}
    display = os.path.relpath(module.__file__)
    line = _line_of(module.__file__, EXPORTS_NAME)
    if not isinstance(listed, (list, tuple)):
        errors.add(SourceError(display, line, 1, f"{EXPORTS_NAME} must be a list of module-level functions"))
        return {}
    exports: dict[str, str] = {}
    fds = {}
    for f in listed:
        if not isinstance(f, types.FunctionType) or "." in f.__qualname__:
            errors.add(SourceError(display, line, 1, f"{EXPORTS_NAME} lists {f!r}: only module-level functions can be exported"))
            continue
        code = f.__code__
        params = code.co_varnames[:code.co_argcount]
        missing = [a for a in params if a not in f.__annotations__]
        if missing or "return" not in f.__annotations__:
            what = f"parameter '{missing[0]}'" if missing else "its return"
            errors.add(SourceError(display, line, 1, f"{EXPORTS_NAME} lists {f.__name__}, but {what} is not annotated: "
                                "an exported function's types must be declared"))
            continue
        if f.__name__ in exports:
            errors.add(SourceError(display, line, 1, f"{EXPORTS_NAME} lists two functions named {f.__name__}"))
            continue
        fds[f.__name__] = checker.get_func(f, (), None)
        exports[f.__name__] = fds[f.__name__].name
    checker.run()
    from jitgen.types.model import prune
    for name, fd in fds.items():
        want = EMBED_SIGNATURES.get(name)
        got = ("(" + ", ".join(str(prune(t)) for t in fd.argtypes) + ") -> " + str(prune(fd.ret))
               if fd.ret is not None else None)
        if want is not None and got != want:
            errors.add(SourceError(display, line, 1, f"{EXPORTS_NAME} lists {name}, an embedding-API "
                                   f"function (docs/embedding.md): its type must be {want}, not {got}"))
    return exports


def _line_of(path: str, name: str) -> int:
    try:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if line.startswith(name):
                    return i
    except OSError:
        pass
    return 1


def translate_to_lowlevel(path: str):
    """The program at `path` as an LLProgram (see docs/lowlevel.md); its
    `exports` attribute maps JITGEN_EXPORTS names to graph names."""
    from jitgen.lower.lowering import lower_program
    checker, exports = _check(path)
    prog = lower_program(checker)
    prog.exports = exports
    return prog
