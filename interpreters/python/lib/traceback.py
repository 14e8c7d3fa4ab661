"""traceback: formatting and printing exceptions as the interpreter does."""
import sys


def format_exc(limit=None, chain=True):
    return sys._format_exception(sys.exc_info()[1])


def print_exc(limit=None, file=None, chain=True):
    (file or sys.stderr).write(format_exc())


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    if value is None and isinstance(exc, BaseException):
        value = exc
    text = sys._format_exception(value)
    # one entry per frame (its "File" line and source line together), as
    # CPython's list has; chain separators are one entry too
    entries = []
    lines = text.rstrip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("    ") and entries and entries[-1].startswith("  File "):
            entries[-1] += line + "\n"
        elif line == "" and i + 1 < len(lines) and lines[i + 1].startswith(("The above", "During handling")):
            entries.append("\n" + lines[i + 1] + "\n\n")
            i += 2
            if i < len(lines) and lines[i] == "":
                i += 1
            continue
        else:
            entries.append(line + "\n")
        i += 1
    return entries


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    (file or sys.stderr).write("".join(format_exception(exc, value, tb)))


def format_exception_only(exc, value=None):
    if value is None and isinstance(exc, BaseException):
        value = exc
    msg = str(value)
    name = type(value).__name__
    return [name + (": " + msg if msg else "") + "\n"]
