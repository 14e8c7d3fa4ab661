"""The embedding API of a translated VM as class Tandem.Embed
(docs/embedding.md): for each of create_vm, configure, run_file, run_main,
eval, is_complete, complete, exit_code, interrupt that the program defines
(a top-level function; the one in the entry module wins), a public static
method with the same name and signature (long, string, List<string>).

Each method resets the depth counter, calls the function, and flushes
stdout; an exception that escapes (a bug of the VM: the API returns
statuses) is reported like an uncaught one and the call returns 1 (null for
complete).
"""
from __future__ import annotations

from jitgen.lower import lltypes as lt

EMBED_API = ("create_vm", "configure", "run_file", "run_main", "eval", "is_complete", "complete",
             "exit_code", "interrupt")


def embed_functions(prog) -> dict:
    entry_mod = prog.entry.name.rsplit(".", 1)[0] if prog.entry is not None else None
    found: dict = {}
    for g in prog.graphs:
        if g.classdef is not None:
            continue
        mod, _, short = g.name.rpartition(".")
        if short in EMBED_API and (short not in found or mod == entry_mod):
            found[short] = g
    return found


def define_embed(gen) -> None:
    MA, TA, O, tm = gen.MA, gen.TA, gen.OpCodes, gen.tm
    tb = gen.mb.DefineType("Tandem.Embed", TA.Public | TA.Class | TA.Sealed | TA.Abstract)
    gen.embed_tb = tb
    cc = tb.DefineTypeInitializer()
    il = cc.GetILGenerator()
    il.Emit(O.Call, gen.setup)
    il.Emit(O.Call, tm.method(tm.RT, "InitEmbed"))
    il.Emit(O.Call, gen.consts.init)
    il.Emit(O.Ret)
    for name, g in embed_functions(gen.prog).items():
        ptypes, rtype = gen.method_sigs[g]
        m = tb.DefineMethod(name, MA.Public | MA.Static, rtype, tm.types(ptypes))
        il = m.GetILGenerator()
        result = None if g.result_type == lt.Void else il.DeclareLocal(rtype)
        il.Emit(O.Call, tm.method(tm.RT, "EmbedEnter"))
        il.BeginExceptionBlock()
        for i in range(len(ptypes)):
            il.Emit(O.Ldarg_S if False else O.Ldarg, _i16(i))
        il.Emit(O.Call, gen.graph_methods[g])
        if result is not None:
            il.Emit(O.Stloc, result)
        il.BeginCatchBlock(tm.PyExc)
        il.Emit(O.Call, tm.method(tm.RT, "Report"))
        if result is not None:
            if rtype.IsValueType:
                il.Emit(O.Ldc_I4_1)
                il.Emit(O.Conv_I8)
            else:
                il.Emit(O.Ldnull)
            il.Emit(O.Stloc, result)
        il.EndExceptionBlock()
        il.Emit(O.Call, tm.method(tm.RT, "FlushQuiet"))
        if result is not None:
            il.Emit(O.Ldloc, result)
        il.Emit(O.Ret)


def _i16(i: int):
    from System import Int16
    return Int16(i)
