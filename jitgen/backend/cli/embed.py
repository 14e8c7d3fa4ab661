"""The embedding API of a translated VM as class Tandem.Embed
(docs/embedding.md): for each of create_vm, configure, run_file, run_main,
eval, is_complete, complete, exit_code, interrupt that the program defines
(a top-level function; the one in the entry module wins), a public static
method with the same name and signature (long, string, List<string>).

Each method runs the function on a new thread with a 1 GiB stack and
waits for it (RT.OnBigStack), so the depth limit is the executable's
whatever thread the host calls from; there it resets the depth counter,
calls the function, and flushes stdout.  An exception that escapes (a bug of
the VM: the API returns statuses) is reported like an uncaught one and the
call returns 1 (null for complete).  `interrupt` runs directly on the
caller's thread, since it is called while another call runs.
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
        if name == "interrupt":
            # runs while another call does: no thread of its own, and it
            # must not reset the depth counter of the call it interrupts
            define_call(gen, tb, name, g, MA.Public | MA.Static, enter=False)
            continue
        impl = define_call(gen, tb, "call_" + name, g, MA.Private | MA.Static, enter=True)
        thunk = define_thunk(gen, tb, name, impl, ptypes, rtype)
        define_on_big_stack(gen, tb, name, thunk, ptypes, rtype)


def define_call(gen, tb, name, g, attrs, enter):
    """Resets the depth counter, calls g, reports an escaping exception (the
    result is then 1, or null), flushes stdout."""
    O, tm = gen.OpCodes, gen.tm
    ptypes, rtype = gen.method_sigs[g]
    m = tb.DefineMethod(name, attrs, rtype, tm.types(ptypes))
    il = m.GetILGenerator()
    result = None if g.result_type == lt.Void else il.DeclareLocal(rtype)
    if enter:
        il.Emit(O.Call, tm.method(tm.RT, "EmbedEnter"))
    il.BeginExceptionBlock()
    for i in range(len(ptypes)):
        il.Emit(O.Ldarg, _i16(i))
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
    return m


def define_thunk(gen, tb, name, impl, ptypes, rtype):
    """object thunk(object[] args): impl's arguments unpacked, its result boxed."""
    from System import Int32
    O, tm, MA = gen.OpCodes, gen.tm, gen.MA
    arr = tm.Array[tm.Type]([tm.object.MakeArrayType()])
    m = tb.DefineMethod("thunk_" + name, MA.Private | MA.Static, tm.object, arr)
    il = m.GetILGenerator()
    for i, pt in enumerate(ptypes):
        il.Emit(O.Ldarg_0)
        il.Emit(O.Ldc_I4, Int32(i))
        il.Emit(O.Ldelem_Ref)
        il.Emit(O.Unbox_Any if pt.IsValueType else O.Castclass, pt)
    il.Emit(O.Call, impl)
    if rtype.Equals(tm.void):
        il.Emit(O.Ldnull)
    elif rtype.IsValueType:
        il.Emit(O.Box, rtype)
    il.Emit(O.Ret)
    return m


def define_on_big_stack(gen, tb, name, thunk, ptypes, rtype):
    """The public entry point: RT.OnBigStack(thunk, args) (a thread with the
    executable's big stack, docs/backend-cli.md)."""
    from System import Int32, IntPtr
    import clr
    O, tm, MA = gen.OpCodes, gen.tm, gen.MA
    m = tb.DefineMethod(name, MA.Public | MA.Static, rtype, tm.types(ptypes))
    il = m.GetILGenerator()
    fn_t = tm.generic(tm.func2_def, [tm.object.MakeArrayType(), tm.object])
    il.Emit(O.Ldnull)
    il.Emit(O.Ldftn, thunk)
    il.Emit(O.Newobj, fn_t.GetConstructor(tm.types([tm.object, clr.GetClrType(IntPtr)])))
    il.Emit(O.Ldc_I4, Int32(len(ptypes)))
    il.Emit(O.Newarr, tm.object)
    for i, pt in enumerate(ptypes):
        il.Emit(O.Dup)
        il.Emit(O.Ldc_I4, Int32(i))
        il.Emit(O.Ldarg, _i16(i))
        if pt.IsValueType:
            il.Emit(O.Box, pt)
        il.Emit(O.Stelem_Ref)
    il.Emit(O.Call, tm.method(tm.RT, "OnBigStack"))
    if rtype.Equals(tm.void):
        il.Emit(O.Pop)
    else:
        il.Emit(O.Unbox_Any if rtype.IsValueType else O.Castclass, rtype)
    il.Emit(O.Ret)
    return m


def _i16(i: int):
    from System import Int16
    return Int16(i)
