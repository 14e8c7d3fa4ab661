"""Files, stdout and stderr for subset programs.

Each function is a backend primitive (see jitgen.hints.external): the body
below is the host/graph-interpreter implementation.  Translated programs
buffer stdout and flush it at exit and before writing to stderr.
"""
import os
import sys

from jitgen.hints import external


class _HostStdout:
    """Host side of the stdout contract: once a write has failed (a closed
    pipe), pending output is dropped and every later write fails again,
    while the interpreter's own flush at exit stays quiet -- as in
    translated code."""
    broken: OSError | None = None


def _stdout_failed(e: OSError) -> OSError:
    if _HostStdout.broken is None:
        _HostStdout.broken = e
        try:
            # the pipe is gone: point fd 1 at /dev/null so that the
            # still-buffered text can be flushed (and lost) without error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):
            pass
    return OSError(e.errno, e.strerror)


@external("io_write_stdout")
def write_stdout(s: str) -> None:
    """Raises OSError ("[Errno 32] Broken pipe") if stdout cannot be written."""
    if _HostStdout.broken is not None:
        raise _stdout_failed(_HostStdout.broken)
    try:
        sys.stdout.write(s)
    except OSError as e:
        raise _stdout_failed(e) from None


@external("io_write_stderr")
def write_stderr(s: str) -> None:
    """Flushes stdout first, quietly: a failed stdout is not stderr's error."""
    try:
        sys.stdout.flush()
    except OSError as e:
        _stdout_failed(e)
    sys.stderr.write(s)
    sys.stderr.flush()


@external("io_flush_stdout")
def flush_stdout() -> None:
    """Raises OSError as write_stdout does."""
    if _HostStdout.broken is not None:
        raise _stdout_failed(_HostStdout.broken)
    try:
        sys.stdout.flush()
    except OSError as e:
        raise _stdout_failed(e) from None


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
