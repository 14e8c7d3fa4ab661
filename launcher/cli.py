"""The `tandem` command (click): python, smalltalk, translate, info.

Exit status: 0 success, 1 an uncaught error in the program, 2 bad usage or a
backend that cannot be used; a program's own exit code passes through.
Nothing here lets a Python traceback of the launcher reach the user unless
--debug (or TANDEM_DEBUG=1) is given.
"""
from __future__ import annotations

import os
import sys
import traceback

import click

from launcher import tandem_version
from launcher.embedding import BackendError, LANGUAGE_NAMES, select_backend
from launcher.pyargs import ArgError

RAW = {"ignore_unknown_options": True, "allow_extra_args": True,
       "allow_interspersed_args": False, "help_option_names": []}


def _debug() -> bool:
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    flag = bool(root and root.obj and root.obj.get("debug"))
    return flag or os.environ.get("TANDEM_DEBUG", "") not in ("", "0")


def _warn(message: str) -> None:
    sys.stderr.write(f"tandem: {message}\n")


def _exit(status: int) -> None:
    """sys.exit(status); but once pythonnet has started Mono in this process
    (the cli backend), flush and leave at once: Mono's shutdown under
    pythonnet took about half a second of the launcher's time, and has
    nothing left to do (each call of the embedding API flushes the VM's
    output before it returns)."""
    if "clr" in sys.modules:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(status)
    sys.exit(status)


def _run_guarded(lang: str, body) -> int:
    """Run the launcher's work for one VM; turn failures into messages."""
    try:
        return body()
    except BackendError as e:
        _warn(str(e))
        return e.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("KeyboardInterrupt\n")
        return 130
    except BrokenPipeError:  # `tandem python prog.py | head`: not a bug
        # Point stdout at /dev/null so the exit-time flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        _warn("the output was closed early (broken pipe)")
        return 1
    except Exception as e:
        if _debug():
            traceback.print_exc()
        else:
            _warn(f"internal error in the {LANGUAGE_NAMES[lang]} VM or the "
                  f"launcher: {type(e).__name__}: {e} "
                  f"(run with --debug for the traceback)")
        return 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(tandem_version(), "--version", prog_name="tandem",
                      message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True,
              help="Show the launcher's own tracebacks on internal errors.")
@click.pass_context
def tandem(ctx: click.Context, debug: bool) -> None:
    """Tandem: run its Python and Smalltalk VMs, and translate programs."""
    ctx.obj = {"debug": debug}


@tandem.command("python", context_settings=RAW, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED,
                metavar="[-c CMD | -m MOD | script.py | -] [ARGS]...")
def python_command(args: tuple[str, ...]) -> None:
    """Run a Python program (CPython's options: -c, -m, -i, -, ...).

    See `tandem python -h`.
    """
    from launcher.pyargs import HELP, parse_python_args
    try:
        opts = parse_python_args(list(args))
    except ArgError as e:
        raise click.UsageError(f"{e}\nTry 'tandem python -h' for help.")
    if opts.help:
        click.echo(HELP, nl=False)
        sys.exit(0)
    if opts.version:
        from launcher.run_python import version_text
        click.echo(version_text(opts.version))
        sys.exit(0)

    def body() -> int:
        from launcher.run_python import run_python
        backend = select_backend("python", opts.backend, _warn)
        return run_python(opts, backend)
    _exit(_run_guarded("python", body))


@tandem.command("smalltalk", context_settings=RAW, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED,
                metavar="[-cp PATH] [-e EXPR | Class ARGS... | FILE ARGS...]")
def smalltalk_command(args: tuple[str, ...]) -> None:
    """Run a Smalltalk (SOM) program: [-cp PATH] [-e EXPR | Class args...].

    See `tandem smalltalk -h`.
    """
    from launcher.run_smalltalk import HELP, parse_smalltalk_args
    try:
        opts = parse_smalltalk_args(list(args))
    except ArgError as e:
        raise click.UsageError(f"{e}\nTry 'tandem smalltalk -h' for help.")
    if opts.help:
        click.echo(HELP, nl=False)
        sys.exit(0)
    if opts.version:
        from launcher.run_smalltalk import version_text
        click.echo(version_text())
        sys.exit(0)

    def body() -> int:
        from launcher.run_smalltalk import run_smalltalk
        backend = select_backend("smalltalk", opts.backend, _warn)
        return run_smalltalk(opts, backend)
    _exit(_run_guarded("smalltalk", body))


@tandem.command("translate", context_settings={"ignore_unknown_options": True})
@click.argument("program", type=click.Path(dir_okay=False))
@click.option("--check", "check_only", is_flag=True,
              help="Only type-check the program (jitgen check).")
@click.option("--backend", type=click.Choice(["native", "cli"]),
              default="native", show_default=True,
              help="What to build.")
@click.option("-o", "--output", "output", default=None, metavar="OUT",
              help="Where the build goes; for interpreters/<lang>/target.py "
                   "the default is $TANDEM_HOME/<lang>-<backend>.")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def translate_command(program: str, check_only: bool, backend: str,
                      output: str | None, extra: tuple[str, ...]) -> None:
    """Check or build a subset program with jitgen.

    Extra arguments after the program are passed to jitgen unchanged.
    """
    from launcher import translate
    if not os.path.isfile(program):
        raise click.BadParameter(f"no such file: {program}",
                                 param_hint="PROGRAM")
    try:
        if check_only:
            status = translate.check(program, list(extra))
        else:
            status = translate.build(program, backend, output, list(extra))
    except KeyboardInterrupt:
        sys.stderr.write("KeyboardInterrupt\n")
        status = 130
    except Exception as e:
        if _debug():
            traceback.print_exc()
        else:
            _warn(f"internal error in jitgen: {type(e).__name__}: {e} "
                  f"(run with --debug for the traceback)")
        status = 1
    sys.exit(status)


@tandem.command("info")
def info_command() -> None:
    """Show which backends are built for each VM, and tool versions."""
    from launcher.info import info_text
    click.echo(info_text())


def main() -> None:
    """Console-script entry point."""
    try:
        tandem()
    except SystemExit as e:
        if not sys.flags.inspect:
            raise
        # PYTHONINSPECT in the environment makes the CPython that runs the
        # launcher print SystemExit and stay alive; leave directly instead.
        code = e.code
        if code is None:
            code = 0
        elif not isinstance(code, int):
            sys.stderr.write(f"{code}\n")
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    main()
