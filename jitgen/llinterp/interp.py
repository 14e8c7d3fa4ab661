"""The low-level graph interpreter: runs an LLProgram exactly as translated
code must behave (docs/lowlevel.md): 64-bit overflow checks, IndexError,
KeyError, ZeroDivisionError, StackOverflow from a depth counter."""
from __future__ import annotations

import os
import sys
import threading

from jitgen.llinterp import ops as llops
from jitgen.lower import lltypes as lt
from jitgen.lower.llgraph import Constant, LAST_EXCEPTION, LLProgram


class LLException(Exception):
    """An exception of the interpreted program; .value is an LLInstance."""

    def __init__(self, value: lt.LLInstance) -> None:
        super().__init__(value.classdef.pyname)
        self.value = value
        self.where: list = []      # (graph name, position) while unwinding


class LLFatal(Exception):
    """A fatal error of the interpreted program (null dereference...)."""


class LLInterpreter:
    MAX_DEPTH = 2800

    def __init__(self, prog: LLProgram) -> None:
        self.prog = prog
        self.depth = 0
        self.ops = llops.OpTable(self)
        self.plans: dict = {}

    # ---- exceptions ------------------------------------------------------
    def make_exc(self, name: str, message: str) -> LLException:
        cd = self.prog.exceptions[name]
        inst = lt.LLInstance(cd)
        inst.fields["message"] = message
        return LLException(inst)

    def exc_str(self, inst: lt.LLInstance) -> str:
        g = inst.classdef.lookup_method("__str__")
        if g is None:
            return inst.fields.get("message") or ""
        return self.call(g, [inst])

    # ---- calls ------------------------------------------------------------
    def call(self, graph, args: list):
        self.depth += 1
        try:
            if self.depth > self.MAX_DEPTH:
                raise self.make_exc("StackOverflow", "maximum recursion depth exceeded")
            return self.run_graph(graph, args)
        finally:
            self.depth -= 1

    def plan(self, block):
        """Per-block precomputation: op functions and argument sources."""
        p = self.plans.get(id(block))
        if p is not None:
            return p
        table = self.ops.table

        def spec(args):
            return tuple((True, a.value) if isinstance(a, Constant) else (False, id(a)) for a in args)

        ops = [(table[op.opname], op, spec(op.args), id(op.result)) for op in block.operations]
        links = [(l, spec(l.args)) for l in block.exits]
        p = (tuple(id(v) for v in block.inputargs), ops, links)
        self.plans[id(block)] = p
        return p

    def run_graph(self, graph, args: list):
        block = graph.startblock
        values = args
        returnblock = graph.returnblock
        exceptblock = graph.exceptblock
        while True:
            if block is returnblock:
                return values[0]
            if block is exceptblock:
                raise LLException(values[0])
            inputs, ops, links = self.plan(block)
            env = dict(zip(inputs, values))
            caught = None
            last = len(ops) - 1
            for i, (fn, op, spec, res) in enumerate(ops):
                argv = [v if c else env[v] for c, v in spec]
                try:
                    env[res] = fn(op, argv)
                except LLException as e:
                    if i == last and block.exitswitch is LAST_EXCEPTION:
                        caught = e
                        break
                    e.where.append((graph.name, op.pos))
                    raise
                except RecursionError:
                    raise self.make_exc("StackOverflow", "maximum recursion depth exceeded")
            sw = block.exitswitch
            if sw is None:
                link, lspec = links[0]
            elif sw is LAST_EXCEPTION:
                if caught is None:
                    link, lspec = links[0]
                else:
                    link = None
                    for l, ls in links[1:]:
                        if caught.value.classdef.is_subclass_of(l.exitcase):
                            link, lspec = l, ls
                            break
                    if link is None:
                        raise caught
                    env[id(link.last_exc_value)] = caught.value
            else:
                link, lspec = links[1] if env[id(sw)] else links[0]
            values = [v if c else env[v] for c, v in lspec]
            block = link.target

    # ---- whole programs -----------------------------------------------------
    def run_main(self, argv: list[str]) -> int:
        try:
            code = self.call(self.prog.entry, [list(argv)])
        except LLException as e:
            sys.stdout.flush()
            if os.environ.get("JITGEN_LLTRACE"):
                # where the uncaught exception went through (innermost first)
                for name, pos in e.where:
                    sys.stderr.write(f"  in {name} at {pos}\n")
            msg = self.exc_str(e.value)
            name = e.value.classdef.report_name
            sys.stderr.write(f"{name}: {msg}\n" if msg else f"{name}\n")
            sys.stderr.flush()
            return 1
        except LLFatal as e:
            sys.stdout.flush()
            sys.stderr.write(f"{e}\n")
            return 1
        sys.stdout.flush()
        return code if isinstance(code, int) else 0


def run_program(prog: LLProgram, argv: list[str]) -> int:
    """Run main(argv) in a thread with a large stack (deep interpreted
    recursion must raise StackOverflow, never crash the host)."""
    result = [1]

    def target() -> None:
        result[0] = LLInterpreter(prog).run_main(argv)

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 60000))
    old_size = threading.stack_size()
    threading.stack_size(512 * 1024 * 1024)
    try:
        t = threading.Thread(target=target)
        t.start()
        t.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    return result[0]
