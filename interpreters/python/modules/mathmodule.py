"""The math module."""
from __future__ import annotations

import math
from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.primitives import W_Int, W_Long, W_Float
from interpreters.python.objspace.functions import W_Module, W_BuiltinFunction
from interpreters.python.objspace.argcheck import check_args
from interpreters.python.objspace.nummethods import float_to_int, int_from_str
from interpreters.python.objspace import operations as ops
from interpreters.python.modules import mathparts, mathnorm, mathgamma
from interpreters.python.objspace.operations import big_of
from interpreters.python.objspace.numbers import BigInt, float_floor, float_ceil
from jitgen.hints import we_are_translated
from vm.floatparts import float_is_negative, pow2

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def arg_float(space: ObjSpace, args: Args, name: str) -> float:
    pos = check_args(space, args, name, 1, 1)
    return space.float_w(pos[0])


def domain_error(space: ObjSpace) -> OperationError:
    return space.error_value("math domain error")


def m_sqrt(space: ObjSpace, args: Args) -> W_Root:
    x = arg_float(space, args, "sqrt")
    if x < 0:
        raise domain_error(space)
    return space.newfloat(math.sqrt(x))


def m_floor(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "floor", 1, 1)
    if ops.is_int_like(space.base_value(pos[0])):
        return space.base_value(pos[0])
    w_f = space.call_special(pos[0], "__floor__", []) if not isinstance(pos[0], W_Float) else None
    if w_f is not None:
        return w_f
    return float_to_int(space, float_floor(space.float_w(pos[0])))


def m_ceil(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "ceil", 1, 1)
    if ops.is_int_like(space.base_value(pos[0])):
        return space.base_value(pos[0])
    w_c = space.call_special(pos[0], "__ceil__", []) if not isinstance(pos[0], W_Float) else None
    if w_c is not None:
        return w_c
    return float_to_int(space, float_ceil(space.float_w(pos[0])))


def m_trunc(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "trunc", 1, 1)
    if ops.is_int_like(space.base_value(pos[0])):
        return space.base_value(pos[0])
    w_t = space.call_special(pos[0], "__trunc__", []) if not isinstance(pos[0], W_Float) else None
    if w_t is not None:
        return w_t
    return float_to_int(space, space.float_w(pos[0]))


def f1(space: ObjSpace, args: Args, name: str) -> float:
    x = arg_float(space, args, name)
    if not we_are_translated():
        return host_f1(space, name, x)
    return subset_f1(space, name, x)


def host_f1(space: ObjSpace, name: str, x: float) -> float:
    """Host mode: CPython's own math functions (exact results and errors)."""
    try:
        return getattr(math, name)(x)
    except ValueError:
        raise domain_error(space)
    except OverflowError:
        raise space.error_overflow("math range error")


def subset_f1(space: ObjSpace, name: str, x: float) -> float:
    """Translated VMs: the subset's math primitives, which call the C
    library's functions as CPython does (jitgen/lower/libm.py) and raise
    its errors; they become the Python-level ValueError/OverflowError."""
    try:
        return libm_f1(space, name, x)
    except ValueError:
        raise domain_error(space)
    except OverflowError:
        raise space.error_overflow("math range error")


def libm_f1(space: ObjSpace, name: str, x: float) -> float:
    if name == "sin":
        return math.sin(x)
    if name == "cos":
        return math.cos(x)
    if name == "tan":
        return math.tan(x)
    if name == "atan":
        return math.atan(x)
    if name == "exp":
        return math.exp(x)
    if name == "fabs":
        return math.fabs(x)
    if name == "asin":
        return math.asin(x)
    if name == "acos":
        return math.acos(x)
    if name == "sinh":
        return math.sinh(x)
    if name == "cosh":
        return math.cosh(x)
    if name == "tanh":
        return math.tanh(x)
    if name == "log2":
        return math.log2(x)
    if name == "log10":
        return math.log10(x)
    if name == "exp2":
        return math.exp2(x)
    if name == "expm1":
        return math.expm1(x)
    if name == "log1p":
        return math.log1p(x)
    if name == "asinh":
        return math.asinh(x)
    if name == "acosh":
        return math.acosh(x)
    if name == "atanh":
        return math.atanh(x)
    if name == "cbrt":
        return math.cbrt(x)
    if name == "erf":
        return math.erf(x)
    if name == "erfc":
        return math.erfc(x)
    if name == "gamma":
        return mathgamma.gamma(x)
    if name == "lgamma":
        return mathgamma.lgamma(x)
    if name == "degrees":
        return x * (180.0 / math.pi)
    if name == "radians":
        return x * (math.pi / 180.0)
    raise space.error(space.w_NotImplementedError, "math.%s is not available in translated VMs yet" % name)


def m_sin(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "sin"))


def m_cos(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "cos"))


def m_tan(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "tan"))


def m_asin(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "asin"))


def m_acos(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "acos"))


def m_atan(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "atan"))


def m_exp(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "exp"))


def m_fabs(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "fabs"))


def m_sinh(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "sinh"))


def m_cosh(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "cosh"))


def m_tanh(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "tanh"))


def m_degrees(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "degrees"))


def m_radians(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "radians"))


def m_erf(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "erf"))


def m_gamma(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "gamma"))


def m_cbrt(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "cbrt"))


def m_erfc(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "erfc"))


def m_lgamma(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "lgamma"))


def m_nextafter(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "nextafter", 2, 2)
    return space.newfloat(mathparts.nextafter(space.float_w(pos[0]), space.float_w(pos[1])))


def m_remainder(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "remainder", 2, 2)
    try:
        return space.newfloat(mathparts.remainder(space.float_w(pos[0]), space.float_w(pos[1])))
    except ValueError:
        raise domain_error(space)


def m_ulp(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(mathparts.ulp(arg_float(space, args, "ulp")))


LOG_E = 0
LOG_2 = 1
LOG_10 = 2


def log_of_float(space: ObjSpace, x: float, which: int) -> float:
    if which == LOG_E:
        if x <= 0.0:
            raise domain_error(space)
        return math.log(x)
    name = "log2" if which == LOG_2 else "log10"
    if not we_are_translated():
        return host_f1(space, name, x)
    return subset_f1(space, name, x)


def big_frexp(b: BigInt) -> tuple[float, int]:
    """(m, e) with b ~= m * 2**e, 0.5 <= m < 1 and m the 53 leading bits of
    b correctly rounded (half to even), as for float(b) but with no limit
    on e.  b > 0."""
    nbits = b.bit_length()
    shift = nbits - 55
    if shift <= 0:
        q = b.to_int() << (-shift)
        sticky = False
    else:
        top = b.rshift(shift)
        q = top.to_int()
        sticky = not top.lshift(shift).eq(b)
    # q has 55 bits: 53 kept, 2 rounding bits, plus the sticky bit
    r = q >> 2
    low = q & 3
    if low == 3 or (low == 2 and (sticky or (r & 1) == 1)):
        r += 1
    if r == (1 << 53):
        return 0.5, nbits + 1
    return float(r) * pow2(-53), nbits


def log_of(space: ObjSpace, w: W_Root, which: int) -> float:
    """log, log2 or log10 of a number; an int too large for a float is
    m * 2**e (big_frexp) and its log is log(m) + e * log(2), as CPython."""
    w_x = space.base_value(w)
    if isinstance(w_x, W_Long):
        b = w_x.bigval
        if b.sign() <= 0:
            raise domain_error(space)
        try:
            x = b.to_float()
        except OverflowError:
            m, e = big_frexp(b)
            return log_of_float(space, m, which) + log_of_float(space, 2.0, which) * float(e)
        return log_of_float(space, x, which)
    if isinstance(w_x, W_Int) and w_x.intval <= 0:
        raise domain_error(space)
    return log_of_float(space, space.float_w(w), which)


def m_log(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "log", 1, 2)
    x = log_of(space, pos[0], LOG_E)
    if len(pos) > 1:
        b = log_of(space, pos[1], LOG_E)
        if b == 0.0:
            raise space.error(space.w_ZeroDivisionError, "float division by zero")
        return space.newfloat(x / b)
    return space.newfloat(x)


def m_log2(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "log2", 1, 1)
    return space.newfloat(log_of(space, pos[0], LOG_2))


def m_log10(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "log10", 1, 1)
    return space.newfloat(log_of(space, pos[0], LOG_10))


def m_pow(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "pow", 2, 2)
    x = space.float_w(pos[0])
    y = space.float_w(pos[1])
    if not mathparts.is_finite(x) or not mathparts.is_finite(y):
        # C99's rules, decided here (a backend's pow need not follow them)
        return space.newfloat(mathparts.pow_nonfinite(x, y))
    try:
        return space.newfloat(math.pow(x, y))
    except ValueError:
        raise domain_error(space)
    except OverflowError:
        raise space.error_overflow("math range error")


def m_atan2(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "atan2", 2, 2)
    return space.newfloat(math.atan2(space.float_w(pos[0]), space.float_w(pos[1])))


def m_hypot(space: ObjSpace, args: Args) -> W_Root:
    vals = [space.float_w(w) for w in args.pos]
    if not we_are_translated():
        return space.newfloat(host_hypot(vals))
    return space.newfloat(mathnorm.vector_norm(vals))


def host_hypot(vals: list[float]) -> float:
    return math.hypot(*vals)


def m_dist(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "dist", 2, 2)
    p = [space.float_w(w) for w in space.list_items(pos[0])]
    q = [space.float_w(w) for w in space.list_items(pos[1])]
    if len(p) != len(q):
        raise space.error_value("both points must have the same number of dimensions")
    diffs: list[float] = []
    i = 0
    while i < len(p):
        diffs.append(p[i] - q[i])
        i += 1
    if not we_are_translated():
        return space.newfloat(host_hypot(diffs))
    return space.newfloat(mathnorm.vector_norm(diffs))


def m_asinh(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "asinh"))


def m_acosh(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "acosh"))


def m_atanh(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "atanh"))


def m_exp2(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "exp2"))


def m_expm1(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "expm1"))


def m_log1p(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(f1(space, args, "log1p"))


def m_copysign(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "copysign", 2, 2)
    x = math.fabs(space.float_w(pos[0]))
    return space.newfloat(-x if float_is_negative(space.float_w(pos[1])) else x)


def m_fmod(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "fmod", 2, 2)
    try:
        return space.newfloat(mathparts.fmod(space.float_w(pos[0]), space.float_w(pos[1])))
    except ValueError:
        raise domain_error(space)


def m_isnan(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(math.isnan(arg_float(space, args, "isnan")))


def m_isinf(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(math.isinf(arg_float(space, args, "isinf")))


def m_isfinite(space: ObjSpace, args: Args) -> W_Root:
    x = arg_float(space, args, "isfinite")
    return space.newbool(not math.isinf(x) and not math.isnan(x))


def m_isclose(space: ObjSpace, args: Args) -> W_Root:
    for kw in args.kwnames:
        if kw not in ("a", "b", "rel_tol", "abs_tol"):
            raise space.error_type("'%s' is an invalid keyword argument for isclose()" % kw)
    if len(args.pos) > 2:
        raise space.error_type("isclose() takes exactly 2 positional arguments (%d given)" % len(args.pos))
    w_a = args.pos[0] if len(args.pos) > 0 else args.get_kw("a")
    w_b = args.pos[1] if len(args.pos) > 1 else args.get_kw("b")
    if w_a is None:
        raise space.error_type("isclose() missing required argument 'a' (pos 1)")
    if w_b is None:
        raise space.error_type("isclose() missing required argument 'b' (pos 2)")
    a = space.float_w(w_a)
    b = space.float_w(w_b)
    w_rel = args.get_kw("rel_tol")
    w_abs = args.get_kw("abs_tol")
    rel = space.float_w(w_rel) if w_rel is not None else 1e-09
    ab = space.float_w(w_abs) if w_abs is not None else 0.0
    if rel < 0.0 or ab < 0.0:
        raise space.error_value("tolerances must be non-negative")
    if a == b:
        return space.w_True
    if math.isinf(a) or math.isinf(b):
        return space.w_False
    diff = math.fabs(b - a)
    return space.newbool(diff <= math.fabs(rel * b) or diff <= math.fabs(rel * a) or diff <= ab)


def big_arg(space: ObjSpace, w: W_Root) -> BigInt:
    """The value of an int argument (or of an object with __index__)."""
    return big_of(space.index_w(w))


def big_gcd(a: BigInt, b: BigInt) -> BigInt:
    a = a.abs()
    b = b.abs()
    while not b.is_zero():
        if a.fits_int() and b.fits_int():
            # Euclid on machine ints once both fit (both are >= 0 here)
            x = a.to_int()
            y = b.to_int()
            while y != 0:
                x, y = y, x % y
            return BigInt.from_int(x)
        a, b = b, a.mod(b)
    return a


def m_gcd(space: ObjSpace, args: Args) -> W_Root:
    g = BigInt.from_int(0)
    for w in args.pos:
        g = big_gcd(g, big_arg(space, w))
    return space.newlong(g)


def m_lcm(space: ObjSpace, args: Args) -> W_Root:
    l = BigInt.from_int(1)
    for w in args.pos:
        b = big_arg(space, w)
        if l.is_zero() or b.is_zero():
            l = BigInt.from_int(0)
        else:
            l = l.mul(b).abs().floordiv(big_gcd(l, b))
    return space.newlong(l)


def m_factorial(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "factorial", 1, 1)
    if isinstance(pos[0], W_Float):
        raise space.error_type("'float' object cannot be interpreted as an integer")
    n = space.int_w(pos[0])
    if n < 0:
        raise space.error_value("factorial() not defined for negative values")
    w_acc: W_Root = space.newint(1)
    i = 2
    while i <= n:
        w_acc = ops.binary_op(space, ops.NB_MULTIPLY, w_acc, space.newint(i))
        i += 1
    return w_acc


def nonneg_arg(space: ObjSpace, w: W_Root, what: str) -> BigInt:
    b = big_arg(space, w)
    if b.sign() < 0:
        raise space.error_value("%s must be a non-negative integer" % what)
    return b


def m_comb(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "comb", 2, 2)
    n = nonneg_arg(space, pos[0], "n")
    k = nonneg_arg(space, pos[1], "k")
    if k.gt(n):
        return space.newint(0)
    nk = n.sub(k)
    if nk.lt(k):
        k = nk
    if not k.fits_int():
        raise space.error_overflow("min(n - k, k) must not exceed %d" % 9223372036854775807)
    steps = k.to_int()
    acc = BigInt.from_int(1)
    i = 1
    while i <= steps:
        # acc * (n - k + i) is divisible by i: acc is C(n - k + i - 1, i - 1)
        acc = acc.mul(nk.int_add(i)).floordiv(BigInt.from_int(i))
        i += 1
    return space.newlong(acc)


def m_perm(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "perm", 1, 2)
    if len(pos) < 2 or pos[1] is space.w_None:
        # CPython: perm(n) is factorial(n), with its message
        if big_arg(space, pos[0]).sign() < 0:
            raise space.error_value("factorial() not defined for negative values")
    n = nonneg_arg(space, pos[0], "n")
    if len(pos) < 2 or pos[1] is space.w_None:
        k = n
    else:
        k = nonneg_arg(space, pos[1], "k")
    if k.gt(n):
        return space.newint(0)
    if not k.fits_int():
        raise space.error_overflow("k must not exceed %d" % 9223372036854775807)
    steps = k.to_int()
    acc = BigInt.from_int(1)
    i = 0
    while i < steps:
        acc = acc.mul(n.int_add(-i))
        i += 1
    return space.newlong(acc)


def m_isqrt(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "isqrt", 1, 1)
    n = big_arg(space, pos[0])
    if n.sign() < 0:
        raise space.error_value("isqrt() argument must be nonnegative")
    if n.is_zero():
        return space.newint(0)
    # Newton from above: start at a power of two >= sqrt(n)
    x = BigInt.from_int(1).lshift((n.bit_length() + 1) // 2)
    while True:
        y = x.add(n.floordiv(x)).rshift(1)
        if not y.lt(x):
            return space.newlong(x)
        x = y


def m_prod(space: ObjSpace, args: Args) -> W_Root:
    w_acc: W_Root = space.newint(1)
    w_start = args.get_kw("start")
    if w_start is not None:
        w_acc = w_start
    for w_x in space.list_items(args.pos[0]):
        w_acc = ops.binary_op(space, ops.NB_MULTIPLY, w_acc, w_x)
    return w_acc


def m_fsum(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "fsum", 1, 1)
    vals = [space.float_w(w) for w in space.list_items(pos[0])]
    try:
        return space.newfloat(mathparts.fsum(vals))
    except mathparts.FloatRangeError as e:
        raise space.error_overflow(str(e))
    except ValueError as e:
        raise space.error_value(str(e))


def m_modf(space: ObjSpace, args: Args) -> W_Root:
    x = arg_float(space, args, "modf")
    return space.newtuple([space.newfloat(mathparts.modf_frac(x)), space.newfloat(mathparts.modf_int(x))])


def m_frexp(space: ObjSpace, args: Args) -> W_Root:
    x = arg_float(space, args, "frexp")
    return space.newtuple([space.newfloat(mathparts.frexp_mantissa(x)),
                           space.newint(mathparts.frexp_exponent(x))])


def m_ldexp(space: ObjSpace, args: Args) -> W_Root:
    pos = check_args(space, args, "ldexp", 2, 2)
    x = space.float_w(pos[0])
    if isinstance(pos[1], W_Float):
        raise space.error_type("Expected an int as second argument to ldexp.")
    w_i = space.index_w(pos[1])
    if isinstance(w_i, W_Long):
        # far outside the float range: 0 or an overflow, as CPython
        if w_i.bigval.sign() < 0 or x == 0.0 or not mathparts.is_finite(x):
            return space.newfloat(x if x == 0.0 or not mathparts.is_finite(x) else mathparts.with_sign_of(0.0, x))
        raise space.error_overflow("math range error")
    try:
        return space.newfloat(mathparts.ldexp(x, space.int_w(w_i)))
    except mathparts.FloatRangeError:
        raise space.error_overflow("math range error")


MATH_FUNCTIONS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "sqrt": m_sqrt, "floor": m_floor, "ceil": m_ceil, "trunc": m_trunc,
    "sin": m_sin, "cos": m_cos, "tan": m_tan, "asin": m_asin, "acos": m_acos,
    "atan": m_atan, "exp": m_exp, "fabs": m_fabs, "sinh": m_sinh,
    "cosh": m_cosh, "tanh": m_tanh, "log2": m_log2, "log10": m_log10,
    "degrees": m_degrees, "radians": m_radians, "erf": m_erf, "gamma": m_gamma,
    "log": m_log, "pow": m_pow, "atan2": m_atan2, "hypot": m_hypot,
    "copysign": m_copysign, "fmod": m_fmod, "isnan": m_isnan, "isinf": m_isinf,
    "isfinite": m_isfinite, "isclose": m_isclose, "gcd": m_gcd, "lcm": m_lcm,
    "factorial": m_factorial, "comb": m_comb, "perm": m_perm, "isqrt": m_isqrt,
    "prod": m_prod, "fsum": m_fsum, "modf": m_modf, "frexp": m_frexp,
    "ldexp": m_ldexp, "dist": m_dist, "asinh": m_asinh, "acosh": m_acosh,
    "atanh": m_atanh, "exp2": m_exp2, "expm1": m_expm1, "log1p": m_log1p,
    "cbrt": m_cbrt, "erfc": m_erfc, "lgamma": m_lgamma, "nextafter": m_nextafter,
    "remainder": m_remainder, "ulp": m_ulp,
}


def make_math(space: ObjSpace) -> W_Module:
    from interpreters.python.modules.importing import new_module
    w_mod = new_module(space, "math")
    d = w_mod.w_dict
    for name in MATH_FUNCTIONS:
        d.setitem(space, space.newstr(name), W_BuiltinFunction(name, MATH_FUNCTIONS[name]))
    d.setitem(space, space.newstr("pi"), space.newfloat(math.pi))
    d.setitem(space, space.newstr("e"), space.newfloat(math.e))
    d.setitem(space, space.newstr("tau"), space.newfloat(math.tau))
    d.setitem(space, space.newstr("inf"), space.newfloat(math.inf))
    d.setitem(space, space.newstr("nan"), space.newfloat(math.nan))
    return w_mod
