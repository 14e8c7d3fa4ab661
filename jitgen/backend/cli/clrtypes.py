"""Low-level types -> .NET types.

Instances map to the program's emitted classes (TypeBuilders).  Generic
arguments of runtime containers are erased to System.Object for emitted
types (instances, function objects): the runtime's closed generic types then
never mention a TypeBuilder, and reads from containers add a castclass.
"""
from __future__ import annotations

from jitgen.lower import lltypes as lt


class TypeMap:
    def __init__(self, rtasm) -> None:
        import clr
        import System
        from System import Array, Type
        self.clr = clr
        self.Array = Array
        self.Type = Type
        self.rtasm = rtasm
        g = clr.GetClrType
        self.void = g(System.Void)
        self.object = g(System.Object)
        self.long = g(System.Int64)
        self.ulong = g(System.UInt64)
        self.int = g(System.Int32)
        self.double = g(System.Double)
        self.bool = g(System.Boolean)
        self.string = g(System.String)
        self.math = g(System.Math)
        from System.Text import StringBuilder
        self.sb = g(StringBuilder)
        self.list_def = Type.GetType("System.Collections.Generic.List`1")
        self.icmp_def = Type.GetType("System.Collections.Generic.IEqualityComparer`1")
        self.func2_def = Type.GetType("System.Func`2")
        self.func3_def = Type.GetType("System.Func`3")
        rt = lambda n: rtasm.GetType("Tandem.Rt." + n, True)
        self.RT = rt("RT")
        self.Int = rt("Int")
        self.Flt = rt("Flt")
        self.Libm = rt("Libm")
        self.Str = rt("Str")
        self.Lst = rt("Lst")
        self.KeyOps = rt("KeyOps")
        self.PyExc = rt("PyExc")
        self.odict_def = rt("ODict`2")
        self.tup_defs = {1: rt("Tup1`1"), 2: rt("Tup2`2"), 3: rt("Tup3`3"), 4: rt("Tup4`4")}
        self.TupN = rt("TupN")
        self.classes = {}      # ClassDef -> .NET type (TypeBuilder or runtime type)
        self.func_type_for = None   # set by the assembly generator: Func lltype -> TypeBuilder
        self._cache = {}

    def types(self, ts) -> object:
        return self.Array[self.Type](list(ts))

    def generic(self, d, args):
        return d.MakeGenericType(self.types(args))

    def list_of(self, item_t):
        return self.generic(self.list_def, [item_t])

    def list_storage(self, net):
        """List<T>'s array and count fields (_items, _size), which the
        emitted fast paths read directly: Mono does not inline get_Item and
        set_Item (their IL is over its inlining limit), and a call per
        element access costs 2-3x on list-heavy loops.  The assembly asks
        for SkipVerification, under which Mono allows the access
        (docs/backend-cli.md).  None if this Mono's List<T> has no such
        fields: the emitters then call get_Item/set_Item."""
        key = ("storage", str(net.AssemblyQualifiedName))
        if key not in self._cache:
            from System.Reflection import BindingFlags as BF
            items = net.GetField("_items", BF.NonPublic | BF.Instance)
            size = net.GetField("_size", BF.NonPublic | BF.Instance)
            ok = items is not None and size is not None and size.FieldType.Equals(self.int)
            self._cache[key] = (items, size) if ok else None
        return self._cache[key]

    def net(self, t: lt.LLType):
        """The .NET type of a local, field, parameter or result of type t."""
        if isinstance(t, lt.Instance):
            return self.classes[t.classdef]
        if isinstance(t, lt.Func):
            return self.func_type_for(t)
        return self.gen(t)

    def gen(self, t: lt.LLType):
        """The .NET type used for t as a generic argument (erased)."""
        key = t
        r = self._cache.get(key)
        if r is not None:
            return r
        if t == lt.Void:
            r = self.void
        elif t == lt.Bool:
            r = self.bool
        elif t == lt.Signed:
            r = self.long
        elif t == lt.Unsigned:
            r = self.ulong
        elif t == lt.Float:
            r = self.double
        elif t == lt.Str:
            r = self.string
        elif t == lt.StringBuilder:
            r = self.sb
        elif isinstance(t, lt.List):
            r = self.list_of(self.gen_item(t.item))
        elif isinstance(t, (lt.Dict, lt.RDict)):
            r = self.generic(self.odict_def, [self.gen_item(t.key), self.gen_item(t.value)])
        elif isinstance(t, lt.Tuple):
            n = len(t.items)
            if n in self.tup_defs:
                r = self.generic(self.tup_defs[n], [self.gen_item(x) for x in t.items])
            else:
                r = self.TupN
        else:   # Instance, Func
            r = self.object
        self._cache[key] = r
        return r

    def gen_item(self, t: lt.LLType):
        """An item of a container: None-only items (Void) are object slots."""
        return self.object if t == lt.Void else self.gen(t)

    def erased(self, t: lt.LLType) -> bool:
        """True if gen(t) is not net(t): reads through containers need a castclass."""
        return isinstance(t, (lt.Instance, lt.Func)) and not self.is_root(t)

    def is_root(self, t) -> bool:
        return isinstance(t, lt.Instance) and t.classdef.base is None

    def is_value(self, t: lt.LLType) -> bool:
        return t in (lt.Bool, lt.Signed, lt.Unsigned, lt.Float)

    def method(self, typ, name: str, argtypes=None):
        if argtypes is None:
            m = typ.GetMethod(name)
        else:
            m = typ.GetMethod(name, self.types(argtypes))
        if m is None:
            raise KeyError(f"{typ}.{name}")
        return m

    def gmethod(self, typ, name: str, targs):
        return self.method(typ, name).MakeGenericMethod(self.types(targs))
