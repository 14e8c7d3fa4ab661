"""Files, stdout and stderr for subset programs.

Each function is a backend primitive (see jitgen.hints.external): the body
below is the host/graph-interpreter implementation.  Translated programs
buffer stdout and flush it at exit and before writing to stderr.
"""
import sys

from jitgen.hints import external


@external("io_write_stdout")
def write_stdout(s: str) -> None:
    sys.stdout.write(s)


@external("io_write_stderr")
def write_stderr(s: str) -> None:
    sys.stdout.flush()
    sys.stderr.write(s)
    sys.stderr.flush()


@external("io_flush_stdout")
def flush_stdout() -> None:
    sys.stdout.flush()


@external("io_read_file")
def read_file(path: str) -> str:
    """The whole file as text (UTF-8).  Raises OSError if it cannot be read."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


@external("io_write_file")
def write_file(path: str, data: str) -> None:
    """Replace the file's contents with `data` (UTF-8).  Raises OSError."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)


@external("io_read_line_stdin")
def read_line_stdin() -> str:
    """One line of stdin with its newline; "" at end of input."""
    return sys.stdin.readline()


@external("io_file_exists")
def file_exists(path: str) -> bool:
    import os
    return os.path.isfile(path)


@external("io_getcwd")
def getcwd() -> str:
    """The absolute path of the current working directory."""
    import os
    return os.getcwd()
