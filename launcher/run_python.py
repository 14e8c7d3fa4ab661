"""`tandem python`: run a program the way CPython's `python` does."""
from __future__ import annotations

import os
import sys

from launcher import tandem_version
from launcher.embedding import VM, Backend
from launcher.languages import PYTHON
from launcher.pyargs import PythonArgs

PYTHON_VERSION = "3.11"


def version_text(verbose: int) -> str:
    text = f"Tandem Python {PYTHON_VERSION} (tandem {tandem_version()})"
    if verbose > 1:
        text += f" [host: CPython {sys.version.split()[0]}]"
    return text


def _env(opts: PythonArgs, name: str) -> str:
    return "" if opts.ignore_env else os.environ.get(name, "")


def status_to_exit(vm: VM, status: int) -> int:
    """0 finished, 1 uncaught error (already reported), 2 exit requested.
    A program that died of Ctrl-C ends this process by SIGINT, as CPython
    does, so a shell sees 130 and stops a script that ran it."""
    if status == 2:
        return vm.exit_code()
    if status != 0 and vm.interrupted:
        die_by_sigint()
    return 0 if status == 0 else 1


def die_by_sigint() -> None:
    import signal
    sys.stdout.flush()
    sys.stderr.flush()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)
    sys.exit(130)  # only if the signal did not end the process


def run_python(opts: PythonArgs, backend: Backend) -> int:
    """Run what the options say; the process exit status."""
    if opts.unbuffered or _env(opts, "PYTHONUNBUFFERED"):
        unbuffer_stdio()
    # As CPython: PYTHONINSPECT gives the prompt only when stdin is a
    # terminal, where -i gives it always.  It is removed from the
    # environment, or the CPython running this launcher would obey it too.
    inspect = opts.inspect or (bool(_env(opts, "PYTHONINSPECT"))
                               and sys.stdin.isatty())
    os.environ.pop("PYTHONINSPECT", None)
    has_program = (opts.command is not None or opts.module is not None
                   or opts.script is not None)
    if opts.script is not None and opts.script != "-":
        if not os.path.exists(opts.script):
            sys.stderr.write(
                f"tandem python: can't open file "
                f"{os.path.abspath(opts.script)!r}: [Errno 2] "
                f"No such file or directory\n")
            return 2
    interactive_stdin = sys.stdin.isatty()
    vm = backend.create_vm(opts.argv)
    status = 0
    if opts.command is not None:
        command = opts.command if opts.command.endswith("\n") \
            else opts.command + "\n"
        status = vm.eval(command, "<string>", "exec")
    elif opts.module is not None:
        status = vm.run_main(opts.module)
    elif opts.script == "-" or (opts.script is None and not interactive_stdin
                                and not inspect):
        status = vm.eval(sys.stdin.read(), "<stdin>", "exec")
        has_program = True
    elif opts.script is not None:
        status = vm.run_file(opts.script)
    sys.stdout.flush()
    if status == 2:
        # CPython -i would print SystemExit's traceback and carry on into
        # the prompt; we honour the exit (documented in docs/launcher.md).
        return vm.exit_code()
    if has_program and not inspect:
        return status_to_exit(vm, status)
    banner = None
    if not has_program:
        startup = _env(opts, "PYTHONSTARTUP")
        if startup:
            done = _run_startup(vm, startup)
            if done is not None:
                return done
        if not opts.quiet:
            banner = PYTHON.banner(backend.kind)
    from launcher.repl import run_repl
    return run_repl(vm, PYTHON, banner)


def unbuffer_stdio() -> None:
    """-u: every write reaches the file descriptor at once.  The host VM
    writes through sys.stdout/sys.stderr, so they are replaced by text
    streams over raw (unbuffered) files."""
    import io
    for name, fd in (("stdout", 1), ("stderr", 2)):
        old = getattr(sys, name)
        try:
            old.flush()
            raw = io.FileIO(fd, "w", closefd=False)
        except (OSError, ValueError, AttributeError):
            continue
        setattr(sys, name, io.TextIOWrapper(
            raw, encoding=old.encoding, errors=old.errors,
            write_through=True))


def _run_startup(vm: VM, path: str) -> int | None:
    """PYTHONSTARTUP: run before the first prompt, in __main__; errors are
    reported and the prompt still comes.  An exit request ends the session."""
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        sys.stderr.write(f"Could not open PYTHONSTARTUP\n{e}\n")
        return None
    status = vm.eval(source, path, "exec")
    sys.stdout.flush()
    if status == 2:
        return vm.exit_code()
    return None
