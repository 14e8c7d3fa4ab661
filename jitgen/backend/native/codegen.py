"""LLProgram -> LLVM IR text (one module)."""
from __future__ import annotations

from jitgen.lower import lltypes as lt
from jitgen.lower.llgraph import Graph, LLProgram
from jitgen.backend.native.callgraph import CallGraph
from jitgen.backend.native.funcgen import FREELIST_GRANULES, FunctionGen
from jitgen.backend.native.lltypemap import lty
from jitgen.backend.native.module import GenError, ModuleGen

HEADER = """\
@rt_exc = dso_local global ptr null, align 8
@rt_stack_limit = dso_local global i64 0, align 8
@rt_chars = external global [256 x ptr]
declare i64 @llvm.read_register.i64(metadata)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.ssub.with.overflow.i64(i64, i64)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)
declare double @llvm.fabs.f64(double)
declare double @llvm.floor.f64(double)
declare double @llvm.ceil.f64(double)
declare double @llvm.sqrt.f64(double)
declare void @rt_raise_stack_overflow() nounwind cold
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
!2 = !{!"rsp"}
""" + f"@rt_freelists = dso_local global [2 x [{FREELIST_GRANULES} x ptr]] zeroinitializer, align 8\n"


EMBED_API = ("create_vm", "configure", "run_file", "run_main", "eval", "is_complete", "complete",
             "exit_code", "interrupt")


class ProgramGen(ModuleGen):
    shared = False

    cg: CallGraph

    def may_raise(self, g: Graph) -> bool:
        return self.cg.may_raise(g)

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

    def embed_exports(self) -> None:
        """tandem_embed_<name> for each function the program lists in
        JITGEN_EXPORTS (without that list: each embedding-API function of
        docs/embedding.md found by name); vm/native/rt_embed.c adapts the
        embedding API's ones to C."""
        found: dict[str, Graph] = {}
        exports = getattr(self.prog, "exports", None) or {}
        for short, qual in exports.items():   # JITGEN_EXPORTS (jitgen/driver/pipeline.py)
            found[short] = self.prog.graph(qual)
        entry_mod = self.prog.entry.name.rsplit(".", 1)[0] if self.prog.entry is not None else None
        for g in self.prog.graphs:
            if g.classdef is not None or exports:
                continue
            mod, _, short = g.name.rpartition(".")
            if short in EMBED_API and (short not in found or mod == entry_mod):
                found[short] = g
        for name, g in found.items():
            params = [v for v in g.args if v.concretetype != lt.Void]
            sig = ", ".join(f"{lty(v.concretetype)} %a{i}" for i, v in enumerate(params))
            args = ", ".join(f"{lty(v.concretetype)} %a{i}" for i, v in enumerate(params))
            rt = lty(g.result_type)
            if rt == "void":
                body = f"  call void {self.fname(g)}({args})\n  ret void\n"
            else:
                body = f"  %r = call {rt} {self.fname(g)}({args})\n  ret {rt} %r\n"
            self.funcs.append(f"define {rt} @tandem_embed_{name}({sig}) {{\n{body}}}\n")

    def generate(self) -> str:
        self.cg = CallGraph(self.prog, self.layouts)
        if self.shared:
            self.embed_exports()
        if self.prog.entry is None and not self.shared:
            raise GenError("the program has no main(argv: list[str]) -> int")
        for g in self.prog.graphs:
            self.funcs.append(FunctionGen(self, g).generate())
        self.vtables()
        if self.prog.entry is not None:
            self.entry_points()
        init = self.init_function()
        parts = [HEADER]
        parts.extend(self.layouts.struct_defs())
        parts.extend(self.globals)
        parts.extend(self.decls.values())
        parts.extend(self.funcs)
        parts.append(init)
        parts.extend(self.tbaa_metadata())
        return "\n".join(parts) + "\n"


def generate_ir(prog: LLProgram, shared: bool = False) -> str:
    gen = ProgramGen(prog)
    gen.shared = shared
    return gen.generate()
