"""`tandem smalltalk`: SOM's launcher conventions on Tandem's Smalltalk VM.

    tandem smalltalk [OPTIONS] [-cp PATH] [-e EXPR | Class args... |
                                           script.st | path/To/Class.som args...]

Options come first; the first other argument is the program and the rest are
its arguments (SOM's argument array starts with the program: the class name
or the file as given).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from launcher import tandem_version
from launcher.embedding import Backend
from launcher.languages import SMALLTALK
from launcher.pyargs import ArgError
from launcher.run_python import status_to_exit

USAGE = ("tandem smalltalk [OPTIONS] [-cp PATH] "
         "[-e EXPR | Class ARGS... | script.st | path/To/Class.som ARGS...]")

HELP = f"""\
Usage: {USAGE}

Run a Smalltalk (SOM) program on Tandem's Smalltalk VM.

  Class ARGS...        load Class.som from the classpath and run it (SOM's
                       convention: `run:` with the argument array, whose
                       first element is the class name)
  path/To/Class.som    the same for a class file; its folder joins the
                       classpath
  script.st            run a file of statements
  (nothing)            the interactive prompt on a terminal; otherwise the
                       statements read from stdin

Options (before the program):
  -cp, --classpath PATH   colon-separated folders to load classes from
  -e EXPR                 evaluate statements (print with `println`, or
                          use -i to see values at the prompt)
  -i                      the interactive prompt after the program
  -q                      no banner at the interactive prompt
  --backend host|native|cli
                          which build of the VM runs the program; default:
                          the fastest one that is built ($TANDEM_BACKEND)
  -V, --version           print the version and exit
  -h, --help              print this help and exit
"""


@dataclass
class SmalltalkArgs:
    backend: str | None = None
    classpath: str | None = None
    expr: str | None = None
    program: str | None = None
    argv: list[str] = field(default_factory=list)
    inspect: bool = False
    quiet: bool = False
    version: bool = False
    help: bool = False


def parse_smalltalk_args(args: list[str]) -> SmalltalkArgs:
    out = SmalltalkArgs()
    i = 0

    def value(opt: str) -> str:
        if i + 1 >= len(args):
            raise ArgError(f"option {opt} requires an argument")
        return args[i + 1]

    while i < len(args):
        a = args[i]
        name, eq, attached = a.partition("=") if a.startswith("--") \
            else (a, "", "")
        if a == "--":
            i += 1
            break
        if name in ("-cp", "--classpath"):
            out.classpath = attached if eq else value(a)
        elif name == "--backend":
            out.backend = attached if eq else value(a)
        elif a == "-e":
            out.expr = value(a)
        elif a in ("-i", "-q", "-V", "--version", "-h", "--help"):
            if a == "-i":
                out.inspect = True
            elif a == "-q":
                out.quiet = True
            elif a in ("-V", "--version"):
                out.version = True
            else:
                out.help = True
            i += 1
            continue
        elif a.startswith("-") and a != "-":
            raise ArgError(f"unknown option {a}")
        else:
            break
        i += 1 if eq else 2
    rest = list(args[i:])
    if out.expr is not None:
        out.argv = ["-e"] + rest
    elif rest:
        out.program = rest[0]
        out.argv = rest
    return out


def version_text() -> str:
    return f"Tandem Smalltalk (SOM) (tandem {tandem_version()})"


def run_smalltalk(opts: SmalltalkArgs, backend: Backend) -> int:
    prog = opts.program
    is_file = prog is not None and (prog.endswith((".som", ".st"))
                                    or os.sep in prog or prog == "-")
    if is_file and prog != "-" and not os.path.exists(prog):
        sys.stderr.write(f"tandem smalltalk: can't open file "
                         f"{os.path.abspath(prog)!r}: "
                         f"No such file or directory\n")
        return 2
    vm = backend.create_vm(opts.argv)
    if opts.classpath is not None:
        if vm.configure("classpath", opts.classpath) != 0:
            sys.stderr.write("tandem smalltalk: this VM does not take a "
                             "classpath\n")
            return 2
    status = 0
    has_program = True
    if opts.expr is not None:
        status = vm.eval(opts.expr, "<command line>", "exec")
    elif prog == "-" or (prog is None and not sys.stdin.isatty()
                         and not opts.inspect):
        status = vm.eval(sys.stdin.read(), "<stdin>", "exec")
    elif is_file:
        status = vm.run_file(prog)
    elif prog is not None:
        status = vm.run_main(prog)
    else:
        has_program = False
    sys.stdout.flush()
    if status == 2:
        return vm.exit_code()
    if has_program and not opts.inspect:
        return status_to_exit(vm, status)
    banner = None if (has_program or opts.quiet) \
        else SMALLTALK.banner(backend.kind)
    from launcher.repl import run_repl
    return run_repl(vm, SMALLTALK, banner)
