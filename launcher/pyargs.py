"""Command-line parsing for `tandem python`, following CPython's rules.

Options come first; `-c CMD`, `-m MOD`, `-`, a script name or `--` end them,
and everything after goes to the program's sys.argv untouched.  Short flags
combine (`-iu`, `-ic CMD`, `-cCMD`).  Click cannot express this, so the click
command hands its raw arguments here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Flags accepted for CPython compatibility that change nothing here.
IGNORED_FLAGS = "bBdOsSvx"
# Options taking a value that are accepted and ignored (-W, -X).
IGNORED_WITH_VALUE = "WX"

USAGE = "tandem python [OPTIONS] [-c CMD | -m MOD | script.py | -] [ARGS]..."

HELP = f"""\
Usage: {USAGE}

Run a Python program on Tandem's Python VM, as CPython's `python` would.

Options (they must come before the program; the rest goes to sys.argv):
  -c CMD          run the program given as a string (sys.argv[0] is '-c')
  -m MOD          run library module MOD as __main__
  -               read the program from stdin (the default when stdin is
                  not a terminal)
  -i              go to the interactive prompt after running the program
                  (also when stdin is not a terminal); PYTHONINSPECT=x too
  -q              do not print the banner in interactive mode
  -u              unbuffered stdout and stderr; PYTHONUNBUFFERED=x too
  -E              ignore PYTHON* environment variables (PYTHONSTARTUP, ...)
  -I              isolate: implies -E
  -V, --version   print the version and exit
  -h, --help      print this help and exit
  --backend host|native|cli
                  which build of the VM runs the program; default: the
                  fastest one that is built (also $TANDEM_BACKEND)
  -b -B -d -O -s -S -v -x, -W ARG, -X OPT
                  accepted for compatibility with CPython; no effect

Environment: PYTHONSTARTUP (a file run before the first interactive prompt),
PYTHONINSPECT, PYTHONUNBUFFERED, TANDEM_BACKEND, TANDEM_HOME (where built
VMs live).
"""


class ArgError(Exception):
    """Bad command line: a usage error (exit status 2)."""


@dataclass
class PythonArgs:
    backend: str | None = None
    command: str | None = None       # -c
    module: str | None = None        # -m
    script: str | None = None        # a path, or "-" for stdin
    argv: list[str] = field(default_factory=lambda: [""])
    inspect: bool = False            # -i
    quiet: bool = False              # -q
    unbuffered: bool = False         # -u
    ignore_env: bool = False         # -E / -I
    version: int = 0                 # -V count
    help: bool = False


def _value(args: list[str], i: int, rest: str, opt: str) -> tuple[str, int]:
    """The value of an option: attached (`-cCMD`) or the next argument."""
    if rest:
        return rest, i + 1
    if i + 1 < len(args):
        return args[i + 1], i + 2
    raise ArgError(f"Argument expected for the {opt} option")


def parse_python_args(args: list[str]) -> PythonArgs:
    out = PythonArgs()
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            i += 1
            break
        if a == "-":
            out.script = "-"
            out.argv = list(args[i:])
            return out
        if a.startswith("--"):
            name, eq, val = a.partition("=")
            if name == "--backend":
                if not eq:
                    val, i = _value(args, i, "", "--backend")
                else:
                    i += 1
                out.backend = val
            elif name == "--help" and not eq:
                out.help = True
                i += 1
            elif name == "--version" and not eq:
                out.version += 1
                i += 1
            elif name == "--check-hash-based-pycs":
                if not eq:
                    val, i = _value(args, i, "", name)
                else:
                    i += 1
            else:
                raise ArgError(f"unknown option {a}")
            continue
        if not a.startswith("-"):
            break
        j = 1
        i += 1
        while j < len(a):
            ch = a[j]
            if ch in "cm" or ch in IGNORED_WITH_VALUE:
                val, i = _value(args, i - 1, a[j + 1:], "-" + ch)
                if ch == "c":
                    out.command = val
                    out.argv = ["-c"] + list(args[i:])
                    return out
                if ch == "m":
                    out.module = val
                    out.argv = ["-m"] + list(args[i:])
                    return out
                break  # -W/-X value consumed
            if ch == "i":
                out.inspect = True
            elif ch == "q":
                out.quiet = True
            elif ch == "u":
                out.unbuffered = True
            elif ch == "E":
                out.ignore_env = True
            elif ch == "I":
                out.ignore_env = True
            elif ch == "V":
                out.version += 1
            elif ch == "h" or ch == "?":
                out.help = True
            elif ch in IGNORED_FLAGS:
                pass
            else:
                raise ArgError(f"unknown option -{ch}")
            j += 1
    rest = list(args[i:])
    if rest:
        out.script = rest[0]
        out.argv = rest
    return out
