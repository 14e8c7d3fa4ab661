"""Prebuilt objects (module-level lists, dicts, instances, tuples that the
program's graphs reference as Constants) as static fields of Tandem.Consts.

Init() first creates every object (CreateAll) and then fills in their
items and fields (FillAll), so cycles between prebuilt objects work; the
r_dicts are filled after every other object (their hash and eq functions
read the keys' fields).
Tuples are immutable: each one is created after its items.
"""
from __future__ import annotations

from jitgen.lower import lltypes as lt


class Consts:
    def __init__(self, gen) -> None:
        TA, MA = gen.TA, gen.MA
        self.gen = gen
        self.tm = gen.tm
        self.O = gen.OpCodes
        self.tb = gen.mb.DefineType("Tandem.Consts", TA.Public | TA.Class | TA.Sealed | TA.Abstract)
        self.create = self.tb.DefineMethod("CreateAll", MA.Public | MA.Static, self.tm.void, self.tm.types([]))
        self.fill = self.tb.DefineMethod("FillAll", MA.Public | MA.Static, self.tm.void, self.tm.types([]))
        self.init = self.tb.DefineMethod("Init", MA.Public | MA.Static, self.tm.void, self.tm.types([]))
        self.cil = self.create.GetILGenerator()
        self.fil = self.fill.GetILGenerator()
        self.fields = {}        # id(value) -> FieldBuilder
        self.keep = []          # the values, so their ids stay unique
        self.pending = []       # (value, lltype, field) to create and fill
        self.created = set()

    def field_for(self, value, t: lt.LLType):
        f = self.fields.get(id(value))
        if f is None:
            from System.Reflection import FieldAttributes as FA
            net_t = self.tm.net(lt.Instance(value.classdef)) if isinstance(value, lt.LLInstance) \
                else self.tm.net(t)
            f = self.tb.DefineField(f"c{len(self.fields)}", net_t, FA.Public | FA.Static)
            self.fields[id(value)] = f
            self.keep.append(value)
            self.pending.append((value, t, f))
        return f

    # Load any constant value of type t on `il`'s stack.
    def load(self, il, value, t: lt.LLType) -> None:
        O, tm = self.O, self.tm
        from jitgen.backend.cli.assembly import int64
        from System import Double, Int32
        if t == lt.Void:
            return
        if t == lt.Bool:
            il.Emit(O.Ldc_I4, Int32(1 if value else 0))
        elif t == lt.Signed:
            from jitgen.backend.cli.graphgen import emit_ldc_i8
            emit_ldc_i8(il, O, int(value))
        elif t == lt.Unsigned:
            il.Emit(O.Ldc_I8, int64(int(value)))
        elif t == lt.Float:
            il.Emit(O.Ldc_R8, Double(float(value)))
        elif value is None:
            il.Emit(O.Ldnull)
        elif t == lt.Str:
            il.Emit(O.Ldstr, value)
        elif isinstance(t, lt.Func):
            il.Emit(O.Ldsfld, self.gen.fn_singleton(value, t))
        else:
            f = self.field_for(value, t)
            il.Emit(O.Ldsfld, f)
            if isinstance(t, lt.Instance) and not f.FieldType.Equals(tm.net(t)):
                pass   # the field's type is the exact class: a subclass of t's
        return

    def load_gen(self, il, value, t: lt.LLType) -> None:
        """Load as a generic-argument value (boxing is never needed: gen(t)
        only erases reference types)."""
        self.load(il, value, t)

    def finish(self) -> None:
        O, tm = self.O, self.tm
        # r_dicts are filled last: their Set calls the program's hash and eq
        # on the keys, which read fields (of the keys and of what they
        # reference) that must be filled already
        rdicts = []
        while self.pending or rdicts:
            while self.pending:
                value, t, f = self.pending.pop(0)
                self.emit_create(value, t, f)
                if isinstance(value, lt.LLRDict):
                    rdicts.append((value, t, f))
                    for k, v in value.entries:     # the entries exist and are filled first
                        for x, xt in ((k, t.key), (v, t.value)):
                            if self.is_object(x, xt):
                                self.field_for(x, xt)
                else:
                    self.emit_fill(value, t, f)
            if rdicts:
                self.emit_fill(*rdicts.pop(0))
        self.cil.Emit(O.Ret)
        self.fil.Emit(O.Ret)
        il = self.init.GetILGenerator()
        il.Emit(O.Call, self.create)
        il.Emit(O.Call, self.fill)
        il.Emit(O.Ret)

    def emit_create(self, value, t, f) -> None:
        if id(value) in self.created:
            return
        self.created.add(id(value))
        O, tm, il = self.O, self.tm, self.cil
        if isinstance(value, lt.LLInstance):
            il.Emit(O.Newobj, self.gen.ctors[value.classdef])
        elif isinstance(value, list):
            il.Emit(O.Newobj, tm.net(t).GetConstructor(tm.types([])))
        elif isinstance(value, dict):
            il.Emit(O.Call, tm.method(tm.net(t), "NewDefault"))
        elif isinstance(value, lt.LLRDict):
            ctype, ctor = self.gen.rdict_comparer(t)
            self.load(il, value.eq, lt.Func((t.key, t.key), lt.Bool))
            self.load(il, value.hash, lt.Func((t.key,), lt.Signed))
            il.Emit(O.Newobj, ctor)
            net = tm.net(t)
            il.Emit(O.Newobj, net.GetConstructors()[0])
        elif isinstance(value, tuple):
            # items first (they may be prebuilt objects themselves)
            for item, it in zip(value, t.items):
                if self.is_object(item, it):
                    fi = self.field_for(item, it)
                    self.emit_create(item, it, fi)
            from jitgen.backend.cli.opgen import emit_newtuple
            emit_newtuple(self.gen, il, t, [(lambda item=item, it=it: self.load(il, item, it))
                                            for item, it in zip(value, t.items)])
        elif isinstance(value, lt.LLStringBuilder):
            il.Emit(O.Newobj, tm.sb.GetConstructor(tm.types([])))
        else:
            raise TypeError(f"cannot prebuild {type(value).__name__} of type {t}")
        il.Emit(O.Stsfld, f)

    def is_object(self, v, t) -> bool:
        return v is not None and not isinstance(v, (str, int, float, bool)) \
            and not isinstance(t, lt.Func)

    def emit_fill(self, value, t, f) -> None:
        O, tm, il = self.O, self.tm, self.fil
        net = f.FieldType
        if isinstance(value, lt.LLInstance):
            for name, ft in value.classdef.all_fields():
                v = value.fields.get(name)
                if v is None or v == lt.default_value(ft):
                    continue
                il.Emit(O.Ldsfld, f)
                self.load(il, v, ft)
                il.Emit(O.Stfld, self.gen.field(value.classdef, name))
        elif isinstance(value, list):
            add = tm.method(net, "Add")
            for item in value:
                il.Emit(O.Ldsfld, f)
                self.load(il, item, t.item)
                il.Emit(O.Callvirt, add)
        elif isinstance(value, dict):
            st = tm.method(net, "Set")
            for k, v in value.items():
                il.Emit(O.Ldsfld, f)
                self.load(il, k, t.key)
                self.load(il, v, t.value)
                il.Emit(O.Callvirt, st)
        elif isinstance(value, lt.LLRDict):
            st = tm.method(net, "Set")
            for k, v in value.entries:
                il.Emit(O.Ldsfld, f)
                self.load(il, k, t.key)
                self.load(il, v, t.value)
                il.Emit(O.Callvirt, st)
        elif isinstance(value, lt.LLStringBuilder):
            app = tm.method(tm.sb, "Append", [tm.string])
            for part in value.parts:
                il.Emit(O.Ldsfld, f)
                il.Emit(O.Ldstr, part)
                il.Emit(O.Callvirt, app)
                il.Emit(O.Pop)
