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
    return [line + "\n" for line in text.rstrip("\n").split("\n")]


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    (file or sys.stderr).write("".join(format_exception(exc, value, tb)))


def format_exception_only(exc, value=None):
    if value is None and isinstance(exc, BaseException):
        value = exc
    msg = str(value)
    name = type(value).__name__
    return [name + (": " + msg if msg else "") + "\n"]
