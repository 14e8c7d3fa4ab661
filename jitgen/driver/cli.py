"""The jitgen command line: check, run, dump, build."""
from __future__ import annotations

import argparse
import sys
import time

from jitgen.driver.pipeline import CheckFailed


def _report(e: CheckFailed) -> int:
    for err in e.errors:
        print(err, file=sys.stderr)
    n = len(e.errors)
    print(f"{n} error{'s' if n != 1 else ''}", file=sys.stderr)
    return 1


def cmd_check(args) -> int:
    from jitgen.driver.pipeline import check_program
    t0 = time.time()
    checker = check_program(args.program)
    if args.stats:
        nfun = len([f for f in checker.order if f.graph is not None])
        print(f"{nfun} functions checked in {time.time() - t0:.2f}s", file=sys.stderr)
    return 0


def cmd_run(args) -> int:
    import importlib
    from jitgen.driver.pipeline import translate_to_lowlevel
    prog = translate_to_lowlevel(args.program)
    argv = [args.program] + list(args.args)
    if args.backend == "graph":
        from jitgen.llinterp.interp import run_program
        return run_program(prog, argv)
    # translated backends: jitgen.backend.<name>.run(program, argv, options) -> exit status
    backend = importlib.import_module(f"jitgen.backend.{args.backend}")
    runner = getattr(backend, "run", None)
    if runner is None:
        print(f"jitgen: backend '{args.backend}' has no run() yet", file=sys.stderr)
        return 2
    return runner(prog, argv, {})


def cmd_dump(args) -> int:
    from jitgen.driver import pipeline
    from jitgen.lower.llgraph import format_graph, format_program
    if args.phase == "lowered":
        prog = pipeline.translate_to_lowlevel(args.program)
        print(format_program(prog, args.func), end="")
        return 0
    checker = pipeline.check_program(args.program)
    for fd in checker.order:
        if fd.graph is None:
            continue
        if args.func and not (fd.name == args.func or fd.name.endswith("." + args.func)):
            continue
        if args.phase == "flow":
            for b in fd.graph.iterblocks():
                for v in b.inputargs:
                    v.hltype = None
                for op in b.operations:
                    op.result.hltype = None
        print(format_graph(fd.graph))
        print()
    return 0


def cmd_build(args) -> int:
    import importlib
    from jitgen.driver.pipeline import translate_to_lowlevel
    options = dict(kv.split("=", 1) for kv in args.opt)
    if args.shared:   # the same as --opt shared=1
        options["shared"] = "1"
    prog = translate_to_lowlevel(args.program)
    backend = importlib.import_module(f"jitgen.backend.{args.backend}")
    build = getattr(backend, "build", None)
    if build is None:
        print(f"jitgen: backend '{args.backend}' has no build() yet", file=sys.stderr)
        return 2
    build(prog, args.output, options)
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m jitgen")
    p.add_argument("--debug", action="store_true", help="show toolchain tracebacks")
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check", help="type-check a program against the subset")
    c.add_argument("program")
    c.add_argument("--stats", action="store_true")
    r = sub.add_parser("run", help="run a program through the low-level graph interpreter")
    r.add_argument("--backend", choices=["graph", "native", "cli"], default="graph")
    r.add_argument("program")
    r.add_argument("args", nargs=argparse.REMAINDER)
    d = sub.add_parser("dump", help="print the graphs of a phase")
    d.add_argument("program")
    d.add_argument("--phase", choices=["flow", "typed", "lowered"], default="lowered")
    d.add_argument("--func")
    b = sub.add_parser("build", help="translate with a backend")
    b.add_argument("program")
    b.add_argument("--backend", choices=["native", "cli"], required=True)
    b.add_argument("-o", "--output", required=True)
    b.add_argument("--opt", action="append", default=[], help="backend option KEY=VALUE")
    b.add_argument("--shared", action="store_true",
                   help="a shared library with the embedding API (docs/embedding.md) "
                        "instead of an executable")
    argv = list(sys.argv[1:] if argv is None else argv)
    # --debug may come anywhere before the program's own arguments
    prog_index = next((i for i, a in enumerate(argv) if a.endswith(".py")), len(argv))
    debug = "--debug" in argv[:prog_index + 1] or "--debug" in argv[prog_index + 1:] and argv[0] != "run"
    if debug:
        argv.remove("--debug")
    args = p.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    try:
        return {"check": cmd_check, "run": cmd_run, "dump": cmd_dump, "build": cmd_build}[args.cmd](args)
    except CheckFailed as e:
        return _report(e)
    except Exception as e:
        if debug:
            raise
        print(f"jitgen: internal error: {type(e).__name__}: {e} (run with --debug for a traceback)",
              file=sys.stderr)
        return 3
