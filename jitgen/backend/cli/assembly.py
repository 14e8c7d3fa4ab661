"""An LLProgram -> one .NET assembly through Reflection.Emit.

Layout of the emitted assembly:
- one class per ClassDef (the built-in `object` is System.Object, and
  `Exception` derives from the runtime's PyExc so instances can be thrown);
  methods are virtual instance methods named `m_<name>`;
- `Tandem.Prog`: one static method per function graph, `Main`, and the
  factory the runtime calls to make built-in exceptions;
- `Tandem.Fn<k>`: an abstract class per function-pointer type, with one
  sealed singleton subclass per function used as a value;
- `Tandem.RCmp<k>`: IEqualityComparer for r_dicts calling the program's eq/hash;
- `Tandem.Consts`: static fields for prebuilt objects, built by Init().
"""
from __future__ import annotations

from jitgen.lower import llgraph as lg
from jitgen.lower import lltypes as lt
from jitgen.backend.cli.clrtypes import TypeMap

# Runtime exception kinds (RT.Overflow ...), in order.
EXC_KINDS = ["OverflowError", "ZeroDivisionError", "IndexError", "KeyError", "ValueError",
             "TypeError", "OSError", "StackOverflow", "AttributeError", "AssertionError",
             "RuntimeError", "MemoryError"]



def redefined_below(c, name: str) -> bool:
    """Some strict subclass of c defines a method name."""
    todo = list(c.subclasses)
    while todo:
        d = todo.pop()
        if name in d.methods:
            return True
        todo.extend(d.subclasses)
    return False


def skip_verification():
    """A permission request for SkipVerification: under it Mono lets the
    emitted code read List<T>'s private _items and _size (clrtypes.
    list_storage), as it does for code compiled with `mcs -unsafe`."""
    from System.Security import PermissionSet
    from System.Security.Permissions import PermissionState, SecurityPermission, \
        SecurityPermissionFlag
    req = PermissionSet(getattr(PermissionState, "None"))
    req.AddPermission(SecurityPermission(SecurityPermissionFlag.SkipVerification))
    return req

class GenError(Exception):
    pass


class AssemblyGen:
    def __init__(self, prog: lg.LLProgram, rtasm, asm_name: str, outdir: str,
                 filename: str) -> None:
        from System import AppDomain
        from System.Reflection import AssemblyName
        from System.Reflection.Emit import AssemblyBuilderAccess, OpCodes
        from System.Reflection import MethodAttributes as MA, TypeAttributes as TA
        from System.Reflection import FieldAttributes as FA, CallingConventions
        self.OpCodes = OpCodes
        self.MA, self.TA, self.FA = MA, TA, FA
        self.CallingConventions = CallingConventions
        self.prog = prog
        self.tm = TypeMap(rtasm)
        self.tm.func_type_for = self.func_type
        self.ab = AppDomain.CurrentDomain.DefineDynamicAssembly(
            AssemblyName(asm_name), AssemblyBuilderAccess.RunAndSave, outdir,
            skip_verification(), None, None)
        self.mb = self.ab.DefineDynamicModule(asm_name, filename)
        self.filename = filename
        self.types_in_order = []
        self.ctors = {}          # ClassDef -> ConstructorInfo
        self.fields = {}         # (ClassDef, name) -> FieldInfo
        self.slots = {}          # (ClassDef, name) -> MethodBuilder of the slot
        self.graph_methods = {}  # Graph -> MethodBuilder (static or instance)
        self.fn_types = {}       # Func -> (TypeBuilder, invoke MethodBuilder)
        self.fn_impls = {}       # (Graph, Func) -> FieldBuilder of the singleton
        self.rcmps = {}          # RDict type -> (TypeBuilder, ctor)
        self._counter = 0
        self.prog_tb = self.mb.DefineType("Tandem.Prog", TA.Public | TA.Class | TA.Sealed | TA.Abstract)
        self.types_in_order_late = []
        self.shared = False
        self.embed_tb = None
        from jitgen.backend.cli.consts import Consts
        self.consts = Consts(self)

    def uniq(self, base: str) -> str:
        self._counter += 1
        return f"{base}#{self._counter}"

    # ---- classes -------------------------------------------------------------
    def define_classes(self) -> None:
        TA, MA = self.TA, self.MA
        tm = self.tm
        for c in self.prog.classes:
            if c.base is None:
                tm.classes[c] = tm.object
                continue
            if c.name == "Exception" and c.is_builtin:
                parent = tm.PyExc
            else:
                parent = tm.classes[c.base]
            # a class without subclasses is sealed: Mono then calls its
            # virtual methods directly (and may inline them)
            attrs = TA.Public | TA.Class
            if not c.subclasses:
                attrs |= TA.Sealed
            tb = self.mb.DefineType(self.uniq("Py." + c.name), attrs, parent)
            tm.classes[c] = tb
            self.types_in_order.append(tb)
            base_ctor = self.ctors.get(c.base) or parent.GetConstructor(tm.types([]))
            self.ctors[c] = self.define_ctor(tb, base_ctor)
        from System.Reflection import FieldAttributes as FA
        for c in self.prog.classes:
            if c.base is None:
                continue
            tb = tm.classes[c]
            for name, t in c.fields.items():
                if name == "message" and c.name == "Exception" and c.is_builtin:
                    self.fields[(c, name)] = tm.PyExc.GetField("message")
                    continue
                self.fields[(c, name)] = tb.DefineField("f_" + name, tm.net(t), FA.Public)

    def define_ctor(self, tb, base_ctor):
        """A public parameterless constructor (DefineDefaultConstructor needs
        the parent created first on Mono)."""
        O = self.OpCodes
        ctor = tb.DefineConstructor(self.MA.Public, self.CallingConventions.Standard,
                                    self.tm.types([]))
        il = ctor.GetILGenerator()
        il.Emit(O.Ldarg_0)
        il.Emit(O.Call, base_ctor)
        il.Emit(O.Ret)
        return ctor

    def field(self, cd: lt.ClassDef, name: str):
        for c in cd.mro():
            if (c, name) in self.fields:
                return self.fields[(c, name)]
        raise GenError(f"no field {name} in {cd.name}")

    def define_methods(self) -> None:
        """Virtual slots: a method name gets its slot on the highest class
        that defines it or receives a call_method for it; overriding
        implementations use the slot's signature."""
        receivers: dict = {}   # ClassDef -> {name: op}
        for g in self.prog.graphs:
            for b in g.iterblocks():
                for op in b.operations:
                    if op.opname == "call_method":
                        cd = op.args[0].concretetype.classdef
                        receivers.setdefault(cd, {}).setdefault(op.args[1].value, op)
        MA, tm = self.MA, self.tm
        for c in self.prog.classes:
            if c.base is None:
                continue
            tb = tm.classes[c]
            names = list(c.methods) + [n for n in receivers.get(c, {}) if n not in c.methods]
            for name in names:
                owner = self.find_slot_owner(c.base, name)
                g = c.methods.get(name)
                if owner is not None and g is not None:
                    mine = [v.concretetype for v in g.args[1:] if v.concretetype != lt.Void]
                    if not compatible(mine, self.slot_lltypes[(owner, name)]):
                        owner = None   # e.g. __init__ with another signature: not an override
                if owner is not None:
                    if g is None:
                        continue
                    ptypes, rtype = self.slot_sig[(owner, name)]
                else:
                    if g is not None:
                        lts = [v.concretetype for v in g.args[1:] if v.concretetype != lt.Void]
                        ptypes = [tm.net(t) for t in lts]
                        rtype = tm.net(g.result_type)
                    else:
                        op = receivers[c][name]
                        lts = [a.concretetype for a in op.args[2:] if a.concretetype != lt.Void]
                        ptypes = [tm.net(t) for t in lts]
                        rtype = tm.net(op.result.concretetype)
                attrs = MA.Public | MA.Virtual | MA.HideBySig
                if owner is None and self.find_slot_owner(c.base, name) is not None:
                    attrs |= MA.NewSlot
                if g is not None and not redefined_below(c, name):
                    attrs |= MA.Final   # no override anywhere: Mono devirtualizes the calls
                mb = tb.DefineMethod("m_" + name, attrs, rtype, tm.types(ptypes))
                if owner is None:
                    self.slots[(c, name)] = mb
                    self.slot_sig[(c, name)] = (ptypes, rtype)
                    self.slot_lltypes[(c, name)] = lts
                if g is not None:
                    self.graph_methods[g] = mb
                    self.method_sigs[g] = (ptypes, rtype)
                else:
                    il = mb.GetILGenerator()
                    il.Emit(self.OpCodes.Ldstr, f"abstract method {c.pyname}.{name} called")
                    il.Emit(self.OpCodes.Call, tm.method(tm.RT, "Fatal"))
                    il.Emit(self.OpCodes.Throw)

    def find_slot_owner(self, c, name):
        while c is not None:
            if (c, name) in self.slots:
                return c
            c = c.base
        return None

    def find_slot(self, c, name):
        while c is not None:
            s = self.slots.get((c, name))
            if s is not None:
                return s
            c = c.base
        return None

    def slot_for_call(self, cd: lt.ClassDef, name: str):
        s = self.find_slot(cd, name)
        if s is None:
            raise GenError(f"no method {name} for {cd.name}")
        return s

    def define_functions(self) -> None:
        MA, tm = self.MA, self.tm
        for g in self.prog.graphs:
            if g in self.graph_methods:
                continue
            ptypes = [tm.net(v.concretetype) for v in g.args if v.concretetype != lt.Void]
            rtype = tm.net(g.result_type)
            mb = self.prog_tb.DefineMethod(self.uniq(g.name), MA.Public | MA.Static,
                                           rtype, tm.types(ptypes))
            self.graph_methods[g] = mb
            self.method_sigs[g] = (ptypes, rtype)

    # ---- function values -----------------------------------------------------
    def func_type(self, ft: lt.Func):
        e = self.fn_types.get(ft)
        if e is None:
            TA, MA, tm = self.TA, self.MA, self.tm
            tb = self.mb.DefineType(self.uniq("Tandem.Fn"), TA.Public | TA.Class | TA.Abstract)
            fnctor = self.define_ctor(tb, tm.object.GetConstructor(tm.types([])))
            ptypes = [tm.net(a) for a in ft.args if a != lt.Void]
            inv = tb.DefineMethod("Invoke", MA.Public | MA.Virtual | MA.Abstract | MA.HideBySig,
                                  tm.net(ft.result), tm.types(ptypes))
            e = (tb, inv, ptypes, fnctor)
            self.fn_types[ft] = e
            self.types_in_order_late.insert(0, tb)
        return e[0]

    def fn_invoke(self, ft: lt.Func):
        self.func_type(ft)
        return self.fn_types[ft][1]

    def fn_singleton(self, g: lg.Graph, ft: lt.Func):
        key = (g, ft)
        f = self.fn_impls.get(key)
        if f is not None:
            return f
        TA, MA, FA, tm, O = self.TA, self.MA, self.FA, self.tm, self.OpCodes
        base = self.func_type(ft)
        _, inv, ptypes, fnctor = self.fn_types[ft]
        tb = self.mb.DefineType(self.uniq("Tandem.FnImpl"), TA.Public | TA.Class | TA.Sealed, base)
        ctor = self.define_ctor(tb, fnctor)
        f = tb.DefineField("instance", base, FA.Public | FA.Static)
        m = tb.DefineMethod("Invoke", MA.Public | MA.Virtual | MA.HideBySig, tm.net(ft.result),
                            tm.types(ptypes))
        from System import Int16
        il = m.GetILGenerator()
        target = self.graph_methods[g]
        tptypes, _ = self.method_sigs[g]
        for i, pt in enumerate(ptypes):
            il.Emit(O.Ldarg, Int16(i + 1))
            if i < len(tptypes) and not tptypes[i].Equals(pt) and not pt.IsValueType:
                il.Emit(O.Castclass, tptypes[i])
        il.Emit(O.Call, target)
        il.Emit(O.Ret)
        cc = tb.DefineTypeInitializer()
        il = cc.GetILGenerator()
        il.Emit(O.Newobj, ctor)
        il.Emit(O.Stsfld, f)
        il.Emit(O.Ret)
        self.types_in_order_late.append(tb)
        self.fn_impls[key] = f
        return f

    def rdict_comparer(self, t: lt.RDict):
        """(type, ctor(eqfn, hashfn)) of the IEqualityComparer for an r_dict key type."""
        kt = t.key
        e = self.rcmps.get(kt)
        if e is not None:
            return e
        TA, MA, FA, tm, O = self.TA, self.MA, self.FA, self.tm, self.OpCodes
        kg = tm.gen(kt)
        icmp = tm.generic(tm.icmp_def, [kg])
        eqt = lt.Func((kt, kt), lt.Bool)
        hasht = lt.Func((kt,), lt.Signed)
        eqcls, hashcls = self.func_type(eqt), self.func_type(hasht)
        tb = self.mb.DefineType(self.uniq("Tandem.RCmp"), TA.Public | TA.Class | TA.Sealed)
        tb.AddInterfaceImplementation(icmp)
        feq = tb.DefineField("eq", eqcls, FA.Public)
        fh = tb.DefineField("hash", hashcls, FA.Public)
        ctor = tb.DefineConstructor(MA.Public, self.CallingConventions.Standard, tm.types([eqcls, hashcls]))
        il = ctor.GetILGenerator()
        il.Emit(O.Ldarg_0)
        il.Emit(O.Call, tm.object.GetConstructor(tm.types([])))
        il.Emit(O.Ldarg_0); il.Emit(O.Ldarg_1); il.Emit(O.Stfld, feq)
        il.Emit(O.Ldarg_0); il.Emit(O.Ldarg_2); il.Emit(O.Stfld, fh)
        il.Emit(O.Ret)
        net_k = tm.net(kt)
        attrs = MA.Public | MA.Virtual | MA.Final | MA.HideBySig | MA.NewSlot
        m = tb.DefineMethod("Equals", attrs, tm.bool, tm.types([kg, kg]))
        il = m.GetILGenerator()
        il.Emit(O.Ldarg_0); il.Emit(O.Ldfld, feq)
        for ld in (O.Ldarg_1, O.Ldarg_2):
            il.Emit(ld)
            if tm.erased(kt):
                il.Emit(O.Castclass, net_k)
        il.Emit(O.Callvirt, self.fn_invoke(eqt))
        il.Emit(O.Ret)
        tb.DefineMethodOverride(m, icmp.GetMethod("Equals"))
        m = tb.DefineMethod("GetHashCode", attrs, tm.int, tm.types([kg]))
        il = m.GetILGenerator()
        il.Emit(O.Ldarg_0); il.Emit(O.Ldfld, fh)
        il.Emit(O.Ldarg_1)
        if tm.erased(kt):
            il.Emit(O.Castclass, net_k)
        il.Emit(O.Callvirt, self.fn_invoke(hasht))
        il.Emit(O.Conv_I4)
        il.Emit(O.Ret)
        tb.DefineMethodOverride(m, icmp.GetMethod("GetHashCode"))
        self.types_in_order_late.append(tb)
        e = (tb, ctor)
        self.rcmps[kt] = e
        return e

    # ---- whole program -------------------------------------------------------
    def generate(self) -> None:
        from jitgen.backend.cli.graphgen import GraphGen
        self.slot_sig = {}
        self.slot_lltypes = {}
        self.method_sigs = {}
        self.define_classes()
        self.define_methods()
        self.define_functions()
        from jitgen.backend.cli.recursion import recursive_graphs
        self.recursive = recursive_graphs(self.prog)
        for g in self.prog.graphs:
            GraphGen(self, g).emit()
        self.define_entry()
        if self.shared:
            self.define_embed()
        self.consts.finish()
        for tb in self.types_in_order:
            tb.CreateType()
        for tb in self.types_in_order_late:
            tb.CreateType()
        self.consts.tb.CreateType()
        self.prog_tb.CreateType()
        if self.embed_tb is not None:
            self.embed_tb.CreateType()

    def define_entry(self) -> None:
        MA, tm, O = self.MA, self.tm, self.OpCodes
        # the factory for built-in exceptions raised by the runtime
        fac = self.prog_tb.DefineMethod("MakeExc", MA.Public | MA.Static, tm.PyExc,
                                        tm.types([tm.long, tm.string]))
        il = fac.GetILGenerator()
        for kind, name in enumerate(EXC_KINDS):
            cd = self.prog.exceptions.get(name)
            if cd is None:
                continue
            skip = il.DefineLabel()
            il.Emit(O.Ldarg_0); il.Emit(O.Ldc_I8, int64(kind)); il.Emit(O.Bne_Un, skip)
            il.Emit(O.Newobj, self.ctors[cd]); il.Emit(O.Dup); il.Emit(O.Ldarg_1)
            il.Emit(O.Stfld, tm.PyExc.GetField("message")); il.Emit(O.Ret)
            il.MarkLabel(skip)
        il.Emit(O.Newobj, self.ctors[self.prog.exceptions.get("RuntimeError")
                                     or self.prog.classdef("Exception")])
        il.Emit(O.Dup); il.Emit(O.Ldarg_1)
        il.Emit(O.Stfld, tm.PyExc.GetField("message")); il.Emit(O.Ret)
        # Setup(): class names and the exception factory, for Main and Embed
        setup = self.prog_tb.DefineMethod("Setup", MA.Public | MA.Static, tm.void, tm.types([]))
        il = setup.GetILGenerator()
        from System import Type as SType
        reg = tm.method(tm.RT, "RegisterClass")
        gettype = tm.method(SType.GetType("System.Type"), "GetTypeFromHandle")
        for c in self.prog.classes:
            if c.base is None:
                continue
            il.Emit(O.Ldtoken, tm.classes[c])
            il.Emit(O.Call, gettype)
            il.Emit(O.Ldstr, c.report_name)     # RT.ClassName: uncaught reports
            il.Emit(O.Call, reg)
        f2 = tm.generic(tm.func3_def, [tm.long, tm.string, tm.PyExc])
        il.Emit(O.Ldnull); il.Emit(O.Ldftn, fac)
        il.Emit(O.Newobj, f2.GetConstructors()[0])
        il.Emit(O.Stsfld, tm.RT.GetField("excFactory"))
        il.Emit(O.Ret)
        self.setup = setup
        self.main = None
        if self.prog.entry is None:
            return
        # Main(string[]) -> int
        main = self.prog_tb.DefineMethod("Main", MA.Public | MA.Static, tm.int,
                                         tm.types([SType.GetType("System.String[]")]))
        il = main.GetILGenerator()
        il.Emit(O.Call, setup)
        il.Emit(O.Ldarg_0)
        fm = tm.generic(tm.func2_def, [tm.list_of(tm.string), tm.long])
        il.Emit(O.Ldnull); il.Emit(O.Ldftn, self.graph_methods[self.prog.entry])
        il.Emit(O.Newobj, fm.GetConstructors()[0])
        from System import Action
        import clr
        il.Emit(O.Ldnull); il.Emit(O.Ldftn, self.consts.init)
        il.Emit(O.Newobj, clr.GetClrType(Action).GetConstructors()[0])
        il.Emit(O.Call, tm.method(tm.RT, "Start"))
        il.Emit(O.Ret)
        self.main = main

    def define_embed(self) -> None:
        """Class Tandem.Embed: the program's embedding-API functions
        (docs/embedding.md) as public static methods.  Its type initializer
        sets up the runtime and the prebuilt objects once."""
        from jitgen.backend.cli.embed import define_embed
        define_embed(self)

    def save(self, exe: bool) -> None:
        from System.Reflection.Emit import PEFileKinds
        if exe and self.main is not None:
            self.ab.SetEntryPoint(self.main, PEFileKinds.ConsoleApplication)
        self.ab.Save(self.filename)


def compatible(mine: list, slot: list) -> bool:
    """Can a method with parameter types `mine` implement a slot with `slot`
    (instances may differ: the prologue casts them)?"""
    if len(mine) != len(slot):
        return False
    for a, b in zip(mine, slot):
        if a != b and not (isinstance(a, lt.Instance) and isinstance(b, lt.Instance)):
            return False
    return True


def int64(v: int):
    from System import Int64
    if v >= 1 << 63:
        v -= 1 << 64
    return Int64(v)
