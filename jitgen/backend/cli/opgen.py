"""IL for each low-level operation (docs/lowlevel.md).  Simple arithmetic
is inline IL; everything with Python semantics beyond one instruction calls
the support runtime (vm/cli/*.cs)."""
from __future__ import annotations

from jitgen.lower import llgraph as lg
from jitgen.lower import lltypes as lt
from jitgen.lower.libm import LIBM_UNARY

OPS: dict = {}
# Operations whose first value argument is not pushed first (so it cannot
# be left on the stack by the previous operation).
NO_PUSH_FIRST = {"newlist", "jit_merge_point", "can_enter_jit", "newtuple", "getclassattr",
                 "new_exception", "debug_assert"}


def is_value_arg(a) -> bool:
    """Variables and constants, except Void constants naming something (a
    Void-typed None constant is a null value where a reference is expected)."""
    return isinstance(a, lg.Variable) or a.concretetype != lt.Void or a.value is None


def first_pushed(op):
    """The argument an operation pushes first (None if it pushes nothing first)."""
    if op.opname in NO_PUSH_FIRST:
        return None
    args = op.args[1:] if op.opname in ("direct_call", "external_call") else op.args
    return next((a for a in args if is_value_arg(a)), None)


def emit_ldc_i8(il, O, v: int) -> None:
    from jitgen.backend.cli.graphgen import emit_ldc_i8 as emit
    emit(il, O, v)


def pushed_args(op) -> list:
    """The arguments an operation loads, in order, before anything else (the
    ones that a previous operation may leave on the stack); a prefix is
    enough where the emitter does something else after its first load."""
    if op.opname in NO_PUSH_FIRST:
        return []
    if op.opname in ("direct_call", "external_call"):
        return op.args[1:]
    if op.opname == "call_method":
        return op.args[:1] + op.args[2:]
    if op.opname == "same_as" and op.result.concretetype == lt.Void:
        return []
    if op.opname == "tuple_getitem":
        return [] if op.args[0].concretetype.items[op.args[1].value] == lt.Void else op.args[:1]
    if op.opname in ("list_getitem", "list_setitem"):
        return []
    if op.opname in ("int_mod", "int_floordiv") and isinstance(op.args[1], lg.Variable):
        return []
    x, _ = char_cmp_operand(op)
    if x is not None:
        return [x]
    if op.opname in FIRST_ONLY:
        f = first_pushed(op)
        return [] if f is None else [f]
    return [a for a in op.args if is_value_arg(a)]


# Operations whose result is never left on the stack (their emitter stores
# it on two paths).
def no_keep_result(op) -> bool:
    return op.opname == "list_getitem" or \
        (op.opname in ("int_mod", "int_floordiv") and isinstance(op.args[1], lg.Variable))

# Emitters that load their first argument and then something else first.
FIRST_ONLY = {"int_floordiv", "int_mod"}


def values(op) -> list:
    return [a for a in op.args if is_value_arg(a)]


def push_all(gg, op) -> None:
    for a in values(op):
        gg.load(a)


def single_store(emit):
    """Marks an emitter that loads every operand before its one store of
    the result, so an operand read for the last time may share the
    result's local (graphgen.coalesce)."""
    emit.single_store = True
    return emit


def is_single_store(op) -> bool:
    return getattr(OPS.get(op.opname), "single_store", False)


def opcodes(*names):
    @single_store
    def emit(gg, op):
        push_all(gg, op)
        for n in names:
            gg.il.Emit(getattr(gg.O, n))
        gg.store(op.result)
    return emit


def helper(typename: str, method: str, argtypes=None):
    """Call a static runtime method; argtypes picks an overload."""
    @single_store
    def emit(gg, op):
        tm = gg.tm
        push_all(gg, op)
        typ = getattr(tm, typename)
        ats = None if argtypes is None else [getattr(tm, a) for a in argtypes]
        gg.il.Emit(gg.O.Call, tm.method(typ, method, ats))
        gg.store(op.result)
    return emit


def reg(names, fn) -> None:
    for n in names.split():
        OPS[n] = fn


# ---- generic -----------------------------------------------------------------
@single_store
def same_as(gg, op):
    if op.result.concretetype == lt.Void:
        return
    push_all(gg, op)
    gg.store(op.result)


reg("same_as hint_promote hint_promote_string cast_int_to_uint cast_uint_to_int", same_as)
reg("ptr_iszero", opcodes("Ldnull", "Ceq"))
reg("ptr_nonzero", opcodes("Ldnull", "Cgt_Un"))


def ptr_eq(gg, op, negate=False):
    push_all(gg, op)
    if op.args[0].concretetype == lt.Str:
        gg.il.Emit(gg.O.Call, gg.tm.method(gg.tm.string, "Equals", [gg.tm.string, gg.tm.string]))
    else:
        gg.il.Emit(gg.O.Ceq)
    if negate:
        gg.il.Emit(gg.O.Ldc_I4_0)
        gg.il.Emit(gg.O.Ceq)
    gg.store(op.result)


OPS["ptr_eq"] = ptr_eq
OPS["ptr_ne"] = lambda gg, op: ptr_eq(gg, op, True)


def debug_assert(gg, op):
    O, il = gg.O, gg.il
    ok = il.DefineLabel()
    gg.load(op.args[0])
    il.Emit(O.Brtrue, ok)
    il.Emit(O.Ldstr, "debug_assert failed: " + str(op.args[1].value))
    il.Emit(O.Call, gg.tm.method(gg.tm.RT, "Fatal"))
    il.Emit(O.Throw)
    il.MarkLabel(ok)


OPS["debug_assert"] = debug_assert


def nothing(gg, op):
    pass


reg("jit_merge_point can_enter_jit", nothing)
reg("we_are_jitted", opcodes("Ldc_I4_0"))

# ---- integers ------------------------------------------------------------------
NOT = ("Ldc_I4_0", "Ceq")
reg("int_add uint_add", opcodes("Add"))
reg("int_sub uint_sub", opcodes("Sub"))
reg("int_mul uint_mul", opcodes("Mul"))
reg("int_and uint_and bool_and", opcodes("And"))
reg("int_or uint_or bool_or", opcodes("Or"))
reg("int_xor uint_xor", opcodes("Xor"))
reg("int_invert uint_invert", opcodes("Not"))
reg("int_neg float_neg", opcodes("Neg"))
reg("int_lt", opcodes("Clt"))
reg("int_gt", opcodes("Cgt"))
reg("int_eq uint_eq bool_eq", opcodes("Ceq"))
reg("int_ne uint_ne bool_ne", opcodes("Ceq", *NOT))
reg("int_le", opcodes("Cgt", *NOT))
reg("int_ge", opcodes("Clt", *NOT))
reg("uint_lt", opcodes("Clt_Un"))
reg("uint_gt", opcodes("Cgt_Un"))
reg("uint_le", opcodes("Cgt_Un", *NOT))
reg("uint_ge", opcodes("Clt_Un", *NOT))
reg("bool_not", opcodes(*NOT))
reg("cast_bool_to_int", opcodes("Conv_U8"))
reg("cast_int_to_float", opcodes("Conv_R8"))


def int_is_true(gg, op):
    push_all(gg, op)
    gg.il.Emit(gg.O.Ldc_I4_0)
    gg.il.Emit(gg.O.Conv_I8)
    gg.il.Emit(gg.O.Cgt_Un)
    gg.store(op.result)


OPS["int_is_true"] = int_is_true
# add.ovf & co raise System.OverflowException: handlers that catch
# OverflowError also catch it (graphgen.emit_try), and so does the runtime's
# top level, so it behaves as the subset's OverflowError("integer overflow").
def checked(ovf: str, plain: str):
    """add.ovf/sub.ovf, or the plain instruction where graphgen proved the
    operation cannot overflow (find_cannot_overflow)."""
    @single_store
    def emit(gg, op):
        push_all(gg, op)
        gg.il.Emit(getattr(gg.O, plain if id(op) in gg.cannot_overflow else ovf))
        gg.store(op.result)
    return emit


reg("int_add_ovf", checked("Add_Ovf", "Add"))
reg("int_sub_ovf", checked("Sub_Ovf", "Sub"))
reg("int_mul_ovf", opcodes("Mul_Ovf"))
for _n, _m in [("int_neg_ovf", "NegOvf"), ("int_abs_ovf", "AbsOvf"), ("int_floordiv", "FloorDiv"),
               ("int_mod", "Mod"), ("int_truediv", "TrueDiv"), ("int_pow_ovf", "PowOvf"),
               ("int_lshift", "Lshift"), ("int_lshift_ovf", "LshiftOvf"), ("int_rshift", "Rshift"),
               ("uint_lshift", "ULshift"), ("uint_rshift", "URshift"),
               ("uint_floordiv", "UFloorDiv"), ("uint_mod", "UMod"),
               ("int_min", "Min"), ("int_max", "Max"),
               ("int_repr", "Repr"), ("uint_repr", "URepr"), ("bool_repr", "BoolRepr")]:
    OPS[_n] = helper("Int", _m)

# ---- floats --------------------------------------------------------------------
def float_sqrt(gg, op):
    """Math.Sqrt inline (Mono's sqrtsd); negative arguments go to Flt.Sqrt
    for the ValueError.  The argument is duplicated on the stack, so no
    local (Mono keeps double locals in memory)."""
    from System import Double
    tm, O, il = gg.tm, gg.O, gg.il
    push_all(gg, op)
    slow, done = il.DefineLabel(), il.DefineLabel()
    il.Emit(O.Dup)
    il.Emit(O.Ldc_R8, Double(0.0))
    il.Emit(O.Blt, slow)
    il.Emit(O.Call, tm.method(tm.math, "Sqrt", [tm.double]))
    il.Emit(O.Br, done)
    il.MarkLabel(slow)
    il.Emit(O.Call, tm.method(tm.Flt, "Sqrt"))
    il.MarkLabel(done)
    gg.store(op.result)


def float_truediv(gg, op):
    """div inline; a zero divisor goes to Flt.TrueDiv for the
    ZeroDivisionError (no test for a non-zero constant divisor)."""
    from System import Double
    tm, O, il = gg.tm, gg.O, gg.il
    push_all(gg, op)
    d = op.args[1]
    if isinstance(d, lg.Constant) and d.value != 0.0:
        il.Emit(O.Div)
        gg.store(op.result)
        return
    slow, done = il.DefineLabel(), il.DefineLabel()
    il.Emit(O.Dup)
    il.Emit(O.Ldc_R8, Double(0.0))
    il.Emit(O.Beq, slow)
    il.Emit(O.Div)
    il.Emit(O.Br, done)
    il.MarkLabel(slow)
    il.Emit(O.Call, tm.method(tm.Flt, "TrueDiv"))
    il.MarkLabel(done)
    gg.store(op.result)


def positive_const(a) -> bool:
    return isinstance(a, lg.Constant) and a.concretetype == lt.Signed and a.value > 0


def int_divmod_var(gg, op, name: str) -> None:
    """% or // by a variable: inline when the divisor is positive (rem or
    div, then the floor correction), Int.Mod/FloorDiv otherwise (zero,
    negative divisors).  The operands are locals or constants here
    (pushed_args) and the result is stored on each path (NO_KEEP_RESULT)."""
    O, il = gg.O, gg.il
    a, b = op.args
    slow, done = il.DefineLabel(), il.DefineLabel()
    gg.load(b)
    il.Emit(O.Ldc_I4_0)
    il.Emit(O.Conv_I8)
    il.Emit(O.Ble, slow)
    gg.load(a)
    gg.load(b)
    il.Emit(O.Rem if name == "Mod" else O.Div)
    gg.store(op.result)
    if name == "Mod":   # a negative remainder: floor correction
        gg.load(op.result)
    else:
        gg.load(a)
        gg.load(b)
        il.Emit(O.Rem)
    il.Emit(O.Ldc_I4_0)
    il.Emit(O.Conv_I8)
    il.Emit(O.Bge, done)
    gg.load(op.result)
    if name == "Mod":
        gg.load(b)
        il.Emit(O.Add)
    else:
        il.Emit(O.Ldc_I4_1)
        il.Emit(O.Conv_I8)
        il.Emit(O.Sub)
    gg.store(op.result)
    il.Emit(O.Br, done)
    il.MarkLabel(slow)
    gg.load(a)
    gg.load(b)
    il.Emit(O.Call, gg.tm.method(gg.tm.Int, name))
    gg.store(op.result)
    il.MarkLabel(done)


def int_mod(gg, op):
    """Python % by a positive constant inline (rem, then add the divisor to a
    negative remainder); by a variable, int_divmod_var."""
    if isinstance(op.args[1], lg.Variable):
        return int_divmod_var(gg, op, "Mod")
    if not positive_const(op.args[1]):
        return helper("Int", "Mod")(gg, op)
    O, il = gg.O, gg.il
    c = op.args[1].value
    if c & (c - 1) == 0:
        # x % 2**k == x & (2**k - 1) for every x (floor modulo, two's complement)
        gg.load(op.args[0])
        emit_ldc_i8(il, O, c - 1)
        il.Emit(O.And)
        gg.store(op.result)
        return
    done = il.DefineLabel()
    push_all(gg, op)
    il.Emit(O.Rem)
    il.Emit(O.Dup)
    il.Emit(O.Ldc_I4_0)
    il.Emit(O.Conv_I8)
    il.Emit(O.Bge, done)
    emit_ldc_i8(il, O, op.args[1].value)
    il.Emit(O.Add)
    il.MarkLabel(done)
    gg.store(op.result)


def int_floordiv(gg, op):
    """Floor division by a positive constant inline: q = a / c, minus one when
    the remainder is negative."""
    if isinstance(op.args[1], lg.Variable):
        return int_divmod_var(gg, op, "FloorDiv")
    if not positive_const(op.args[1]):
        return helper("Int", "FloorDiv")(gg, op)
    O, il, tm = gg.O, gg.il, gg.tm
    if op.args[1].value & (op.args[1].value - 1) == 0:
        # x // 2**k is the arithmetic shift (it rounds toward -infinity)
        from System import Int32
        gg.load(op.args[0])
        il.Emit(O.Ldc_I4, Int32(op.args[1].value.bit_length() - 1))
        il.Emit(O.Shr)
        gg.store(op.result)
        return
    ta = gg.temp(tm.long)
    done = il.DefineLabel()
    gg.load(op.args[0])
    il.Emit(O.Stloc, ta)
    il.Emit(O.Ldloc, ta)
    emit_ldc_i8(il, O, op.args[1].value)
    il.Emit(O.Div)
    il.Emit(O.Ldloc, ta)
    emit_ldc_i8(il, O, op.args[1].value)
    il.Emit(O.Rem)
    il.Emit(O.Ldc_I4_0)
    il.Emit(O.Conv_I8)
    il.Emit(O.Bge, done)
    il.Emit(O.Ldc_I4_1)
    il.Emit(O.Conv_I8)
    il.Emit(O.Sub)
    il.MarkLabel(done)
    gg.store(op.result)


def shift(op_name: str, helper_name: str):
    """A shift by a constant count in 0..63 is one instruction; other counts
    go to the helper (negative counts raise, 64 and more saturate)."""
    def emit(gg, op):
        from System import Int32
        c = op.args[1]
        if not (isinstance(c, lg.Constant) and 0 <= c.value < 64):
            return helper("Int", helper_name)(gg, op)
        gg.load(op.args[0])
        gg.il.Emit(gg.O.Ldc_I4, Int32(c.value))
        gg.il.Emit(getattr(gg.O, op_name))
        gg.store(op.result)
    return emit


OPS["int_rshift"] = shift("Shr", "Rshift")
OPS["int_lshift"] = shift("Shl", "Lshift")
OPS["uint_rshift"] = shift("Shr_Un", "URshift")
OPS["uint_lshift"] = shift("Shl", "ULshift")
FIRST_ONLY.update({"int_rshift", "int_lshift", "uint_rshift", "uint_lshift"})

reg("float_add", opcodes("Add"))
reg("float_sub", opcodes("Sub"))
reg("float_mul", opcodes("Mul"))
reg("float_lt", opcodes("Clt"))
reg("float_gt", opcodes("Cgt"))
reg("float_eq", opcodes("Ceq"))
reg("float_ne", opcodes("Ceq", *NOT))
reg("float_le", opcodes("Cgt_Un", *NOT))
reg("float_ge", opcodes("Clt_Un", *NOT))


def float_is_true(gg, op):
    from System import Double
    push_all(gg, op)
    gg.il.Emit(gg.O.Ldc_R8, Double(0.0))
    gg.il.Emit(gg.O.Ceq)
    gg.il.Emit(gg.O.Ldc_I4_0)
    gg.il.Emit(gg.O.Ceq)
    gg.store(op.result)


OPS["float_is_true"] = float_is_true
for _n, _m in [("float_truediv", "TrueDiv"), ("float_floordiv", "FloorDiv"), ("float_mod", "Mod"),
               ("float_pow", "Pow"), ("float_fpow", "FPow"), ("float_sqrt", "Sqrt"),
               ("float_exp", "Exp"), ("float_log", "Log"), ("float_min", "Min"),
               ("float_max", "Max"), ("cast_float_to_int", "ToInt"), ("float_repr", "Repr"),
               ("str_to_float", "Parse"), ("float_sin", "Sin"), ("float_cos", "Cos"),
               ("float_tan", "Tan")]:
    OPS[_n] = helper("Flt", _m)
# (sin and cos: the C library's, see Flt.Sin)
for _n in LIBM_UNARY:      # the C library's, see vm/cli/Libm.cs
    OPS["float_" + _n] = helper("Libm", _n.capitalize())
for _n, _m in [("float_floor", "Floor"), ("float_ceil", "Ceiling"), ("float_atan", "Atan"),
               ("float_abs", "Abs"), ("float_fabs", "Abs")]:
    OPS[_n] = helper("math", _m, ["double"])
OPS["float_sqrt"] = float_sqrt
OPS["float_truediv"] = float_truediv
OPS["int_mod"] = int_mod
OPS["int_floordiv"] = int_floordiv
OPS["float_atan2"] = helper("math", "Atan2", ["double", "double"])
OPS["float_isnan"] = helper("double", "IsNaN", ["double"])
OPS["float_isinf"] = helper("double", "IsInfinity", ["double"])

def cast_from_gen(gg, t) -> None:
    """After reading a value of type t out of a runtime container."""
    if gg.tm.erased(t):
        gg.il.Emit(gg.O.Castclass, gg.tm.net(t))


# A comparison with a one-character constant calls Str.<X>Char(s, c),
# which Mono inlines: (helper, helper with the operands swapped, negate).
CHAR_CMP = {"str_eq": ("EqChar", "EqChar", False), "str_ne": ("EqChar", "EqChar", True),
            "str_lt": ("LtChar", "GtChar", False), "str_le": ("LeChar", "GeChar", False),
            "str_gt": ("GtChar", "LtChar", False), "str_ge": ("GeChar", "LeChar", False)}


def char_const(a) -> bool:
    """A constant one-character string of the BMP (not a surrogate)."""
    return isinstance(a, lg.Constant) and a.concretetype == lt.Str and isinstance(a.value, str) \
        and len(a.value) == 1 and ord(a.value) < 0x10000 and not 0xD800 <= ord(a.value) < 0xE000


def char_cmp_operand(op):
    """The non-constant operand of a comparison with a character constant,
    and whether it is the second operand; (None, False) otherwise."""
    if op.opname not in CHAR_CMP:
        return None, False
    a, b = op.args
    if char_const(b) and not char_const(a):
        return a, False
    if char_const(a) and not char_const(b):
        return b, True
    return None, False


# ---- tuples --------------------------------------------------------------------
def emit_newtuple(gen, il, t: lt.Tuple, loaders) -> None:
    from System import Int32
    tm, O = gen.tm, gen.OpCodes
    net = tm.gen(t)
    if net.Equals(tm.TupN):
        il.Emit(O.Ldc_I4, Int32(len(loaders)))
        il.Emit(O.Newarr, tm.object)
        for i, (load, it) in enumerate(zip(loaders, t.items)):
            il.Emit(O.Dup)
            il.Emit(O.Ldc_I4, Int32(i))
            load()
            if tm.is_value(it):
                il.Emit(O.Box, tm.gen(it))
            il.Emit(O.Stelem_Ref)
        il.Emit(O.Newobj, tm.TupN.GetConstructors()[0])
        return
    for load in loaders:
        load()
    il.Emit(O.Newobj, net.GetConstructors()[0])


def newtuple(gg, op):
    emit_newtuple(gg.gen, gg.il, op.result.concretetype,
                  [(lambda a=a: gg.load(a)) for a in values(op)])
    gg.store(op.result)


def tuple_getitem(gg, op):
    from System import Int32
    tm, O, il = gg.tm, gg.O, gg.il
    t = op.args[0].concretetype
    i = op.args[1].value
    if t.items[i] == lt.Void:
        return
    gg.load(op.args[0])
    net = tm.gen(t)
    it = t.items[i]
    if net.Equals(tm.TupN):
        il.Emit(O.Ldfld, tm.TupN.GetField("items"))
        il.Emit(O.Ldc_I4, Int32(i))
        il.Emit(O.Ldelem_Ref)
        if tm.is_value(it):
            il.Emit(O.Unbox_Any, tm.gen(it))
    else:
        il.Emit(O.Ldfld, net.GetField(f"f{i}"))
    cast_from_gen(gg, it)
    gg.store(op.result)


def tuple_eq(gg, op):
    push_all(gg, op)
    tm = gg.tm
    gg.il.Emit(gg.O.Call, tm.method(tm.object, "Equals", [tm.object, tm.object]))
    gg.store(op.result)


def tuple_hash(gg, op):
    push_all(gg, op)
    gg.il.Emit(gg.O.Callvirt, gg.tm.method(gg.tm.object, "GetHashCode"))
    gg.il.Emit(gg.O.Conv_I8)
    gg.store(op.result)


OPS["newtuple"] = newtuple
OPS["tuple_getitem"] = tuple_getitem
OPS["tuple_eq"] = tuple_eq
OPS["tuple_hash"] = tuple_hash


# ---- instances -----------------------------------------------------------------
def new_instance(gg, op):
    gg.il.Emit(gg.O.Newobj, gg.gen.ctors[op.args[0].value])
    gg.store(op.result)


def new_exception(gg, op):
    O, il = gg.O, gg.il
    il.Emit(O.Newobj, gg.gen.ctors[op.args[0].value])
    il.Emit(O.Dup)
    gg.load(op.args[1])
    il.Emit(O.Stfld, gg.tm.PyExc.GetField("message"))
    gg.store(op.result)


def getfield(gg, op):
    obj = op.args[0]
    gg.load(obj)
    gg.il.Emit(gg.O.Ldfld, gg.gen.field(obj.concretetype.classdef, op.args[1].value))
    gg.store(op.result)


def setfield(gg, op):
    obj = op.args[0]
    gg.load(obj)
    gg.load(op.args[2])
    gg.il.Emit(gg.O.Stfld, gg.gen.field(obj.concretetype.classdef, op.args[1].value))


def getclassattr(gg, op):
    """The constant of obj's exact class: isinst tests from the deepest
    subclasses up."""
    O, il, tm = gg.O, gg.il, gg.tm
    cd = op.args[0].concretetype.classdef
    name = op.args[1].value
    subtree = []
    todo = [cd]
    while todo:
        c = todo.pop()
        subtree.append(c)
        todo.extend(c.subclasses)
    subtree.sort(key=lambda c: -len(c.mro()))
    tmp = il.DeclareLocal(tm.object)
    gg.load(op.args[0])
    il.Emit(O.Stloc, tmp)
    done = il.DefineLabel()
    for c in subtree:
        const = c.lookup_class_attr(name)
        if const is None:
            continue
        if c is not cd:
            nxt = il.DefineLabel()
            il.Emit(O.Ldloc, tmp)
            il.Emit(O.Isinst, tm.classes[c])
            il.Emit(O.Brfalse, nxt)
            gg.gen.consts.load(il, const.value, op.result.concretetype)
            il.Emit(O.Br, done)
            il.MarkLabel(nxt)
        else:
            fallback = const
    if cd.lookup_class_attr(name) is not None:
        gg.gen.consts.load(il, cd.lookup_class_attr(name).value, op.result.concretetype)
    else:
        il.Emit(O.Ldstr, f"no class attribute {name}")
        il.Emit(O.Call, tm.method(tm.RT, "Fatal"))
        il.Emit(O.Throw)
    il.MarkLabel(done)
    gg.store(op.result)


def instanceof(gg, op):
    O, il = gg.O, gg.il
    cd = op.args[1].value
    gg.load(op.args[0])
    if cd.base is not None:
        il.Emit(O.Isinst, gg.tm.classes[cd])
    il.Emit(O.Ldnull)
    il.Emit(O.Cgt_Un)
    gg.store(op.result)


def type_is(gg, op):
    O, il, tm = gg.O, gg.il, gg.tm
    from System import Type
    gg.load(op.args[0])
    il.Emit(O.Ldtoken, tm.classes[op.args[1].value])
    il.Emit(O.Call, tm.method(Type.GetType("System.Type"), "GetTypeFromHandle"))
    il.Emit(O.Call, tm.method(tm.RT, "TypeIs"))
    gg.store(op.result)


def same_class(gg, op):
    """type(a) is type(b) (RT.SameClass: null only matches null)."""
    push_all(gg, op)
    gg.il.Emit(gg.O.Call, gg.tm.method(gg.tm.RT, "SameClass"))
    gg.store(op.result)


def classname(gg, op):
    push_all(gg, op)
    gg.il.Emit(gg.O.Call, gg.tm.method(gg.tm.RT, "ClassName"))
    gg.store(op.result)


def cast_instance(gg, op):
    gg.load(op.args[0])
    gg.il.Emit(gg.O.Castclass, gg.tm.classes[op.args[1].value])
    gg.store(op.result)


OPS["new_instance"] = new_instance
OPS["new_exception"] = new_exception
OPS["getfield"] = getfield
OPS["setfield"] = setfield
OPS["getclassattr"] = getclassattr
OPS["instanceof"] = instanceof
OPS["type_is"] = type_is
OPS["same_class"] = same_class
OPS["classname"] = classname
OPS["cast_instance"] = cast_instance


# ---- calls ---------------------------------------------------------------------
def direct_call(gg, op):
    g = op.args[0].value
    for a in op.args[1:]:
        gg.load(a)
    gg.il.Emit(gg.O.Call, gg.gen.graph_methods[g])
    gg.store(op.result)


def indirect_call(gg, op):
    ft = op.args[0].concretetype
    for a in op.args:
        gg.load(a)
    gg.il.Emit(gg.O.Callvirt, gg.gen.fn_invoke(ft))
    gg.store(op.result)


def call_method(gg, op):
    cd = op.args[0].concretetype.classdef
    gg.load(op.args[0])
    for a in op.args[2:]:
        gg.load(a)
    gg.il.Emit(gg.O.Callvirt, gg.gen.slot_for_call(cd, op.args[1].value))
    gg.store(op.result)


EXTERNALS = {"io_write_stdout": "WriteStdout", "io_write_stderr": "WriteStderr",
             "io_flush_stdout": "FlushStdout", "io_read_file": "ReadFile",
             "io_write_file": "WriteFile", "io_read_line_stdin": "ReadLineStdin",
             "io_file_exists": "FileExists", "io_getcwd": "GetCwd", "clock_seconds": "ClockSeconds",
             "time_time": "TimeTime", "time_perf_counter": "ClockSeconds", "time_sleep": "TimeSleep",
             "list_dir": "ListDir"}
FLOAT_EXTERNALS = {"float_format_exp": "FormatExp", "float_parse_decimal": "ParseDecimal"}


def external_call(gg, op):
    name = op.args[0].value
    m = EXTERNALS.get(name)
    typ = gg.tm.RT
    if m is None and name in FLOAT_EXTERNALS:
        m, typ = FLOAT_EXTERNALS[name], gg.tm.Flt
    if m is None:
        from jitgen.backend.cli.assembly import GenError
        raise GenError(f"cli backend: unknown external {name}")
    for a in op.args[1:]:
        gg.load(a)
    gg.il.Emit(gg.O.Call, gg.tm.method(typ, m))
    gg.store(op.result)


OPS["direct_call"] = direct_call
OPS["indirect_call"] = indirect_call
OPS["call_method"] = call_method
OPS["external_call"] = external_call


# the operations of the other opgen modules register themselves in OPS
from jitgen.backend.cli import oplists, opstrings  # noqa: E402,F401
