"""Printing an uncaught exception in CPython's format."""
from __future__ import annotations

from typing import TYPE_CHECKING

from vm import io
from interpreters.python.objspace.base import W_Root, OperationError
from interpreters.python.objspace.primitives import W_Str
from interpreters.python.objspace.containers import W_List
from interpreters.python.objspace.typeobject import W_Object, TbEntry
from interpreters.python.interpreter.suggestions import suggestion

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace

# Our library modules that CPython implements in C: CPython's tracebacks
# show no frames for them, so ours hide theirs (user callbacks they call
# still show).  Built at import time from this file's location.
import os as _os
_LIB_DIR = _os.path.join(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))), "lib")
HIDDEN_FILES: list[str] = [_os.path.join(_LIB_DIR, _n) for _n in [
    "heapq.py", "bisect.py", "itertools.py", "operator.py", "functools.py",
    "datetime.py", _os.path.join("collections", "__init__.py"), "decimal.py",
    "_complex.py", "cmath.py", "_exceptiongroup.py", "_bytearray.py"]]


class SourceCache:
    files: dict[str, list[str]]

    def __init__(self) -> None:
        self.files = {}

    def line(self, filename: str, lineno: int) -> str:
        lines = self.files.get(filename)
        if lines is None:
            lines = []
            if not filename.startswith("<") and io.file_exists(filename):
                try:
                    lines = io.read_file(filename).split("\n")
                except OSError:
                    lines = []
            self.files[filename] = lines
        if 1 <= lineno <= len(lines):
            return lines[lineno - 1].strip()
        return ""


def exc_type_name(space: ObjSpace, w_exc: W_Root) -> str:
    w_t = space.type(w_exc)
    name = w_t.qualname
    w_mod = w_t.dict_w.get("__module__")
    if w_mod is not None and isinstance(w_mod, W_Str):
        if w_mod.value != "__main__" and w_mod.value != "builtins":
            return w_mod.value + "." + name
    return name


def format_tb(space: ObjSpace, entries: list[TbEntry], cache: SourceCache) -> str:
    out: list[str] = []
    last_key = ""
    repeat = 0
    for e in entries:
        if e.filename in HIDDEN_FILES:
            continue
        key = "%s:%d:%s" % (e.filename, e.lineno, e.name)
        if key == last_key:
            repeat += 1
            if repeat >= 3:
                continue
        else:
            if repeat >= 3:
                n = repeat - 2
                out.append("  [Previous line repeated %d more time%s]\n" % (n, "" if n == 1 else "s"))
            repeat = 0
            last_key = key
        out.append('  File "%s", line %d, in %s\n' % (e.filename, e.lineno, e.name))
        src = cache.line(e.filename, e.lineno)
        if src != "":
            out.append("    " + src + "\n")
    if repeat >= 3:
        n = repeat - 2
        out.append("  [Previous line repeated %d more time%s]\n" % (n, "" if n == 1 else "s"))
    return "".join(out)


def exc_message_line(space: ObjSpace, w_exc: W_Root) -> str:
    name = exc_type_name(space, w_exc)
    try:
        msg = space.str_w_of(w_exc)
    except OperationError:
        msg = "<exception str() failed>"
    if msg == "":
        return name + "\n"
    return name + ": " + msg + "\n"


def format_exception(space: ObjSpace, w_exc: W_Root, cache: SourceCache, seen: list[W_Root]) -> str:
    seen.append(w_exc)
    data = space.exc_data(w_exc)
    prefix = ""
    w_cause = data.w_cause
    w_ctx = data.w_context
    if w_cause is not None and not in_list(w_cause, seen):
        prefix = format_exception(space, w_cause, cache, seen) + \
            "\nThe above exception was the direct cause of the following exception:\n\n"
    elif w_ctx is not None and not data.suppress_context and not in_list(w_ctx, seen):
        prefix = format_exception(space, w_ctx, cache, seen) + \
            "\nDuring handling of the above exception, another exception occurred:\n\n"
    out = prefix
    if len(data.tb) > 0:
        out += "Traceback (most recent call last):\n" + format_tb(space, data.tb, cache)
    report: W_Root | None = None
    if isinstance(w_exc, W_Object):
        report = w_exc.getdictvalue("_report")
    if report is not None and isinstance(report, W_Str):
        return out + report.value
    line = exc_message_line(space, w_exc)
    suggest = suggestion(space, w_exc)
    if suggest != "":
        line = line[:len(line) - 1] + ". Did you mean: '%s'?\n" % suggest
    return out + line + format_notes(space, w_exc)


def format_notes(space: ObjSpace, w_exc: W_Root) -> str:
    """The notes added with add_note(), one per line after the message."""
    if not isinstance(w_exc, W_Object):
        return ""
    w_notes = w_exc.getdictvalue("__notes__")
    if w_notes is None or not isinstance(w_notes, W_List):
        return ""
    out = ""
    for w_note in w_notes.items:
        out += space.str_w(space.str(w_note)) + "\n"
    return out


def in_list(w: W_Root, items: list[W_Root]) -> bool:
    for w_x in items:
        if w_x is w:
            return True
    return False


def print_exception(space: ObjSpace, w_exc: W_Root) -> None:
    io.flush_stdout()
    io.write_stderr(format_exception(space, w_exc, SourceCache(), []))
