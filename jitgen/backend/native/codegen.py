"""LLProgram -> LLVM IR text (one module)."""
from __future__ import annotations

from jitgen.lower import lltypes as lt
from jitgen.lower.llgraph import Graph, LLProgram
from jitgen.backend.native.funcgen import FunctionGen, graph_has_calls, graph_may_raise
from jitgen.backend.native.lltypemap import lty
from jitgen.backend.native.module import GenError, ModuleGen

HEADER = """\
@rt_exc = dso_local global ptr null, align 8
@rt_stack_limit = dso_local global i64 0, align 8
declare ptr @llvm.frameaddress.p0(i32)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.ssub.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)
declare double @llvm.fabs.f64(double)
declare double @llvm.floor.f64(double)
declare double @llvm.ceil.f64(double)
declare double @llvm.sqrt.f64(double)
declare void @rt_raise_stack_overflow()
!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
"""


class ProgramGen(ModuleGen):
    def may_raise(self, g: Graph) -> bool:
        if id(g) not in self.raises:
            self.raises[id(g)] = graph_has_calls(g) or graph_may_raise(g)
        return self.raises[id(g)]

    def rdict_wrapper(self, g: Graph, kind: str, kt: lt.LLType) -> str:
        """i64 (i64, i64) / i64 (i64) adapters the C dict calls."""
        key = (id(g), kind)
        if key in self.rdict_wrappers:
            return self.rdict_wrappers[key]
        name = f"@rdict.{kind}.{len(self.rdict_wrappers)}"
        self.rdict_wrappers[key] = name
        ty = lty(kt)
        conv = {"ptr": "inttoptr i64 {} to ptr", "i64": None, "double": "bitcast i64 {} to double",
                "i1": "trunc i64 {} to i1"}[ty]
        nargs = 2 if kind == "eq" else 1
        lines = [f"define internal i64 {name}({', '.join(f'i64 %w{i}' for i in range(nargs))}) {{"]
        args = []
        for i in range(nargs):
            if conv is None:
                args.append(f"{ty} %w{i}")
            else:
                lines.append(f"  %a{i} = " + conv.format(f"%w{i}"))
                args.append(f"{ty} %a{i}")
        rt = g.result_type
        lines.append(f"  %r = call {lty(rt)} {self.fname(g)}({', '.join(args)})")
        if rt == lt.Bool:
            lines.append("  %z = zext i1 %r to i64")
            lines.append("  ret i64 %z")
        else:
            lines.append("  ret i64 %r")
        lines.append("}")
        self.funcs.append("\n".join(lines) + "\n")
        return name

    def entry_points(self) -> None:
        main = self.prog.entry
        self.funcs.append(
            f"define i64 @tandem_entry(ptr %argv) {{\n"
            f"  %r = call {lty(main.result_type)} {self.fname(main)}(ptr %argv)\n"
            + ("  ret i64 %r\n" if main.result_type == lt.Signed else "  ret i64 0\n") + "}\n")
        exc = self.prog.exceptions.get("Exception") or self.prog.classdef("Exception")
        L = self.layouts.of(exc)
        slot = L.slots["m:__str__"]
        self.funcs.append(
            "define ptr @tandem_exc_str(ptr %e) {\n"
            "  %vt = load ptr, ptr %e\n"
            f"  %sp = getelementptr ptr, ptr %vt, i64 {2 + slot}\n"
            "  %fn = load ptr, ptr %sp\n"
            "  %r = call ptr %fn(ptr %e)\n"
            "  ret ptr %r\n}\n")

    def generate(self) -> str:
        if self.prog.entry is None:
            raise GenError("the program has no main(argv: list[str]) -> int")
        for g in self.prog.graphs:
            self.funcs.append(FunctionGen(self, g).generate())
        self.vtables()
        self.entry_points()
        init = self.init_function()
        parts = [HEADER]
        parts.extend(self.layouts.struct_defs())
        parts.extend(self.globals)
        parts.extend(self.decls.values())
        parts.extend(self.funcs)
        parts.append(init)
        return "\n".join(parts) + "\n"


def generate_ir(prog: LLProgram) -> str:
    return ProgramGen(prog).generate()
