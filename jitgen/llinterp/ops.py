"""Implementations of the low-level operations for the graph interpreter.

Each entry of OpTable.table is fn(op, args) -> value.  Where CPython's own
operation has exactly the subset's semantics it is used directly, and its
exceptions are turned into the program's exceptions with the same message.
"""
from __future__ import annotations

import math

from jitgen.lower import lltypes as lt
from jitgen.lower.libm import LIBM_UNARY

MAXINT = (1 << 63) - 1
MININT = -(1 << 63)
MASK = (1 << 64) - 1


def wrap(x: int) -> int:
    x &= MASK
    return x - (1 << 64) if x > MAXINT else x


class _RKey:
    __slots__ = ("key", "h", "interp", "eq")

    def __init__(self, key, h: int, interp, eq) -> None:
        self.key = key
        self.h = h
        self.interp = interp
        self.eq = eq

    def __hash__(self) -> int:
        return self.h

    def __eq__(self, other) -> bool:
        return self is other or bool(self.interp.call(self.eq, [self.key, other.key]))


def str_hash(s: str) -> int:
    h = 5381
    for c in s:
        h = ((h * 1000003) ^ ord(c)) & MASK
    return wrap(h ^ len(s))


class OpTable:
    def __init__(self, interp) -> None:
        self.interp = interp
        t: dict = {}
        self.table = t
        exc = interp.make_exc

        def chk(x: int) -> int:
            if x > MAXINT or x < MININT:
                raise exc("OverflowError", "integer overflow")
            return x

        def py(fn):
            """Run a CPython operation; its exceptions become the program's."""
            def run(op, a):
                try:
                    return fn(*a)
                except (ZeroDivisionError, OverflowError, ValueError, IndexError,
                        TypeError) as e:
                    raise exc(type(e).__name__, str(e))
            return run

        def plain(fn):
            return lambda op, a: fn(*a)

        # generic
        t["same_as"] = plain(lambda x: x)
        t["ptr_iszero"] = plain(lambda x: x is None)
        t["ptr_nonzero"] = plain(lambda x: x is not None)
        t["ptr_eq"] = plain(lambda x, y: x is y or (type(x) is str and x == y))
        t["ptr_ne"] = plain(lambda x, y: not (x is y or (type(x) is str and x == y)))
        t["debug_assert"] = plain(lambda x, msg: None)
        # int
        t["int_add"] = plain(lambda x, y: wrap(x + y))
        t["int_sub"] = plain(lambda x, y: wrap(x - y))
        t["int_mul"] = plain(lambda x, y: wrap(x * y))
        t["int_add_ovf"] = plain(lambda x, y: chk(x + y))
        t["int_sub_ovf"] = plain(lambda x, y: chk(x - y))
        t["int_mul_ovf"] = plain(lambda x, y: chk(x * y))
        t["int_neg"] = plain(lambda x: wrap(-x))
        t["int_neg_ovf"] = plain(lambda x: chk(-x))
        t["int_abs_ovf"] = plain(lambda x: chk(abs(x)))
        t["int_floordiv"] = lambda op, a: chk(py(lambda x, y: x // y)(op, a))
        t["int_mod"] = py(lambda x, y: x % y)
        t["int_truediv"] = py(lambda x, y: x / y)

        def int_pow(x: int, y: int) -> int:
            if y < 0:
                raise exc("ValueError", "negative exponent")
            if abs(x) > 1 and y > 64:
                raise exc("OverflowError", "integer overflow")
            return chk(x ** y)
        t["int_pow_ovf"] = plain(int_pow)

        def lshift(x: int, y: int, check: bool) -> int:
            if y < 0:
                raise exc("ValueError", "negative shift count")
            if y >= 64:
                if check and x != 0:
                    raise exc("OverflowError", "integer overflow")
                return 0
            return chk(x << y) if check else wrap(x << y)
        t["int_lshift"] = plain(lambda x, y: lshift(x, y, False))
        t["int_lshift_ovf"] = plain(lambda x, y: lshift(x, y, True))

        def rshift(x: int, y: int) -> int:
            if y < 0:
                raise exc("ValueError", "negative shift count")
            return x >> min(y, 64)
        t["int_rshift"] = plain(rshift)
        # a literal past 64 bits inside intmask(...) is a bit pattern
        t["int_and"] = plain(lambda x, y: wrap(x & y))
        t["int_or"] = plain(lambda x, y: wrap(x | y))
        t["int_xor"] = plain(lambda x, y: wrap(x ^ y))
        t["int_invert"] = plain(lambda x: ~x)
        for name, f in (("lt", lambda x, y: x < y), ("le", lambda x, y: x <= y),
                        ("eq", lambda x, y: x == y), ("ne", lambda x, y: x != y),
                        ("gt", lambda x, y: x > y), ("ge", lambda x, y: x >= y)):
            for prefix in ("int_", "uint_", "float_", "str_", "bool_"):
                t[prefix + name] = plain(f)
        t["int_is_true"] = plain(lambda x: x != 0)
        t["int_min"] = plain(min)
        t["int_max"] = plain(max)
        t["float_min"] = plain(min)
        t["float_max"] = plain(max)
        t["str_min"] = plain(min)
        t["str_max"] = plain(max)
        # unsigned
        t["uint_add"] = plain(lambda x, y: (x + y) & MASK)
        t["uint_sub"] = plain(lambda x, y: (x - y) & MASK)
        t["uint_mul"] = plain(lambda x, y: (x * y) & MASK)
        t["uint_and"] = plain(lambda x, y: x & y)
        t["uint_or"] = plain(lambda x, y: x | y)
        t["uint_xor"] = plain(lambda x, y: x ^ y)
        t["uint_lshift"] = plain(lambda x, y: (x << y) & MASK if y < 64 else 0)
        t["uint_rshift"] = plain(lambda x, y: x >> y if y < 64 else 0)
        t["uint_floordiv"] = py(lambda x, y: x // y)
        t["uint_mod"] = py(lambda x, y: x % y)
        t["uint_invert"] = plain(lambda x: ~x & MASK)
        t["cast_int_to_uint"] = plain(lambda x: x & MASK)
        t["cast_uint_to_int"] = plain(wrap)
        # bool
        t["bool_not"] = plain(lambda x: not x)
        t["bool_and"] = plain(lambda x, y: x and y)
        t["bool_or"] = plain(lambda x, y: x or y)
        t["cast_bool_to_int"] = plain(int)
        # float
        t["float_add"] = plain(lambda x, y: x + y)
        t["float_sub"] = plain(lambda x, y: x - y)
        t["float_mul"] = plain(lambda x, y: x * y)
        t["float_truediv"] = py(lambda x, y: x / y)
        t["float_floordiv"] = py(lambda x, y: x // y)
        t["float_mod"] = py(lambda x, y: x % y)

        def fpow(x: float, y: float) -> float:
            r = x ** y
            if isinstance(r, complex):
                raise ValueError("negative number cannot be raised to a fractional power")
            return r
        t["float_pow"] = py(fpow)
        t["float_neg"] = plain(lambda x: -x)
        t["float_abs"] = plain(abs)
        t["float_is_true"] = plain(lambda x: x != 0.0)
        t["cast_int_to_float"] = plain(float)
        t["cast_float_to_int"] = lambda op, a: chk(py(int)(op, a))
        for name, f in (("sqrt", math.sqrt), ("sin", math.sin), ("cos", math.cos),
                        ("tan", math.tan), ("atan", math.atan), ("exp", math.exp),
                        ("log", math.log), ("fabs", math.fabs), ("atan2", math.atan2),
                        ("fpow", math.pow)):
            t["float_" + name] = py(f)
        for name in LIBM_UNARY:
            t["float_" + name] = py(getattr(math, name))
        t["float_floor"] = plain(lambda x: float(math.floor(x)) if math.isfinite(x) else x)
        t["float_ceil"] = plain(lambda x: float(math.ceil(x)) if math.isfinite(x) else x)
        t["float_isnan"] = plain(math.isnan)
        t["float_isinf"] = plain(math.isinf)
        # conversions to and from str
        t["int_repr"] = plain(str)
        t["uint_repr"] = plain(str)
        t["float_repr"] = plain(repr)
        t["bool_repr"] = plain(lambda x: "True" if x else "False")
        t["str_repr"] = plain(repr)
        t["str_to_int"] = lambda op, a: chk(py(lambda s, b: int(s, b))(op, a))
        t["str_to_float"] = py(float)
        # str
        t["str_len"] = plain(len)
        t["str_getitem"] = py(lambda s, i: s[i])
        t["str_slice"] = plain(lambda s, i, j: s[i:j])
        t["str_concat"] = plain(lambda x, y: x + y)
        t["str_mul"] = plain(lambda s, n: s * n)
        t["str_contains"] = plain(lambda s, sub: sub in s)
        t["str_is_true"] = plain(lambda s: bool(s))
        t["str_hash"] = plain(str_hash)
        t["str_ord"] = py(ord)
        t["str_chr"] = py(chr)
        t["str_join"] = plain(lambda sep, items: sep.join(items))
        t["str_split"] = plain(lambda s: s.split())
        t["str_split_sep"] = py(lambda s, sep: s.split(sep))
        t["str_find"] = plain(lambda s, sub, i, j: s.find(sub, i, j))
        t["str_rfind"] = plain(lambda s, sub, i, j: s.rfind(sub, i, j))
        t["str_index"] = py(lambda s, sub: s.index(sub))
        t["str_count"] = plain(lambda s, sub: s.count(sub))
        for name in ("startswith", "endswith", "replace", "upper", "lower", "isdigit",
                     "isalpha", "isalnum", "isspace", "isupper", "islower", "strip",
                     "lstrip", "rstrip", "zfill"):
            t["str_" + name] = plain(getattr(str, name))
        for name in ("strip", "lstrip", "rstrip"):
            t[f"str_{name}_chars"] = plain(getattr(str, name))
        t["str_ljust"] = py(lambda s, w, f: s.ljust(w, f))
        t["str_rjust"] = py(lambda s, w, f: s.rjust(w, f))
        # a method called on None (an `X | None` that was None): CPython's
        # AttributeError, not the unbound str method's TypeError
        for ll, meth in [("str_" + n, n) for n in ("startswith", "endswith", "replace", "upper", "lower",
                                                    "isdigit", "isalpha", "isalnum", "isspace", "isupper",
                                                    "islower", "strip", "lstrip", "rstrip", "zfill", "find",
                                                    "rfind", "index", "count", "split", "ljust", "rjust")] + [
                ("str_split_sep", "split"), ("str_strip_chars", "strip"), ("str_lstrip_chars", "lstrip"),
                ("str_rstrip_chars", "rstrip")]:
            t[ll] = self.receiver_checked(t[ll], meth)
        # StringBuilder
        t["new_stringbuilder"] = plain(lt.LLStringBuilder)

        def sb_append(sb, s: str) -> None:
            sb.parts.append(s)
            sb.length += len(s)
        t["sb_append"] = plain(sb_append)
        t["sb_append_slice"] = plain(lambda sb, s, i, j: sb_append(sb, s[i:j]))
        t["sb_append_multiple_char"] = plain(lambda sb, c, n: sb_append(sb, c * n) if n > 0 else None)
        t["sb_getlength"] = plain(lambda sb: sb.length)

        def sb_build(sb) -> str:
            s = "".join(sb.parts)
            sb.parts = [s]
            return s
        t["sb_build"] = plain(sb_build)
        # lists
        t["newlist"] = plain(lambda *items: list(items))
        t["list_mul"] = plain(lambda l, n: l * n)
        t["list_len"] = plain(len)
        t["list_is_true"] = plain(lambda l: bool(l))
        t["list_getitem"] = py(lambda l, i: l[i])

        def setitem(l, i, x) -> None:
            l[i] = x
        t["list_setitem"] = py(setitem)

        def delitem(l, i) -> None:
            del l[i]
        t["list_delitem"] = py(delitem)
        t["list_append"] = plain(lambda l, x: l.append(x))
        t["list_extend"] = plain(lambda l, o: l.extend(list(o)))
        t["list_insert"] = plain(lambda l, i, x: l.insert(i, x))
        t["list_pop_last"] = py(lambda l: l.pop())
        t["list_pop"] = py(lambda l, i: l.pop(i))
        t["list_slice"] = plain(lambda l, i, j: l[i:j])
        t["list_concat"] = plain(lambda a, b: a + b)
        t["list_contains"] = plain(lambda l, x: x in l)
        t["list_index"] = py(lambda l, x: l.index(x))
        t["list_remove"] = py(lambda l, x: l.remove(x))
        t["list_count"] = plain(lambda l, x: l.count(x))
        t["list_reverse"] = plain(lambda l: l.reverse())
        t["list_copy"] = plain(list)
        t["list_clear"] = plain(lambda l: l.clear())
        t["list_sort"] = plain(lambda l: l.sort())
        t["list_eq"] = plain(lambda a, b: a == b)
        # dicts (Dict: a Python dict; RDict: LLRDict over a Python dict of _RKey)
        t["newdict"] = plain(dict)
        t["new_rdict"] = plain(self.new_rdict)
        t["dict_len"] = plain(lambda d: len(self.dd(d)))
        t["dict_is_true"] = plain(lambda d: d is not None and len(self.dd(d)) > 0)
        t["dict_getitem"] = plain(self.dict_getitem)
        t["dict_setitem"] = plain(self.dict_setitem)
        t["dict_delitem"] = plain(self.dict_delitem)
        t["dict_contains"] = plain(lambda d, k: self.key(d, k) in self.dd(d))
        t["dict_get"] = plain(lambda d, k, default: self.dd(d).get(self.key(d, k), default))
        t["dict_pop"] = plain(self.dict_pop)
        t["dict_pop_default"] = plain(lambda d, k, default: self.dd(d).pop(self.key(d, k), default))
        t["dict_setdefault"] = plain(lambda d, k, default: self.dd(d).setdefault(self.key(d, k), default))
        t["dict_keys"] = plain(lambda d: [self.unkey(d, k) for k in self.dd(d)])
        t["dict_values"] = plain(lambda d: list(self.dd(d).values()))
        t["dict_items"] = plain(lambda d: [(self.unkey(d, k), v) for k, v in self.dd(d).items()])
        t["dict_clear"] = plain(lambda d: self.dd(d).clear())
        t["dict_copy"] = plain(self.dict_copy)
        # tuples
        t["newtuple"] = plain(lambda *items: tuple(items))
        t["tuple_getitem"] = plain(lambda tup, i: tup[i])
        t["tuple_eq"] = plain(lambda a, b: a == b)
        t["tuple_hash"] = plain(lambda tup: wrap(hash(tuple(str_hash(x) if isinstance(x, str) else x for x in tup))))
        # instances
        t["new_instance"] = plain(lt.LLInstance)
        t["getfield"] = plain(self.getfield)

        def setfield(obj, name, value) -> None:
            if obj is None:
                self.null(name)
            obj.fields[name] = value
        t["setfield"] = plain(setfield)
        t["getclassattr"] = plain(lambda obj, name: obj.classdef.lookup_class_attr(name).value)
        t["instanceof"] = plain(lambda obj, cd: obj is not None and obj.classdef.is_subclass_of(cd))
        t["cast_instance"] = plain(lambda obj, cd: obj)
        t["type_is"] = plain(lambda obj, cd: obj is not None and obj.classdef is cd)
        t["same_class"] = plain(lambda a, b: (None if a is None else a.classdef) is (None if b is None else b.classdef))
        t["classname"] = plain(lambda obj: obj.classdef.pyname)

        def new_exception(cd, msg: str):
            inst = lt.LLInstance(cd)
            inst.fields["message"] = msg
            return inst
        t["new_exception"] = plain(new_exception)
        # calls
        t["direct_call"] = lambda op, a: interp.call(a[0], a[1:])

        def indirect_call(op, a):
            if a[0] is None:
                self.fatal("TypeError: 'NoneType' object is not callable")
            return interp.call(a[0], a[1:])
        t["indirect_call"] = indirect_call

        def call_method(op, a):
            obj = a[0]
            if obj is None:
                self.null(a[1])
            g = obj.classdef.lookup_method(a[1])
            return interp.call(g, [obj] + a[2:])
        t["call_method"] = call_method

        def external_call(op, a):
            f = interp.prog.externals[a[0]]
            try:
                return f(*a[1:])
            except OSError as e:
                raise exc("OSError", str(e))
        t["external_call"] = external_call
        # JIT hints
        t["jit_merge_point"] = plain(lambda *a: None)
        t["can_enter_jit"] = plain(lambda *a: None)
        t["hint_promote"] = plain(lambda x: x)
        t["hint_promote_string"] = plain(lambda x: x)
        t["we_are_jitted"] = plain(lambda: False)

    # ---- helpers --------------------------------------------------------
    def fatal(self, msg: str):
        from jitgen.llinterp.interp import LLFatal
        raise LLFatal(msg)

    def null(self, name: str):
        self.fatal(f"AttributeError: 'NoneType' object has no attribute '{name}'")

    def receiver_checked(self, run, name: str):
        def checked(op, a):
            if a[0] is None:
                self.null(name)
            return run(op, a)
        return checked

    def getfield(self, obj, name):
        if obj is None:
            self.null(name)
        return obj.fields[name]

    def new_rdict(self, eq, hash_) -> lt.LLRDict:
        d = lt.LLRDict(eq, hash_)
        d.entries = {}
        return d

    def dd(self, d) -> dict:
        if d is None:
            self.fatal("TypeError: 'NoneType' object is not subscriptable")
        if isinstance(d, lt.LLRDict):
            if isinstance(d.entries, list):     # prebuilt: hash its pairs now
                pairs = d.entries
                d.entries = {}
                for k, v in pairs:
                    d.entries[self.key(d, k)] = v
            return d.entries
        return d

    def key(self, d, k):
        if isinstance(d, lt.LLRDict):
            return _RKey(k, self.interp.call(d.hash, [k]), self.interp, d.eq)
        return k

    def unkey(self, d, k):
        return k.key if isinstance(d, lt.LLRDict) else k

    def key_error(self, k):
        if isinstance(k, (str, int, float, tuple)):
            msg = repr(k)
        else:
            msg = "<object>"
        return self.interp.make_exc("KeyError", msg)

    def dict_getitem(self, d, k):
        try:
            return self.dd(d)[self.key(d, k)]
        except KeyError:
            raise self.key_error(k) from None

    def dict_setitem(self, d, k, v) -> None:
        self.dd(d)[self.key(d, k)] = v

    def dict_delitem(self, d, k) -> None:
        try:
            del self.dd(d)[self.key(d, k)]
        except KeyError:
            raise self.key_error(k) from None

    def dict_pop(self, d, k):
        try:
            return self.dd(d).pop(self.key(d, k))
        except KeyError:
            raise self.key_error(k) from None

    def dict_copy(self, d):
        if isinstance(d, lt.LLRDict):
            n = self.new_rdict(d.eq, d.hash)
            n.entries = dict(d.entries)
            return n
        return dict(d)
