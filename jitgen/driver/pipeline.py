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


def check_program(path: str):
    """Import and type-check; returns the Checker.  Raises CheckFailed."""
    from jitgen.types.checker import Checker
    module = import_program(path)
    errors = ErrorLog()
    checker = Checker(errors)
    checker.check_program(module)
    if errors:
        raise CheckFailed(errors.sorted())
    return checker


def translate_to_lowlevel(path: str):
    """The program at `path` as an LLProgram (see docs/lowlevel.md)."""
    from jitgen.lower.lowering import lower_program
    checker = check_program(path)
    return lower_program(checker)
