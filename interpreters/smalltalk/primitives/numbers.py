"""Integer and Double primitives, with exact overflow into big integers."""
import math
from jitgen.hints import ovfcheck, intmask, r_uint
from interpreters.smalltalk.bignum import BigInt, bigint_from_int, bigint_from_str, bigint_from_float
from interpreters.smalltalk.objects import (
    W_Object, W_Integer, W_BigInteger, W_Double, W_String,
)
from interpreters.smalltalk.universe import Universe, PrimitiveFailed
from interpreters.smalltalk.interpreter import send
from interpreters.smalltalk.primitives.helpers import type_error, arg_int, arg_str
from interpreters.smalltalk.parser import parse_int_text

ADD = 0
SUB = 1
MUL = 2
FLOORDIV = 3
MOD = 4
REM = 5
AND = 6
OR = 7
XOR = 8
OP_NAMES = ["+", "-", "*", "/", "%", "rem:", "&", "bitOr:", "bitXor:"]


def normalize(b: BigInt) -> W_Object:
    """A big result that fits 64 bits becomes a small Integer again."""
    if b.fits_int():
        return W_Integer(b.to_int())
    return W_BigInteger(b)


def is_integer(w: W_Object) -> bool:
    return isinstance(w, W_Integer) or isinstance(w, W_BigInteger)


def to_big(u: Universe, prim: str, w: W_Object) -> BigInt:
    if isinstance(w, W_Integer):
        return bigint_from_int(w.value)
    if isinstance(w, W_BigInteger):
        return w.value
    raise type_error(u, prim, "a number", w)


def to_float(u: Universe, prim: str, w: W_Object) -> float:
    if isinstance(w, W_Integer):
        return float(w.value)
    if isinstance(w, W_Double):
        return w.value
    if isinstance(w, W_BigInteger):
        return w.value.to_float()
    raise type_error(u, prim, "a number", w)


def is_zero(w: W_Object) -> bool:
    if isinstance(w, W_Integer):
        return w.value == 0
    if isinstance(w, W_Double):
        return w.value == 0.0
    return False


def divide_by_zero(u: Universe, rcvr: W_Object) -> W_Object:
    """Answer what `rcvr divideByZero` answers (the library signals ZeroDivide)."""
    return send(u, rcvr, u.symbol("divideByZero"), [])


def fmod(a: float, b: float) -> float:
    """C's fmod: the remainder of truncating division (sign of the dividend)."""
    if math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    if math.isinf(b):
        return a
    q = a / b
    if q >= 0.0:
        t = float(math.floor(q))
    else:
        t = -float(math.floor(-q))
    return a - b * t


def float_op(op: int, a: float, b: float) -> float:
    if op == ADD:
        return a + b
    if op == SUB:
        return a - b
    if op == MUL:
        return a * b
    if op == FLOORDIV:
        return a / b
    if op == MOD:
        return a - b * math.floor(a / b)
    return fmod(a, b)


def small_op(op: int, a: int, b: int) -> int:
    """Raises OverflowError when the result leaves 64 bits."""
    if op == ADD:
        return ovfcheck(a + b)
    if op == SUB:
        return ovfcheck(a - b)
    if op == MUL:
        return ovfcheck(a * b)
    if op == FLOORDIV:
        return ovfcheck(a // b)
    if op == MOD:
        return ovfcheck(a % b)
    if op == REM:
        r = ovfcheck(a % b)
        if r != 0 and (r < 0) != (a < 0):
            r = ovfcheck(r - b)
        return r
    if op == AND:
        return a & b
    if op == OR:
        return a | b
    return a ^ b


def big_op(op: int, a: BigInt, b: BigInt) -> BigInt:
    if op == ADD:
        return a.add(b)
    if op == SUB:
        return a.sub(b)
    if op == MUL:
        return a.mul(b)
    if op == FLOORDIV:
        return a.floordiv(b)
    if op == MOD:
        return a.mod(b)
    if op == REM:
        r = a.mod(b)
        zero = bigint_from_int(0)
        if not r.eq(zero) and r.lt(zero) != a.lt(zero):
            r = r.sub(b)
        return r
    if op == AND:
        return a.and_(b)
    if op == OR:
        return a.or_(b)
    return a.xor(b)


def int_arith(u: Universe, op: int, rcvr: W_Object, arg: W_Object) -> W_Object:
    prim = "Integer>>" + OP_NAMES[op]
    if (op == FLOORDIV or op == MOD or op == REM) and is_zero(arg):
        return divide_by_zero(u, rcvr)
    if isinstance(arg, W_Double) and op <= REM:
        a = to_float(u, prim, rcvr)
        if op == FLOORDIV:
            # as PySOM, som-java and TruffleSOM: an Integer divided by a Double
            # with / answers the quotient truncated to an Integer
            q = a / arg.value
            if q < 0.0:
                return float_to_integer(u, float(math.ceil(q)))
            return float_to_integer(u, float(math.floor(q)))
        if op == MOD:
            # and % is the Double's %, the remainder of fmod (sign of the dividend)
            return W_Double(fmod(a, arg.value))
        return W_Double(float_op(op, a, arg.value))
    if isinstance(rcvr, W_Integer) and isinstance(arg, W_Integer):
        try:
            return W_Integer(small_op(op, rcvr.value, arg.value))
        except OverflowError:
            pass
    return normalize(big_op(op, to_big(u, prim, rcvr), to_big(u, prim, arg)))


def prim_int_add(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    a = args[0]
    if isinstance(rcvr, W_Integer) and isinstance(a, W_Integer):
        try:
            return W_Integer(ovfcheck(rcvr.value + a.value))
        except OverflowError:
            pass
    return int_arith(u, ADD, rcvr, a)


def prim_int_sub(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    a = args[0]
    if isinstance(rcvr, W_Integer) and isinstance(a, W_Integer):
        try:
            return W_Integer(ovfcheck(rcvr.value - a.value))
        except OverflowError:
            pass
    return int_arith(u, SUB, rcvr, a)


def prim_int_mul(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return int_arith(u, MUL, rcvr, args[0])


def prim_int_div(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return int_arith(u, FLOORDIV, rcvr, args[0])


def prim_int_mod(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return int_arith(u, MOD, rcvr, args[0])


def prim_int_rem(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return int_arith(u, REM, rcvr, args[0])


def prim_int_and(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return int_arith(u, AND, rcvr, args[0])


def prim_int_or(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return int_arith(u, OR, rcvr, args[0])


def prim_int_xor(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return int_arith(u, XOR, rcvr, args[0])


def prim_int_double_div(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if is_zero(args[0]):
        return divide_by_zero(u, rcvr)
    return W_Double(to_float(u, "Integer>>//", rcvr) / to_float(u, "Integer>>//", args[0]))


def compare(u: Universe, prim: str, a: W_Object, b: W_Object) -> int:
    """-1, 0 or 1; raises if b is not a number."""
    if isinstance(a, W_Integer) and isinstance(b, W_Integer):
        if a.value < b.value:
            return -1
        if a.value > b.value:
            return 1
        return 0
    if isinstance(a, W_Double) or isinstance(b, W_Double):
        x = to_float(u, prim, a)
        y = to_float(u, prim, b)
        if x < y:
            return -1
        if x > y:
            return 1
        if x == y:
            return 0
        return 2          # NaN: unordered
    return to_big(u, prim, a).compare(to_big(u, prim, b))


def is_number(w: W_Object) -> bool:
    return isinstance(w, W_Integer) or isinstance(w, W_BigInteger) or isinstance(w, W_Double)


def prim_num_eq(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if not is_number(args[0]):
        return u.false
    return u.bool_object(compare(u, "=", rcvr, args[0]) == 0)


def prim_num_ne(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if not is_number(args[0]):
        return u.true
    return u.bool_object(compare(u, "<>", rcvr, args[0]) != 0)


def prim_num_lt(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    a = args[0]
    if isinstance(rcvr, W_Integer) and isinstance(a, W_Integer):
        return u.bool_object(rcvr.value < a.value)
    return u.bool_object(compare(u, "<", rcvr, a) == -1)


def prim_num_le(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    a = args[0]
    if isinstance(rcvr, W_Integer) and isinstance(a, W_Integer):
        return u.bool_object(rcvr.value <= a.value)
    c = compare(u, "<=", rcvr, a)
    return u.bool_object(c == -1 or c == 0)


def prim_num_gt(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    a = args[0]
    if isinstance(rcvr, W_Integer) and isinstance(a, W_Integer):
        return u.bool_object(rcvr.value > a.value)
    return u.bool_object(compare(u, ">", rcvr, a) == 1)


def prim_num_ge(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    a = args[0]
    if isinstance(rcvr, W_Integer) and isinstance(a, W_Integer):
        return u.bool_object(rcvr.value >= a.value)
    c = compare(u, ">=", rcvr, a)
    return u.bool_object(c == 1 or c == 0)


def prim_int_lshift(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    n = arg_int(u, "Integer>><<", args[0])
    if n < 0:
        return prim_int_rshift(u, rcvr, [W_Integer(-n)])
    if isinstance(rcvr, W_Integer) and n < 63:
        r = intmask(rcvr.value << n)
        if (r >> n) == rcvr.value:
            return W_Integer(r)
    return normalize(to_big(u, "Integer>><<", rcvr).lshift(n))


def prim_int_rshift(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    n = arg_int(u, "Integer>>>>", args[0])
    if n < 0:
        return prim_int_lshift(u, rcvr, [W_Integer(-n)])
    if isinstance(rcvr, W_Integer):
        if n > 63:
            n = 63
        return W_Integer(rcvr.value >> n)
    return normalize(to_big(u, "Integer>>>>", rcvr).rshift(n))


def prim_int_urshift(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    n = arg_int(u, "Integer>>>>>", args[0])
    if isinstance(rcvr, W_Integer):
        if n >= 64:
            return W_Integer(0)
        return W_Integer(intmask(int(r_uint(rcvr.value) >> n)))
    return normalize(to_big(u, "Integer>>>>>", rcvr).rshift(n))


def low32(u: Universe, rcvr: W_Object) -> int:
    if isinstance(rcvr, W_Integer):
        return rcvr.value & 0xFFFFFFFF
    return to_big(u, "as32Bit", rcvr).and_(bigint_from_int(0xFFFFFFFF)).to_int()


def prim_as32_unsigned(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Integer(low32(u, rcvr))


def prim_as32_signed(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    v = low32(u, rcvr)
    if v >= 0x80000000:
        v -= 0x100000000
    return W_Integer(v)


def prim_int_sqrt(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    f = to_float(u, "Integer>>sqrt", rcvr)
    if f < 0.0:
        return W_Double(math.nan)
    r = math.sqrt(f)
    if r == math.floor(r) and r < 9.0e18:
        return W_Integer(int(r))
    return W_Double(r)


def prim_int_as_string(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if isinstance(rcvr, W_Integer):
        return W_String(str(rcvr.value))
    return W_String(to_big(u, "Integer>>asString", rcvr).str())


def prim_int_as_double(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Double(to_float(u, "Integer>>asDouble", rcvr))


def prim_int_hashcode(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if isinstance(rcvr, W_Integer):
        return rcvr
    return W_Integer(to_big(u, "Integer>>hashcode", rcvr).hash())


def prim_int_at_random(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    n = arg_int(u, "Integer>>atRandom", rcvr)
    u.random_state = (u.random_state * 1103515245 + 12345) & 0x7FFFFFFF
    if n <= 0:
        return W_Integer(0)
    return W_Integer(u.random_state % n + 1)


def prim_int_from_string(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    s = arg_str(u, "Integer class>>fromString:", args[0]).strip()
    try:
        fits, v = parse_int_text(s)
    except ValueError:
        return u.nil
    if s == "" or s == "-":
        return u.nil
    if fits:
        return W_Integer(v)
    return normalize(bigint_from_str(s, 10))


# -- Double ----------------------------------------------------------------

def dbl(u: Universe, prim: str, w: W_Object) -> float:
    return to_float(u, "Double>>" + prim, w)


def prim_dbl_add(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Double(dbl(u, "+", rcvr) + dbl(u, "+", args[0]))


def prim_dbl_sub(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Double(dbl(u, "-", rcvr) - dbl(u, "-", args[0]))


def prim_dbl_mul(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Double(dbl(u, "*", rcvr) * dbl(u, "*", args[0]))


def prim_dbl_div(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    d = dbl(u, "/", args[0])
    if d == 0.0:
        return divide_by_zero(u, rcvr)
    return W_Double(dbl(u, "/", rcvr) / d)


def prim_dbl_mod(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    d = dbl(u, "%", args[0])
    if d == 0.0:
        return divide_by_zero(u, rcvr)
    return W_Double(fmod(dbl(u, "%", rcvr), d))


def prim_dbl_sqrt(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    f = dbl(u, "sqrt", rcvr)
    if f < 0.0:
        return W_Double(math.nan)
    return W_Double(math.sqrt(f))


def float_to_integer(u: Universe, f: float) -> W_Object:
    """An integral float as an Integer (big if needed)."""
    if math.isnan(f) or math.isinf(f):
        raise PrimitiveFailed("cannot convert " + format_double(f) + " to an Integer")
    if -9.0e18 < f < 9.0e18:
        return W_Integer(int(f))
    return normalize(bigint_from_float(f))


def prim_dbl_round(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return float_to_integer(u, float(math.floor(dbl(u, "round", rcvr) + 0.5)))


def prim_dbl_as_integer(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    f = dbl(u, "asInteger", rcvr)
    if f < 0.0:
        return float_to_integer(u, -float(math.floor(-f)))
    return float_to_integer(u, float(math.floor(f)))


def prim_dbl_floor(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return float_to_integer(u, float(math.floor(dbl(u, "floor", rcvr))))


def prim_dbl_ceiling(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return float_to_integer(u, -float(math.floor(-dbl(u, "ceiling", rcvr))))


def prim_dbl_cos(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Double(math.cos(dbl(u, "cos", rcvr)))


def prim_dbl_sin(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Double(math.sin(dbl(u, "sin", rcvr)))


def prim_dbl_exp(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Double(math.exp(dbl(u, "exp", rcvr)))


def prim_dbl_log(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    f = dbl(u, "log", rcvr)
    if f <= 0.0:
        return W_Double(math.nan if f < 0.0 else -math.inf)
    return W_Double(math.log(f))


def format_double(f: float) -> str:
    if math.isnan(f):
        return "NaN"
    if math.isinf(f):
        return "Infinity" if f > 0.0 else "-Infinity"
    return str(f)


def prim_dbl_as_string(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_String(format_double(dbl(u, "asString", rcvr)))


def prim_dbl_hashcode(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    f = dbl(u, "hashcode", rcvr)
    if f == math.floor(f) and -9.0e18 < f < 9.0e18:
        return W_Integer(int(f))
    return W_Integer(hash(str(f)))


def prim_dbl_positive_infinity(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Double(math.inf)


def prim_dbl_from_string(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    s = arg_str(u, "Double class>>fromString:", args[0])
    try:
        return W_Double(float(s))
    except ValueError:
        return W_Double(math.nan)


PRIMITIVES = {
    "Integer>>+": prim_int_add,
    "Integer>>-": prim_int_sub,
    "Integer>>*": prim_int_mul,
    "Integer>>/": prim_int_div,
    "Integer>>//": prim_int_double_div,
    "Integer>>%": prim_int_mod,
    "Integer>>rem:": prim_int_rem,
    "Integer>>&": prim_int_and,
    "Integer>>bitAnd:": prim_int_and,
    "Integer>>bitOr:": prim_int_or,
    "Integer>>bitXor:": prim_int_xor,
    "Integer>><<": prim_int_lshift,
    "Integer>>>>": prim_int_rshift,
    "Integer>>>>>": prim_int_urshift,
    "Integer>>=": prim_num_eq,
    "Integer>><>": prim_num_ne,
    "Integer>>~=": prim_num_ne,
    "Integer>><": prim_num_lt,
    "Integer>><=": prim_num_le,
    "Integer>>>": prim_num_gt,
    "Integer>>>=": prim_num_ge,
    "Integer>>sqrt": prim_int_sqrt,
    "Integer>>asString": prim_int_as_string,
    "Integer>>asDouble": prim_int_as_double,
    "Integer>>hashcode": prim_int_hashcode,
    "Integer>>atRandom": prim_int_at_random,
    "Integer>>as32BitSignedValue": prim_as32_signed,
    "Integer>>as32BitUnsignedValue": prim_as32_unsigned,
    "Integer class>>fromString:": prim_int_from_string,
    "Double>>+": prim_dbl_add,
    "Double>>-": prim_dbl_sub,
    "Double>>*": prim_dbl_mul,
    "Double>>/": prim_dbl_div,
    "Double>>//": prim_dbl_div,
    "Double>>%": prim_dbl_mod,
    "Double>>=": prim_num_eq,
    "Double>><>": prim_num_ne,
    "Double>>~=": prim_num_ne,
    "Double>><": prim_num_lt,
    "Double>><=": prim_num_le,
    "Double>>>": prim_num_gt,
    "Double>>>=": prim_num_ge,
    "Double>>sqrt": prim_dbl_sqrt,
    "Double>>round": prim_dbl_round,
    "Double>>asInteger": prim_dbl_as_integer,
    "Double>>floor": prim_dbl_floor,
    "Double>>ceiling": prim_dbl_ceiling,
    "Double>>cos": prim_dbl_cos,
    "Double>>sin": prim_dbl_sin,
    "Double>>exp": prim_dbl_exp,
    "Double>>log": prim_dbl_log,
    "Double>>asString": prim_dbl_as_string,
    "Double>>hashcode": prim_dbl_hashcode,
    "Double class>>PositiveInfinity": prim_dbl_positive_infinity,
    "Double class>>fromString:": prim_dbl_from_string,
}
