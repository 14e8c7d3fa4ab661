"""Printing an uncaught exception in CPython's format."""
from __future__ import annotations

from typing import TYPE_CHECKING

from vm import io
from interpreters.python.objspace.base import W_Root, OperationError
from interpreters.python.objspace.primitives import W_Str
from interpreters.python.objspace.containers import W_List
from interpreters.python.objspace.typeobject import W_Object, W_Type, TbEntry
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
    "_complex.py", "cmath.py", "_exceptiongroup.py", "_bytearray.py", "_genericalias.py",
    "warnings.py", "_asyncbuiltins.py", "time.py"]]


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


class GroupContext:
    """Where an exception group report is: nesting depth (each level adds
    a '| ' margin) and whether the last sub-exception still needs the
    closing rule."""
    depth: int
    need_close: bool

    def __init__(self) -> None:
        self.depth = 0
        self.need_close = False


MAX_GROUP_WIDTH = 15


def emit(ctx: GroupContext, text: str, margin: str) -> str:
    """text with the group margin in front of each of its lines."""
    if ctx.depth == 0 or text == "":
        return text
    pre = "  " * ctx.depth + margin + " "
    out: list[str] = []
    for line in text.split("\n"):
        out.append(pre + line)
    if text.endswith("\n"):
        out.pop()
        return "\n".join(out) + "\n"
    return "\n".join(out)


def group_members(space: ObjSpace, w_exc: W_Root) -> list[W_Root] | None:
    """The sub-exceptions of an exception group, or None for others."""
    w_group_type = space.builtins_dict().lookup(space, space.newstr("BaseExceptionGroup"))
    if w_group_type is None or not isinstance(w_group_type, W_Type):
        return None
    if not space.isinstance_w(w_exc, w_group_type):
        return None
    try:
        return space.list_items(space.getattr(w_exc, "exceptions"))
    except OperationError:
        return None


def format_exception(space: ObjSpace, w_exc: W_Root, cache: SourceCache, seen: list[W_Root]) -> str:
    return format_exception_at(space, w_exc, cache, seen, GroupContext())


def format_exception_at(space: ObjSpace, w_exc: W_Root, cache: SourceCache, seen: list[W_Root],
                        ctx: GroupContext) -> str:
    seen.append(w_exc)
    data = space.exc_data(w_exc)
    prefix = ""
    w_cause = data.w_cause
    w_ctx = data.w_context
    if w_cause is not None and not in_list(w_cause, seen):
        prefix = format_exception_at(space, w_cause, cache, seen, ctx) + emit(
            ctx, "\nThe above exception was the direct cause of the following exception:\n\n", "|")
    elif w_ctx is not None and not data.suppress_context and not in_list(w_ctx, seen):
        prefix = format_exception_at(space, w_ctx, cache, seen, ctx) + emit(
            ctx, "\nDuring handling of the above exception, another exception occurred:\n\n", "|")
    out = prefix
    members = group_members(space, w_exc)
    if members is None:
        if len(data.tb) > 0:
            out += emit(ctx, "Traceback (most recent call last):\n" + format_tb(space, data.tb, cache), "|")
        report: W_Root | None = None
        if isinstance(w_exc, W_Object):
            report = w_exc.getdictvalue("_report")
        if report is not None and isinstance(report, W_Str):
            return out + emit(ctx, report.value, "|")
        line = exc_message_line(space, w_exc)
        suggest = suggestion(space, w_exc)
        if suggest != "":
            line = line[:len(line) - 1] + ". Did you mean: '%s'?\n" % suggest
        return out + emit(ctx, line + format_notes(space, w_exc), "|")
    return out + format_group(space, w_exc, members, cache, seen, ctx)


def format_group(space: ObjSpace, w_exc: W_Root, members: list[W_Root], cache: SourceCache,
                 seen: list[W_Root], ctx: GroupContext) -> str:
    """CPython 3.11's boxed report of an exception group and its members."""
    data = space.exc_data(w_exc)
    out = ""
    toplevel = ctx.depth == 0
    if toplevel:
        ctx.depth += 1
    if len(data.tb) > 0:
        out += emit(ctx, "Exception Group Traceback (most recent call last):\n", "+" if toplevel else "|")
        out += emit(ctx, format_tb(space, data.tb, cache), "|")
    out += emit(ctx, exc_message_line(space, w_exc) + format_notes(space, w_exc), "|")
    n = len(members)
    if n > MAX_GROUP_WIDTH:
        n = MAX_GROUP_WIDTH + 1
    ctx.need_close = False
    i = 0
    while i < n:
        last = i == n - 1
        if last:
            ctx.need_close = True
        truncated = i >= MAX_GROUP_WIDTH
        title = "..." if truncated else str(i + 1)
        out += "  " * ctx.depth + ("+-" if i == 0 else "  ") + "+---------------- " + title + " ----------------\n"
        ctx.depth += 1
        if truncated:
            rest = len(members) - MAX_GROUP_WIDTH
            out += emit(ctx, "and %d more exception%s\n" % (rest, "" if rest == 1 else "s"), "|")
        else:
            out += format_exception_at(space, members[i], cache, seen, ctx)
        if last and ctx.need_close:
            out += "  " * ctx.depth + "+------------------------------------\n"
            ctx.need_close = False
        ctx.depth -= 1
        i += 1
    if toplevel:
        ctx.depth = 0
    return out


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
