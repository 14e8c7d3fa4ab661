"""Operators: binary (with reflected and in-place variants), unary, and
rich comparison, following CPython's dispatch rules, with fast paths for
machine ints, floats and strings."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from jitgen.hints import ovfcheck
from interpreters.python.objspace.base import W_Root, OperationError
from interpreters.python.objspace.primitives import W_Int, W_Bool, W_Long, W_Float, W_Str, W_Bytes
from interpreters.python.objspace.containers import W_List, W_Tuple
from interpreters.python.objspace.functions import W_Function, W_BuiltinFunction
from interpreters.python.objspace.numbers import BigInt, float_floor
from vm.floatfmt import float_mod as vm_float_mod, float_floordiv as vm_float_floordiv

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace

NB_ADD = 0
NB_AND = 1
NB_FLOOR_DIVIDE = 2
NB_LSHIFT = 3
NB_MATRIX_MULTIPLY = 4
NB_MULTIPLY = 5
NB_REMAINDER = 6
NB_OR = 7
NB_POWER = 8
NB_RSHIFT = 9
NB_SUBTRACT = 10
NB_TRUE_DIVIDE = 11
NB_XOR = 12
NB_INPLACE_OFFSET = 13
REFLECTED = 0x100

BINOP_SYMBOLS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
BINOP_NAMES = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or",
               "pow", "rshift", "sub", "truediv", "xor"]
BINOP_DUNDER = ["__%s__" % _n for _n in BINOP_NAMES]
BINOP_RDUNDER = ["__r%s__" % _n for _n in BINOP_NAMES]
BINOP_IDUNDER = ["__i%s__" % _n for _n in BINOP_NAMES]

CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5
CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="]
CMP_DUNDER = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
CMP_SWAPPED = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE]


def binary_op(space: ObjSpace, nb: int, w_a: W_Root, w_b: W_Root) -> W_Root:
    """a op b, or a op= b when nb >= NB_INPLACE_OFFSET."""
    if type(w_a) is W_Int and type(w_b) is W_Int:
        op = nb
        if op >= NB_INPLACE_OFFSET:
            op -= NB_INPLACE_OFFSET
        return int_int_op(space, op, w_a.intval, w_b.intval)
    if isinstance(w_a, W_Float) and isinstance(w_b, W_Float):
        op = nb
        if op >= NB_INPLACE_OFFSET:
            op -= NB_INPLACE_OFFSET
        w_r = float_op(space, op, w_a.floatval, w_b.floatval)
        if w_r is not None:
            return w_r
    if nb >= NB_INPLACE_OFFSET:
        op = nb - NB_INPLACE_OFFSET
        if isinstance(w_a, W_List) and op == NB_ADD:
            w_a.items.extend(space.list_items(w_b))
            return w_a
        w_res = space.call_special(w_a, BINOP_IDUNDER[op], [w_b])
        if w_res is not None and w_res is not space.w_NotImplemented:
            return w_res
        return binary_op_generic(space, op, w_a, w_b, BINOP_SYMBOLS[op] + "=")
    if nb == NB_ADD and isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        return space.newstr(w_a.value + w_b.value)
    return binary_op_generic(space, nb, w_a, w_b, BINOP_SYMBOLS[nb])


def binary_op_generic(space: ObjSpace, op: int, w_a: W_Root, w_b: W_Root, symbol: str) -> W_Root:
    w_res = try_binary_op(space, op, w_a, w_b)
    if w_res is not None:
        return w_res
    if op == NB_MULTIPLY or op == NB_ADD:
        for w_seq in [w_a, w_b]:
            w_sb = space.base_value(w_seq)
            if isinstance(w_sb, W_Str) or isinstance(w_sb, W_List) or isinstance(w_sb, W_Tuple) or isinstance(w_sb, W_Bytes):
                w_other = w_b if w_seq is w_a else w_a
                if op == NB_MULTIPLY:
                    raise space.error_type("can't multiply sequence by non-int of type '%s'" % space.type_name(w_other))
                if w_seq is w_a and isinstance(w_sb, W_Bytes):
                    raise space.error_type("can't concat %s to bytes" % space.type_name(w_b))
                if w_seq is w_a:
                    raise space.error_type('can only concatenate %s (not "%s") to %s' % (
                        space.type_name(w_sb), space.type_name(w_b), space.type_name(w_sb)))
    if op == NB_POWER:
        raise space.error_type("unsupported operand type(s) for ** or pow(): '%s' and '%s'" % (space.type_name(w_a), space.type_name(w_b)))
    raise space.error_type("unsupported operand type(s) for %s: '%s' and '%s'" % (symbol, space.type_name(w_a), space.type_name(w_b)))


def try_binary_op(space: ObjSpace, op: int, w_a: W_Root, w_b: W_Root) -> W_Root | None:
    w_ta = space.type(w_a)
    w_tb = space.type(w_b)
    name = BINOP_DUNDER[op]
    rname = BINOP_RDUNDER[op]
    w_left = w_ta.lookup(name)
    w_right: W_Root | None = None
    if w_tb is not w_ta:
        w_right = w_tb.lookup(rname)
        if w_right is not None and w_right is w_ta.lookup(rname):
            w_right = None
    if w_right is not None and w_tb.is_subtype(w_ta):
        w_res = space.call_special(w_b, rname, [w_a])
        if w_res is not None and w_res is not space.w_NotImplemented:
            return w_res
        w_right = None
    if w_left is not None:
        w_res = space.call_special(w_a, name, [w_b])
        if w_res is not None and w_res is not space.w_NotImplemented:
            return w_res
    if w_right is not None:
        w_res = space.call_special(w_b, rname, [w_a])
        if w_res is not None and w_res is not space.w_NotImplemented:
            return w_res
    return None


# ------------------------------------------------------------------ ints
def big_of(w: W_Root) -> BigInt:
    if isinstance(w, W_Long):
        return w.bigval
    assert isinstance(w, W_Int)
    return BigInt.from_int(w.intval)


def int_int_op(space: ObjSpace, op: int, a: int, b: int) -> W_Root:
    """An operation on two machine ints; overflow goes to BigInt."""
    try:
        if op == NB_ADD:
            return space.newint(ovfcheck(a + b))
        if op == NB_SUBTRACT:
            return space.newint(ovfcheck(a - b))
        if op == NB_MULTIPLY:
            return space.newint(ovfcheck(a * b))
        if op == NB_FLOOR_DIVIDE:
            if b == 0:
                raise space.error_zero("integer division or modulo by zero")
            return space.newint(ovfcheck(a // b))
        if op == NB_REMAINDER:
            if b == 0:
                raise space.error_zero("integer modulo by zero")
            return space.newint(ovfcheck(a % b))
        if op == NB_TRUE_DIVIDE:
            if b == 0:
                raise space.error_zero("division by zero")
            if -(1 << 53) <= a <= (1 << 53) and -(1 << 53) <= b <= (1 << 53):
                return space.newfloat(float(a) / float(b))
            return space.newfloat(BigInt.from_int(a).truediv(BigInt.from_int(b)))
        if op == NB_AND:
            return space.newint(a & b)
        if op == NB_OR:
            return space.newint(a | b)
        if op == NB_XOR:
            return space.newint(a ^ b)
        if op == NB_LSHIFT:
            if b < 0:
                raise space.error_value("negative shift count")
            if b < 63 and a == ((a << b) >> b):
                return space.newint(ovfcheck(a << b))
            return space.newlong(BigInt.from_int(a).lshift(b))
        if op == NB_RSHIFT:
            if b < 0:
                raise space.error_value("negative shift count")
            if b >= 63:
                return space.newint(-1 if a < 0 else 0)
            return space.newint(a >> b)
        if op == NB_POWER:
            if b < 0:
                if a == 0:
                    raise space.error_zero("0.0 cannot be raised to a negative power")
                return space.newfloat(math.pow(float(a), float(b)))
            return int_pow(space, a, b)
    except OverflowError:
        return long_op(space, op, BigInt.from_int(a), BigInt.from_int(b))
    return space.w_NotImplemented


def int_pow(space: ObjSpace, a: int, b: int) -> W_Root:
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * base)
            e >>= 1
            if e > 0:
                base = ovfcheck(base * base)
        return space.newint(result)
    except OverflowError:
        return space.newlong(BigInt.from_int(a).pow(BigInt.from_int(b), None))


def long_op(space: ObjSpace, op: int, a: BigInt, b: BigInt) -> W_Root:
    try:
        if op == NB_ADD:
            return space.newlong(a.add(b))
        if op == NB_SUBTRACT:
            return space.newlong(a.sub(b))
        if op == NB_MULTIPLY:
            return space.newlong(a.mul(b))
        if op == NB_FLOOR_DIVIDE:
            return space.newlong(a.floordiv(b))
        if op == NB_REMAINDER:
            if b.is_zero():
                raise space.error_zero("integer modulo by zero")
            return space.newlong(a.mod(b))
        if op == NB_TRUE_DIVIDE:
            if b.is_zero():
                raise space.error_zero("division by zero")
            return space.newfloat(a.truediv(b))
        if op == NB_AND:
            return space.newlong(a.and_(b))
        if op == NB_OR:
            return space.newlong(a.or_(b))
        if op == NB_XOR:
            return space.newlong(a.xor(b))
        if op == NB_LSHIFT:
            if b.sign() < 0:
                raise space.error_value("negative shift count")
            return space.newlong(a.lshift(b.to_int()))
        if op == NB_RSHIFT:
            if b.sign() < 0:
                raise space.error_value("negative shift count")
            if not b.fits_int():
                return space.newint(-1 if a.sign() < 0 else 0)
            return space.newlong(a.rshift(b.to_int()))
        if op == NB_POWER:
            if b.sign() < 0:
                return space.newfloat(math.pow(a.to_float(), b.to_float()))
            return space.newlong(a.pow(b, None))
    except ZeroDivisionError:
        raise space.error_zero("integer division or modulo by zero")
    except OverflowError:
        raise space.error_overflow("int too large to convert to float")
    return space.w_NotImplemented


def int_binop(space: ObjSpace, op: int, w_a: W_Root, w_b: W_Root) -> W_Root:
    """op on two int objects (W_Int, W_Bool or W_Long)."""
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        if isinstance(w_a, W_Bool) and isinstance(w_b, W_Bool):
            if op == NB_AND:
                return space.newbool((w_a.intval & w_b.intval) != 0)
            if op == NB_OR:
                return space.newbool((w_a.intval | w_b.intval) != 0)
            if op == NB_XOR:
                return space.newbool((w_a.intval ^ w_b.intval) != 0)
        return int_int_op(space, op, w_a.intval, w_b.intval)
    return long_op(space, op, big_of(w_a), big_of(w_b))


def is_int_like(w: W_Root) -> bool:
    return isinstance(w, W_Int) or isinstance(w, W_Long)


# ---------------------------------------------------------------- floats
def float_op(space: ObjSpace, op: int, a: float, b: float) -> W_Root | None:
    if op == NB_ADD:
        return space.newfloat(a + b)
    if op == NB_SUBTRACT:
        return space.newfloat(a - b)
    if op == NB_MULTIPLY:
        return space.newfloat(a * b)
    if op == NB_TRUE_DIVIDE:
        if b == 0.0:
            raise space.error_zero("float division by zero")
        return space.newfloat(a / b)
    if op == NB_FLOOR_DIVIDE:
        if b == 0.0:
            raise space.error_zero("float floor division by zero")
        return space.newfloat(float_floordiv(a, b))
    if op == NB_REMAINDER:
        if b == 0.0:
            raise space.error_zero("float modulo")
        return space.newfloat(float_mod(a, b))
    if op == NB_POWER:
        if a < 0.0 and b - b == 0.0 and b != float_floor(b):
            # a negative base to a fractional power is complex, as in CPython
            w_c = space.call_function(space.complex_type(), [space.newfloat(a)])
            return binary_op(space, NB_POWER, w_c, space.newfloat(b))
        return space.newfloat(float_pow(space, a, b))
    return None


def float_mod(a: float, b: float) -> float:
    return vm_float_mod(a, b)


def float_floordiv(a: float, b: float) -> float:
    return vm_float_floordiv(a, b)


def float_pow(space: ObjSpace, a: float, b: float) -> float:
    if a == 0.0 and b < 0.0:
        raise space.error_zero("0.0 cannot be raised to a negative power")
    if a < 0.0 and b - b == 0.0 and b != float_floor(b):
        raise space.error_value("complex results are not supported")
    try:
        return math.pow(a, b)
    except OverflowError:
        raise space.error_overflow("(34, 'Numerical result out of range')")


def float_binop(space: ObjSpace, op: int, a: float, b: float) -> W_Root:
    w_r = float_op(space, op, a, b)
    if w_r is None:
        return space.w_NotImplemented
    return w_r


# ----------------------------------------------------------------- unary
def unary_negative(space: ObjSpace, w_a: W_Root) -> W_Root:
    if type(w_a) is W_Int:
        try:
            return space.newint(ovfcheck(-w_a.intval))
        except OverflowError:
            return space.newlong(BigInt.from_int(w_a.intval).neg())
    if isinstance(w_a, W_Float):
        return space.newfloat(-w_a.floatval)
    return unary_special(space, w_a, "__neg__", "-")


def unary_positive(space: ObjSpace, w_a: W_Root) -> W_Root:
    if type(w_a) is W_Int or isinstance(w_a, W_Float):
        return w_a
    return unary_special(space, w_a, "__pos__", "+")


def unary_invert(space: ObjSpace, w_a: W_Root) -> W_Root:
    if type(w_a) is W_Int:
        return space.newint(~w_a.intval)
    return unary_special(space, w_a, "__invert__", "~")


def unary_special(space: ObjSpace, w_a: W_Root, name: str, symbol: str) -> W_Root:
    w_res = space.call_special(w_a, name, [])
    if w_res is None:
        raise space.error_type("bad operand type for unary %s: '%s'" % (symbol, space.type_name(w_a)))
    return w_res


# ------------------------------------------------------------ comparison
def cmp_result(space: ObjSpace, c: int, op: int) -> W_Root:
    """A W_Bool from a three-way comparison result c (-1, 0, 1)."""
    if op == CMP_LT:
        return space.newbool(c < 0)
    if op == CMP_LE:
        return space.newbool(c <= 0)
    if op == CMP_EQ:
        return space.newbool(c == 0)
    if op == CMP_NE:
        return space.newbool(c != 0)
    if op == CMP_GT:
        return space.newbool(c > 0)
    return space.newbool(c >= 0)


def rich_compare(space: ObjSpace, w_a: W_Root, w_b: W_Root, op: int) -> W_Root:
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        a = w_a.intval
        b = w_b.intval
        return cmp_result(space, (a > b) - (a < b), op)
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        sa = w_a.value
        sb = w_b.value
        return cmp_result(space, (sa > sb) - (sa < sb), op)
    if isinstance(w_a, W_Float) and isinstance(w_b, W_Float):
        return float_compare(space, w_a.floatval, w_b.floatval, op)
    w_ta = space.type(w_a)
    w_tb = space.type(w_b)
    name = CMP_DUNDER[op]
    swapped = CMP_SWAPPED[op]
    rname = CMP_DUNDER[swapped]
    checked_reverse = False
    if w_ta is not w_tb and w_tb.is_subtype(w_ta) and w_tb.lookup(rname) is not None:
        checked_reverse = True
        w_res = space.call_special(w_b, rname, [w_a])
        if w_res is not None and w_res is not space.w_NotImplemented:
            return w_res
    w_res = space.call_special(w_a, name, [w_b])
    if w_res is not None and w_res is not space.w_NotImplemented:
        return w_res
    if not checked_reverse:
        w_res = space.call_special(w_b, rname, [w_a])
        if w_res is not None and w_res is not space.w_NotImplemented:
            return w_res
    if op == CMP_EQ:
        return space.newbool(w_a is w_b)
    if op == CMP_NE:
        return space.newbool(w_a is not w_b)
    raise space.error_type("'%s' not supported between instances of '%s' and '%s'" % (
        CMP_SYMBOLS[op], w_ta.name, w_tb.name))


def float_compare(space: ObjSpace, a: float, b: float, op: int) -> W_Root:
    if op == CMP_LT:
        return space.newbool(a < b)
    if op == CMP_LE:
        return space.newbool(a <= b)
    if op == CMP_EQ:
        return space.newbool(a == b)
    if op == CMP_NE:
        return space.newbool(a != b)
    if op == CMP_GT:
        return space.newbool(a > b)
    return space.newbool(a >= b)


def compare_bool(space: ObjSpace, w_a: W_Root, w_b: W_Root, op: int) -> bool:
    return space.is_true(rich_compare(space, w_a, w_b, op))


def seq_compare(space: ObjSpace, a: list[W_Root], b: list[W_Root], op: int) -> W_Root:
    """Lexicographic comparison of two sequences (lists, tuples)."""
    i = 0
    n = min(len(a), len(b))
    while i < n:
        if not space.eq_w(a[i], b[i]):
            break
        i += 1
    if i >= n:
        la = len(a)
        lb = len(b)
        return cmp_result(space, (la > lb) - (la < lb), op)
    if op == CMP_EQ:
        return space.w_False
    if op == CMP_NE:
        return space.w_True
    return rich_compare(space, a[i], b[i], op)


def is_function_like(w: W_Root) -> bool:
    return isinstance(w, W_Function) or isinstance(w, W_BuiltinFunction)


def mixed_int_float_compare(space: ObjSpace, w_a: W_Root, w_b: W_Root, op: int) -> W_Root:
    """Numeric comparison when one side is an int and the other a float."""
    fa = num_as_float_exact(space, w_a)
    fb = num_as_float_exact(space, w_b)
    return float_compare(space, fa, fb, op)


def num_as_float_exact(space: ObjSpace, w: W_Root) -> float:
    if isinstance(w, W_Float):
        return w.floatval
    if isinstance(w, W_Int):
        return float(w.intval)
    if isinstance(w, W_Long):
        try:
            return w.bigval.to_float()
        except OverflowError:
            return math.inf if w.bigval.sign() > 0 else -math.inf
    raise OperationError(space.new_exception(space.w_TypeError, []))


def pow3(space: ObjSpace, w_a: W_Root, w_b: W_Root, w_m: W_Root) -> W_Root:
    if not (is_int_like(w_a) and is_int_like(w_b) and is_int_like(w_m)):
        raise space.error_type("pow() 3rd argument not allowed unless all arguments are integers")
    a = big_of(w_a)
    b = big_of(w_b)
    m = big_of(w_m)
    if m.is_zero():
        raise space.error_value("pow() 3rd argument cannot be 0")
    try:
        # a negative exponent means the modular inverse (Python 3.8+)
        return space.newlong(a.pow(b, m))
    except ValueError:
        raise space.error_value("base is not invertible for the given modulus")
