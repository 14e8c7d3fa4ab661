"""The methods of int, bool and float."""
from __future__ import annotations

import math
from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.primitives import W_Int, W_Bool, W_Long, W_Float, W_Str, W_Bytes
from interpreters.python.objspace.typeobject import W_Type, W_Object
from interpreters.python.objspace.argcheck import method_args
from interpreters.python.objspace.numbers import (
    BigInt, float_repr, parse_float, round_float, float_hash, float_floor as floor_f,
    float_ceil as ceil_f)
from interpreters.python.objspace.formatting import format_number, check_str_digits, INT_DIGITS_MESSAGE
from interpreters.python.objspace.operations import (
    int_binop, float_binop, cmp_result, float_compare, REFLECTED, is_int_like,
    NB_POWER, num_as_float_exact, pow3, big_of)
from interpreters.python.objspace.textutil import decimal_value
from interpreters.python.objspace import intbytes
from interpreters.python.modules import mathparts

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def self_int(space: ObjSpace, w: W_Root) -> W_Root:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Int) or isinstance(w_b, W_Long):
        return w_b
    raise space.error_type("descriptor requires an 'int' object but received a '%s'" % space.type_name(w))


def self_float(space: ObjSpace, w: W_Root) -> float:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Float):
        return w_b.floatval
    raise space.error_type("descriptor requires a 'float' object but received a '%s'" % space.type_name(w))


def long_decimal(space: ObjSpace, big: BigInt) -> str:
    check_str_digits(space, big)
    return big.str()


def int_from_str(space: ObjSpace, s: str, base: int) -> W_Root:
    orig = s
    given_base = base
    s = s.strip().replace("_", "") if "__" not in s else "!"
    neg = False
    body = s
    if body.startswith("-") or body.startswith("+"):
        neg = body.startswith("-")
        body = body[1:]
    low = body.lower()
    if base == 0:
        if low.startswith("0x"):
            base = 16
            body = body[2:]
        elif low.startswith("0o"):
            base = 8
            body = body[2:]
        elif low.startswith("0b"):
            base = 2
            body = body[2:]
        else:
            base = 10
            if len(body) > 1 and body.strip("0") != "" and body[0] == "0":
                body = "!"
    elif (base == 16 and low.startswith("0x")) or (base == 8 and low.startswith("0o")) or (base == 2 and low.startswith("0b")):
        body = body[2:]
    ok = len(body) > 0
    for c in body.lower():
        if decimal_value(c) >= 0:
            d = decimal_value(c)
        elif "a" <= c <= "z":
            d = ord(c) - 87
        else:
            d = 99
        if d >= base:
            ok = False
            break
    if not ok:
        raise space.error_value("invalid literal for int() with base %d: %s" % (given_base, space.repr_w(space.newstr(orig))))
    # machine ints while base**len fits 63 bits (16**15, 36**12)
    if len(body) <= 12 or (len(body) <= 15 and base <= 16):
        v = 0
        for c in body.lower():
            d = decimal_value(c) if decimal_value(c) >= 0 else ord(c) - 87
            v = v * base + d
        return space.newint(-v if neg else v)
    limit = space.int_max_str_digits
    if limit > 0 and len(body) > limit and base & (base - 1) != 0:
        raise space.error_value(INT_DIGITS_MESSAGE % (limit, ": value has %d digits" % len(body)))
    ascii_body: list[str] = []
    for c in body:
        dv = decimal_value(c)
        ascii_body.append(str(dv) if dv >= 0 else c)
    body = "".join(ascii_body)
    big = BigInt.from_str(body, base)
    if neg:
        big = big.neg()
    return space.newlong(big)


def int_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    assert isinstance(w_cls, W_Type)
    w_res = int_value_of(space, args)
    if w_cls is space.w_int:
        return w_res
    if w_cls is space.w_bool:
        return space.newbool(space.is_true(w_res))
    w_obj = W_Object(w_cls)
    w_obj.w_base = w_res
    return w_obj


def bool_new(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) > 2 or args.has_kw():
        raise space.error_type("bool expected at most 1 argument, got %d" % (len(args.pos) - 1))
    if len(args.pos) < 2:
        return space.w_False
    return space.newbool(space.is_true(args.pos[1]))


def int_value_of(space: ObjSpace, args: Args) -> W_Root:
    w_x: W_Root | None = args.pos[1] if len(args.pos) > 1 else None
    w_base: W_Root | None = args.pos[2] if len(args.pos) > 2 else args.get_kw("base")
    if w_x is None:
        return space.newint(0)
    w_b = space.base_value(w_x)
    if w_base is not None:
        base = space.int_w(w_base)
        if base != 0 and (base < 2 or base > 36):
            raise space.error_value("int() base must be >= 2 and <= 36, or 0")
        if isinstance(w_b, W_Str):
            return int_from_str(space, w_b.value, base)
        if isinstance(w_b, W_Bytes):
            return int_from_str(space, w_b.value, base)
        raise space.error_type("int() can't convert non-string with explicit base")
    if isinstance(w_b, W_Bool):
        return space.newint(w_b.intval)
    if isinstance(w_b, W_Int) or isinstance(w_b, W_Long):
        return w_b
    if isinstance(w_b, W_Float):
        return float_to_int(space, w_b.floatval)
    if isinstance(w_b, W_Str):
        return int_from_str(space, w_b.value, 10)
    if isinstance(w_b, W_Bytes):
        return int_from_str(space, w_b.value, 10)
    w_r = space.call_special(w_x, "__int__", [])
    if w_r is None:
        w_r = space.call_special(w_x, "__index__", [])
    if w_r is None:
        w_r = space.call_special(w_x, "__trunc__", [])
    if w_r is None:
        raise space.error_type("int() argument must be a string, a bytes-like object or a real number, not '%s'" % space.type_name(w_x))
    return w_r


def float_to_int(space: ObjSpace, f: float) -> W_Root:
    if math.isnan(f):
        raise space.error_value("cannot convert float NaN to integer")
    if math.isinf(f):
        raise space.error_overflow("cannot convert float infinity to integer")
    if -9.2e18 < f < 9.2e18:
        return space.newint(int(f))
    return space.newlong(BigInt.from_float(f))


def int_repr(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Bool):
        return space.newstr("True" if w.intval else "False")
    if isinstance(w, W_Int):
        return space.newstr(str(w.intval))
    assert isinstance(w, W_Long)
    return space.newstr(long_decimal(space, w.bigval))


def int_hash(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(space.hash_w(self_int(space, args.pos[0])))


def int_bool(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Int):
        return space.newbool(w.intval != 0)
    return space.w_True


def int_binop_m(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) != 2:
        if len(args.pos) == 3 and args.data == NB_POWER:
            return pow3(space, args.pos[0], args.pos[1], args.pos[2])
        raise space.error_type("expected 1 argument, got %d" % (len(args.pos) - 1))
    w_a = self_int(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not is_int_like(w_b):
        return space.w_NotImplemented
    op = args.data
    if op & REFLECTED:
        return int_binop(space, op & 0xFF, w_b, w_a)
    return int_binop(space, op, w_a, w_b)


def int_cmp(space: ObjSpace, args: Args) -> W_Root:
    w_a = self_int(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if isinstance(w_b, W_Float):
        return float_vs_int_compare(space, w_a, w_b.floatval, args.data, True)
    if not is_int_like(w_b):
        return space.w_NotImplemented
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        a = w_a.intval
        b = w_b.intval
        return cmp_result(space, (a > b) - (a < b), args.data)
    return cmp_result(space, big_of(w_a).compare(big_of(w_b)), args.data)


def float_vs_int_compare(space: ObjSpace, w_int: W_Root, f: float, op: int, int_first: bool) -> W_Root:
    """Exact comparison of an int with a float."""
    if math.isnan(f):
        return space.newbool(op == 3)
    if math.isinf(f):
        c = -1 if f > 0 else 1
    elif isinstance(w_int, W_Int) and -(1 << 53) <= w_int.intval <= (1 << 53):
        fi = float(w_int.intval)
        c = (fi > f) - (fi < f)
    else:
        bi = big_of(w_int)
        fl = floor_f(f)
        bf = BigInt.from_float(fl)
        c = bi.compare(bf)
        if c == 0 and f != fl:
            c = -1
    if not int_first:
        c = -c
    return cmp_result(space, c, op)


def int_neg(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Int):
        return int_binop(space, 10, space.newint(0), w)
    assert isinstance(w, W_Long)
    return space.newlong(w.bigval.neg())


def int_pos(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Bool):
        return space.newint(w.intval)
    return w


def int_abs(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Int):
        if w.intval < 0:
            return int_binop(space, 10, space.newint(0), w)
        return space.newint(w.intval)
    assert isinstance(w, W_Long)
    return space.newlong(w.bigval.abs())


def int_invert(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Int):
        return space.newint(~w.intval)
    assert isinstance(w, W_Long)
    return space.newlong(w.bigval.invert())


def int_int(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Bool):
        return space.newint(w.intval)
    return w


def int_float(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(space.float_w(self_int(space, args.pos[0])))


def int_format(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    spec = space.str_w(args.pos[1])
    if isinstance(w, W_Bool) and spec == "":
        return space.newstr("True" if w.intval else "False")
    if isinstance(w, W_Bool):
        w = space.newint(w.intval)
    return space.newstr(format_number(space, w, spec))


def int_bit_length(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Int):
        v = w.intval
        if v < 0:
            v = -v
        n = 0
        while v > 0:
            v >>= 1
            n += 1
        return space.newint(n)
    assert isinstance(w, W_Long)
    return space.newint(w.bigval.bit_length())


def int_bit_count(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    s = space.repr_w(space.call_function(space.builtin_lookup("bin"), [w]))
    return space.newint(s.count("1"))


def int_to_bytes(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    w_len = args.pos[1] if len(args.pos) > 1 else args.get_kw("length")
    length = space.int_w(w_len) if w_len is not None else 1
    w_order = args.pos[2] if len(args.pos) > 2 else args.get_kw("byteorder")
    order = space.str_w(w_order) if w_order is not None else "big"
    w_signed = args.get_kw("signed")
    signed = w_signed is not None and space.is_true(w_signed)
    if length < 0:
        raise space.error_value("length argument must be non-negative")
    if not intbytes.check_byteorder(order):
        raise space.error_value("byteorder must be either 'little' or 'big'")
    v = big_of(space.base_value(w))
    if v.sign() < 0 and not signed:
        raise space.error_overflow("can't convert negative int to unsigned")
    data = intbytes.to_bytes(v, length, order == "little", signed)
    if data is None:
        raise space.error_overflow("int too big to convert")
    return space.newbytes(data)


def int_from_bytes(space: ObjSpace, args: Args) -> W_Root:
    w_bytes = args.pos[1] if len(args.pos) > 1 else args.get_kw("bytes")
    if w_bytes is None:
        raise space.error_type("from_bytes() missing required argument 'bytes' (pos 1)")
    w_order = args.pos[2] if len(args.pos) > 2 else args.get_kw("byteorder")
    order = space.str_w(w_order) if w_order is not None else "big"
    w_signed = args.get_kw("signed")
    signed = w_signed is not None and space.is_true(w_signed)
    if not intbytes.check_byteorder(order):
        raise space.error_value("byteorder must be either 'little' or 'big'")
    raw = space.base_value(w_bytes)
    if isinstance(raw, W_Bytes):
        data = raw.value
    else:
        chars: list[str] = []
        for w_x in space.list_items(w_bytes):
            b = space.int_w(w_x)
            if b < 0 or b > 255:
                raise space.error_value("bytes must be in range(0, 256)")
            chars.append(chr(b))
        data = "".join(chars)
    return space.newlong(intbytes.from_bytes(data, order == "little", signed))


def int_conjugate(space: ObjSpace, args: Args) -> W_Root:
    return self_int(space, args.pos[0])


def int_as_integer_ratio(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Bool):
        w = space.newint(w.intval)
    return space.newtuple([w, space.newint(1)])


def int_getnewargs(space: ObjSpace, args: Args) -> W_Root:
    return space.newtuple([self_int(space, args.pos[0])])


def int_index(space: ObjSpace, args: Args) -> W_Root:
    return int_int(space, args)


def int_round(space: ObjSpace, args: Args) -> W_Root:
    w = self_int(space, args.pos[0])
    if isinstance(w, W_Bool):
        w = space.newint(w.intval)
    if len(args.pos) < 2 or space.is_none(args.pos[1]):
        return w
    nd = space.int_w(args.pos[1])
    if nd >= 0:
        return w
    from interpreters.python.objspace.operations import int_binop as ib
    w_p = ib(space, NB_POWER, space.newint(10), space.newint(-nd))
    w_half = ib(space, 2, w_p, space.newint(2))
    w_q = ib(space, 2, ib(space, 0, w, w_half), w_p)
    w_r = ib(space, 5, w_q, w_p)
    w_rem = ib(space, 10, ib(space, 0, w, w_half), w_r)
    # halfway cases round to even
    if space.eq_w(w_rem, space.newint(0)) and space.is_true(ib(space, 6, w_q, space.newint(2))):
        w_r = ib(space, 10, w_r, w_p)
    return w_r


def int_trunc(space: ObjSpace, args: Args) -> W_Root:
    return int_int(space, args)


def int_real(space: ObjSpace, w: W_Root) -> W_Root:
    return self_int(space, w)


def int_imag(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newint(0)


def int_numerator(space: ObjSpace, w: W_Root) -> W_Root:
    return self_int(space, w)


def int_denominator(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newint(1)


INT_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__repr__": int_repr, "__hash__": int_hash, "__bool__": int_bool,
    "__neg__": int_neg, "__pos__": int_pos, "__abs__": int_abs,
    "__invert__": int_invert, "__int__": int_int, "__index__": int_index,
    "__float__": int_float, "__format__": int_format, "__round__": int_round,
    "__trunc__": int_trunc, "__floor__": int_int, "__ceil__": int_int,
    "bit_length": int_bit_length, "bit_count": int_bit_count,
    "to_bytes": int_to_bytes, "conjugate": int_conjugate,
    "__getnewargs__": int_getnewargs, "as_integer_ratio": int_as_integer_ratio,
}


# ------------------------------------------------------------------ float
def float_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    assert isinstance(w_cls, W_Type)
    if len(args.pos) < 2:
        w_res: W_Root = space.newfloat(0.0)
    else:
        w_res = float_value_of(space, args.pos[1])
    if w_cls is space.w_float:
        return w_res
    w_obj = W_Object(w_cls)
    w_obj.w_base = w_res
    return w_obj


def float_value_of(space: ObjSpace, w_x: W_Root) -> W_Root:
    w_b = space.base_value(w_x)
    if isinstance(w_b, W_Float):
        return w_b
    if isinstance(w_b, W_Str):
        try:
            return space.newfloat(parse_float(w_b.value))
        except ValueError:
            raise space.error_value("could not convert string to float: %s" % space.repr_w(w_b))
    if isinstance(w_b, W_Int) or isinstance(w_b, W_Long):
        return space.newfloat(space.float_w(w_b))
    w_r = space.call_special(w_x, "__float__", [])
    if w_r is not None:
        return w_r
    w_r = space.call_special(w_x, "__index__", [])
    if w_r is not None:
        return space.newfloat(space.float_w(w_r))
    raise space.error_type("float() argument must be a string or a real number, not '%s'" % space.type_name(w_x))


def float_repr_m(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(float_repr(self_float(space, args.pos[0])))


def float_hash_m(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(float_hash(self_float(space, args.pos[0])))


def float_bool(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(self_float(space, args.pos[0]) != 0.0)


def float_other_ok(space: ObjSpace, w: W_Root) -> bool:
    w_b = space.base_value(w)
    return isinstance(w_b, W_Float) or isinstance(w_b, W_Int) or isinstance(w_b, W_Long)


def float_binop_m(space: ObjSpace, args: Args) -> W_Root:
    a = self_float(space, args.pos[0])
    if not float_other_ok(space, args.pos[1]):
        return space.w_NotImplemented
    b = space.float_w(args.pos[1])
    op = args.data
    if op & REFLECTED:
        return float_binop(space, op & 0xFF, b, a)
    return float_binop(space, op, a, b)


def float_cmp(space: ObjSpace, args: Args) -> W_Root:
    a = self_float(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if isinstance(w_b, W_Float):
        return float_compare(space, a, w_b.floatval, args.data)
    if is_int_like(w_b):
        return float_vs_int_compare(space, w_b, a, args.data, False)
    return space.w_NotImplemented


def float_neg(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(-self_float(space, args.pos[0]))


def float_pos(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(self_float(space, args.pos[0]))


def float_abs(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(abs(self_float(space, args.pos[0])))


def float_int(space: ObjSpace, args: Args) -> W_Root:
    return float_to_int(space, self_float(space, args.pos[0]))


def float_float(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(self_float(space, args.pos[0]))


def float_format(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(format_number(space, space.newfloat(self_float(space, args.pos[0])), space.str_w(args.pos[1])))


def float_is_integer(space: ObjSpace, args: Args) -> W_Root:
    f = self_float(space, args.pos[0])
    return space.newbool(not math.isinf(f) and not math.isnan(f) and f == floor_f(f))


def float_round(space: ObjSpace, args: Args) -> W_Root:
    f = self_float(space, args.pos[0])
    if len(args.pos) < 2 or space.is_none(args.pos[1]):
        if math.isnan(f):
            raise space.error_value("cannot convert float NaN to integer")
        if math.isinf(f):
            raise space.error_overflow("cannot convert float infinity to integer")
        r = round_float(f, 0)
        return float_to_int(space, r)
    return space.newfloat(round_float(f, space.int_w(args.pos[1])))


def float_floor(space: ObjSpace, args: Args) -> W_Root:
    return float_to_int(space, floor_f(self_float(space, args.pos[0])))


def float_ceil(space: ObjSpace, args: Args) -> W_Root:
    return float_to_int(space, ceil_f(self_float(space, args.pos[0])))


def float_hex(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(mathparts.float_hex(self_float(space, args.pos[0])))


def float_as_integer_ratio(space: ObjSpace, args: Args) -> W_Root:
    x = self_float(space, args.pos[0])
    if x != x:
        raise space.error_value("cannot convert NaN to integer ratio")
    if x - x != 0.0:
        raise space.error_overflow("cannot convert Infinity to integer ratio")
    # doubling is exact: after k doublings x * 2**k is an integer
    k = 0
    while math.fabs(x) < 4503599627370496.0 and x != math.floor(x) * 1.0:
        x = x * 2.0
        k += 1
    n = BigInt.from_float(x)
    # lowest terms: the denominator is a power of two
    while k > 0 and not n.is_zero() and n.rshift(1).lshift(1).eq(n):
        n = n.rshift(1)
        k -= 1
    return space.newtuple([space.newlong(n), space.newlong(BigInt.from_int(1).lshift(k))])


def float_conjugate(space: ObjSpace, args: Args) -> W_Root:
    return space.newfloat(self_float(space, args.pos[0]))


def float_real(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newfloat(self_float(space, w))


def float_imag(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newfloat(0.0)


FLOAT_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__repr__": float_repr_m, "__hash__": float_hash_m, "__bool__": float_bool,
    "__neg__": float_neg, "__pos__": float_pos, "__abs__": float_abs,
    "__int__": float_int, "__float__": float_float, "__format__": float_format,
    "__round__": float_round, "__trunc__": float_int, "__floor__": float_floor,
    "__ceil__": float_ceil, "is_integer": float_is_integer, "hex": float_hex,
    "as_integer_ratio": float_as_integer_ratio, "conjugate": float_conjugate,
}
