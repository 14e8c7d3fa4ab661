"""Operations on numbers, strings, lists, dicts and tuples (a mixin of
FunctionGen).  Hot ones are inlined (arithmetic, list indexing, lengths);
the rest call the C runtime (vm/native), whose functions take and return
one-word values (see lltypemap)."""
from __future__ import annotations

from jitgen.lower import lltypes as lt
from jitgen.lower.libm import LIBM_TOTAL, LIBM_UNARY
from jitgen.backend.native.lltypemap import lty
from jitgen.backend.native.module import GenError

# Operations that never raise (everything else is checked).
NORAISE = {
    "same_as", "ptr_iszero", "ptr_nonzero", "ptr_eq", "ptr_ne", "debug_assert",
    "int_add", "int_sub", "int_mul", "int_neg", "int_and", "int_or", "int_xor", "int_invert",
    "int_lt", "int_le", "int_eq", "int_ne", "int_gt", "int_ge", "int_is_true", "int_min", "int_max",
    "uint_add", "uint_sub", "uint_mul", "uint_and", "uint_or", "uint_xor", "uint_lshift",
    "uint_rshift", "uint_invert", "uint_lt", "uint_le", "uint_eq", "uint_ne", "uint_gt", "uint_ge",
    "cast_int_to_uint", "cast_uint_to_int", "bool_not", "bool_and", "bool_or", "cast_bool_to_int",
    "bool_eq", "bool_ne", "float_add", "float_sub", "float_mul", "float_neg", "float_abs",
    "float_lt", "float_le", "float_eq", "float_ne", "float_gt", "float_ge", "float_is_true",
    "cast_int_to_float", "float_floor", "float_ceil", "float_atan", "float_atan2", "float_fabs",
    "float_isnan", "float_isinf", "float_min", "float_max", "int_repr", "uint_repr", "float_repr",
    "bool_repr", "str_repr", "str_len", "str_slice", "str_concat", "str_eq", "str_ne", "str_lt",
    "str_le", "str_gt", "str_ge", "str_min", "str_max", "str_contains", "str_is_true",
    "str_hash", "str_join", "str_split", "str_find", "str_rfind", "str_count", "str_startswith",
    "str_endswith", "str_strip", "str_lstrip", "str_rstrip", "str_strip_chars", "str_lstrip_chars",
    "str_rstrip_chars", "str_replace", "str_upper", "str_lower", "str_isdigit", "str_isalpha",
    "str_isalnum", "str_isspace", "str_isupper", "str_islower", "str_zfill", "new_stringbuilder",
    "sb_append", "sb_append_slice", "sb_append_multiple_char", "sb_getlength", "sb_build",
    "list_len", "list_is_true", "list_reverse", "list_clear", "list_contains", "list_count",
    "list_eq", "list_sort", "list_copy", "list_slice", "list_concat", "dict_len", "dict_is_true",
    "dict_keys", "dict_values", "dict_items", "dict_copy", "dict_clear", "tuple_getitem",
    "tuple_eq", "tuple_hash", "getfield", "setfield", "getclassattr", "instanceof", "type_is",
    "same_class",
    "classname", "cast_instance", "jit_merge_point", "can_enter_jit", "hint_promote",
    "hint_promote_string", "we_are_jitted", "newdict",
}

# Operations whose runtime function allocates, so may raise MemoryError:
# a pointer result is NULL then (never a half-made object), tested inline
# (alloc_call); after the others @rt_exc is tested.
ALLOCATES = frozenset("""
int_repr uint_repr float_repr str_repr str_slice str_concat str_join str_split str_strip str_lstrip
str_rstrip str_strip_chars str_lstrip_chars str_rstrip_chars str_replace str_upper str_lower str_zfill
new_stringbuilder sb_append sb_append_slice sb_append_multiple_char sb_build list_sort list_copy
list_slice list_concat dict_keys dict_values dict_items dict_copy dict_clear newdict
""".split())
NORAISE -= ALLOCATES

# Externals whose C implementation may set rt_exc (docs/lowlevel.md); those
# that convert a string to UTF-8 or make one allocate.
RAISING_EXTERNALS = frozenset(["io_read_file", "io_write_file", "io_write_stdout", "io_flush_stdout",
                               "io_write_stderr", "io_read_line_stdin", "io_file_exists",
                               "float_parse_decimal", "float_format_exp"])

S, I, F, B, V = "ptr", "i64", "double", "bool", "void"
# opname -> (C function, C argument types, C result type, may raise)
CALL_OPS = {
    "int_pow_ovf": ("rt_int_pow_ovf", [I, I], I, True),
    "int_lshift_ovf": ("rt_int_lshift_ovf", [I, I], I, True),
    "float_floordiv": ("rt_float_floordiv", [F, F], F, True),
    "float_mod": ("rt_float_mod", [F, F], F, True),
    "float_pow": ("rt_float_pow", [F, F], F, True),
    "float_fpow": ("rt_float_fpow", [F, F], F, True),
    "float_exp": ("rt_float_exp", [F], F, True),
    "float_log": ("rt_float_log", [F], F, True),
    "float_sin": ("rt_float_sin", [F], F, True),
    "float_cos": ("rt_float_cos", [F], F, True),
    "float_tan": ("rt_float_tan", [F], F, True),
    "float_atan": ("rt_float_atan", [F], F, False),
    "float_atan2": ("rt_float_atan2", [F, F], F, False),
    "cast_float_to_int": ("rt_cast_float_to_int", [F], I, True),
    "int_repr": ("rt_int_repr", [I], S, False),
    "uint_repr": ("rt_uint_repr", [I], S, False),
    "float_repr": ("rt_float_repr", [F], S, False),
    "bool_repr": ("rt_bool_repr", [B], S, False),
    "str_repr": ("rt_str_repr", [S], S, False),
    "str_to_int": ("rt_str_to_int", [S, I], I, True),
    "str_to_float": ("rt_str_to_float", [S], F, True),
    "str_getitem": ("rt_str_getitem", [S, I], S, True),
    "str_slice": ("rt_str_slice", [S, I, I], S, False),
    "str_concat": ("rt_str_concat", [S, S], S, False),
    "str_mul": ("rt_str_mul", [S, I], S, True),
    "str_eq": ("rt_str_eq", [S, S], B, False),
    "str_contains": ("rt_str_contains", [S, S], B, False),
    "str_is_true": ("rt_str_is_true", [S], B, False),
    "str_hash": ("rt_str_hash", [S], I, False),
    "str_ord": ("rt_str_ord", [S], I, True),
    "str_chr": ("rt_str_chr", [I], S, True),
    "str_join": ("rt_str_join", [S, S], S, False),
    "str_split": ("rt_str_split", [S], S, False),
    "str_split_sep": ("rt_str_split_sep", [S, S], S, True),
    "str_find": ("rt_str_find", [S, S, I, I], I, False),
    "str_rfind": ("rt_str_rfind", [S, S, I, I], I, False),
    "str_index": ("rt_str_index", [S, S], I, True),
    "str_count": ("rt_str_count", [S, S], I, False),
    "str_startswith": ("rt_str_startswith", [S, S], B, False),
    "str_endswith": ("rt_str_endswith", [S, S], B, False),
    "str_strip": ("rt_str_strip", [S], S, False),
    "str_lstrip": ("rt_str_lstrip", [S], S, False),
    "str_rstrip": ("rt_str_rstrip", [S], S, False),
    "str_strip_chars": ("rt_str_strip_chars", [S, S], S, False),
    "str_lstrip_chars": ("rt_str_lstrip_chars", [S, S], S, False),
    "str_rstrip_chars": ("rt_str_rstrip_chars", [S, S], S, False),
    "str_replace": ("rt_str_replace", [S, S, S], S, False),
    "str_upper": ("rt_str_upper", [S], S, False),
    "str_lower": ("rt_str_lower", [S], S, False),
    "str_isdigit": ("rt_str_isdigit", [S], B, False),
    "str_isalpha": ("rt_str_isalpha", [S], B, False),
    "str_isalnum": ("rt_str_isalnum", [S], B, False),
    "str_isspace": ("rt_str_isspace", [S], B, False),
    "str_isupper": ("rt_str_isupper", [S], B, False),
    "str_islower": ("rt_str_islower", [S], B, False),
    "str_ljust": ("rt_str_ljust", [S, I, S], S, True),
    "str_rjust": ("rt_str_rjust", [S, I, S], S, True),
    "str_zfill": ("rt_str_zfill", [S, I], S, False),
    "new_stringbuilder": ("rt_new_stringbuilder", [], S, False),
    "sb_append": ("rt_sb_append", [S, S], V, False),
    "sb_append_slice": ("rt_sb_append_slice", [S, S, I, I], V, False),
    "sb_append_multiple_char": ("rt_sb_append_multiple_char", [S, S, I], V, False),
    "sb_getlength": ("rt_sb_getlength", [S], I, False),
    "sb_build": ("rt_sb_build_op", [S], S, False),
    "list_mul": ("rt_list_mul", [S, I], S, True),
    "list_delitem": ("rt_list_delitem", [S, I], V, True),
    "list_extend": ("rt_list_extend", [S, S], V, True),
    "list_slice": ("rt_list_slice", [S, I, I], S, False),
    "list_concat": ("rt_list_concat", [S, S], S, False),
    "list_copy": ("rt_list_copy", [S], S, False),
    "list_reverse": ("rt_list_reverse", [S], V, False),
    "list_clear": ("rt_list_clear", [S], V, False),
    "dict_len": ("rt_dict_len", [S], I, False),
    "dict_clear": ("rt_dict_clear", [S], V, False),
    "dict_copy": ("rt_dict_copy", [S], S, False),
}
# the C library's math functions (vm/native/rt_num.c wraps each as CPython does)
CALL_OPS.update({"float_" + _n: ("rt_float_" + _n, [F], F, _n not in LIBM_TOTAL) for _n in LIBM_UNARY})


class DataOps:
    # ---- words -----------------------------------------------------------
    def to_word(self, x: str, t: lt.LLType) -> str:
        ty = lty(t)
        if ty == "i64":
            return x
        r = self.tmp()
        if ty == "ptr":
            self.emit(f"{r} = ptrtoint ptr {x} to i64")
        elif ty == "double":
            self.emit(f"{r} = bitcast double {x} to i64")
        elif ty == "i1":
            self.emit(f"{r} = zext i1 {x} to i64")
        else:
            return "0"
        return r

    def from_word(self, w: str, t: lt.LLType) -> str | None:
        ty = lty(t)
        if ty == "i64":
            return w
        if ty == "void":
            return None
        r = self.tmp()
        if ty == "ptr":
            self.emit(f"{r} = inttoptr i64 {w} to ptr")
        elif ty == "double":
            self.emit(f"{r} = bitcast i64 {w} to double")
        else:
            self.emit(f"{r} = trunc i64 {w} to i1")
        return r

    def table_call(self, op) -> None:
        name, argtys, ret, raises = CALL_OPS[op.opname]
        args = [(ty, self.val(a)) for ty, a in zip(argtys, op.args)]
        if op.opname in ALLOCATES and not raises:
            self.set(op, self.alloc_call(name, ret, args))
        else:
            self.set(op, self.ccall(name, ret, args, raises))

    def alloc_call(self, name: str, ret: str, args: list[tuple[str, str]]) -> str | None:
        """A runtime call that allocates.  A pointer result is NULL when it
        failed (MemoryError in @rt_exc): one compare on the way, @rt_exc
        read only after a NULL (a None result is no failure); after a call
        without one, @rt_exc is tested."""
        if ret != "ptr":
            return self.ccall(name, ret, args, True)
        r = self.ccall(name, ret, args, False)
        self.null_result_check(r)
        return r

    def null_result_check(self, r: str) -> None:
        c = self.tmp()
        nul, done = self.newlabel("nul"), self.newlabel("nonnul")
        self.emit(f"{c} = icmp eq ptr {r}, null")
        self.emit(f"br i1 {c}, label %{nul}, label %{done}, !prof !0")
        self.label(nul)
        self.check_exc()
        self.emit(f"br label %{done}")
        self.label(done)

    def binop(self, op, instr: str) -> None:
        r = self.tmp()
        a, b = self.val(op.args[0]), self.val(op.args[1])
        ty = lty(op.args[0].concretetype)
        self.emit(f"{r} = {instr} {ty} {a}, {b}")
        self.set(op, r)

    # ---- generic -------------------------------------------------------------
    def op_same_as(self, op) -> None:
        if op.result.concretetype != lt.Void:
            self.set(op, self.val(op.args[0]))

    op_cast_instance = op_same_as
    op_hint_promote = op_same_as
    op_hint_promote_string = op_same_as
    op_cast_int_to_uint = op_same_as
    op_cast_uint_to_int = op_same_as

    def op_debug_assert(self, op) -> None:
        pass

    def op_jit_merge_point(self, op) -> None:
        pass

    op_can_enter_jit = op_jit_merge_point

    def op_we_are_jitted(self, op) -> None:
        self.set(op, "false")

    def ptr_cmp(self, op, eq: bool) -> None:
        if op.args[0].concretetype == lt.Str and op.args[1].concretetype == lt.Str:
            r = self.str_eq_value(op.args[0], op.args[1])      # ops_str.StrOps
            if not eq:
                n = self.tmp()
                self.emit(f"{n} = xor i1 {r}, true")
                r = n
            self.set(op, r)
            return
        r = self.tmp()
        self.emit(f"{r} = icmp {'eq' if eq else 'ne'} ptr {self.val(op.args[0])}, {self.val(op.args[1])}")
        self.set(op, r)

    def op_ptr_eq(self, op) -> None:
        self.ptr_cmp(op, True)

    def op_ptr_ne(self, op) -> None:
        self.ptr_cmp(op, False)

    def op_ptr_iszero(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = icmp eq ptr {self.val(op.args[0])}, null")
        self.set(op, r)

    def op_ptr_nonzero(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = icmp ne ptr {self.val(op.args[0])}, null")
        self.set(op, r)

    # ---- int -------------------------------------------------------------------
    def op_int_add(self, op): self.binop(op, "add")
    def op_int_sub(self, op): self.binop(op, "sub")
    def op_int_mul(self, op): self.binop(op, "mul")
    def op_int_and(self, op): self.binop(op, "and")
    def op_int_or(self, op): self.binop(op, "or")
    def op_int_xor(self, op): self.binop(op, "xor")
    op_uint_add, op_uint_sub, op_uint_mul = op_int_add, op_int_sub, op_int_mul
    op_uint_and, op_uint_or, op_uint_xor = op_int_and, op_int_or, op_int_xor
    op_bool_and, op_bool_or = op_int_and, op_int_or

    def ovf(self, op, which: str) -> None:
        a, b = self.val(op.args[0]), self.val(op.args[1])
        s, r, o, no = self.tmp(), self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{s} = call {{ i64, i1 }} @llvm.{which}.with.overflow.i64(i64 {a}, i64 {b})")
        self.emit(f"{r} = extractvalue {{ i64, i1 }} {s}, 0")
        self.emit(f"{o} = extractvalue {{ i64, i1 }} {s}, 1")
        self.emit(f"{no} = xor i1 {o}, true")
        self.guard(no, "OverflowError", "integer overflow")
        self.set(op, r)

    def op_int_add_ovf(self, op): self.ovf(op, "sadd")
    def op_int_sub_ovf(self, op): self.ovf(op, "ssub")
    def op_int_mul_ovf(self, op): self.ovf(op, "smul")

    def op_int_neg(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = sub i64 0, {self.val(op.args[0])}")
        self.set(op, r)

    def not_minint(self, a: str) -> None:
        c = self.tmp()
        self.emit(f"{c} = icmp ne i64 {a}, -9223372036854775808")
        self.guard(c, "OverflowError", "integer overflow")

    def op_int_neg_ovf(self, op) -> None:
        a = self.val(op.args[0])
        self.not_minint(a)
        self.op_int_neg(op)

    def op_int_abs_ovf(self, op) -> None:
        a = self.val(op.args[0])
        self.not_minint(a)
        n, c, r = self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{n} = sub i64 0, {a}")
        self.emit(f"{c} = icmp slt i64 {a}, 0")
        self.emit(f"{r} = select i1 {c}, i64 {n}, i64 {a}")
        self.set(op, r)

    def nonzero(self, b: str, msg: str) -> None:
        c = self.tmp()
        self.emit(f"{c} = icmp ne i64 {b}, 0")
        self.guard(c, "ZeroDivisionError", msg)

    def op_int_floordiv(self, op) -> None:
        a, b = self.val(op.args[0]), self.val(op.args[1])
        self.nonzero(b, "integer division or modulo by zero")
        m1, mn, both, ok = self.tmp(), self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{m1} = icmp eq i64 {b}, -1")
        self.emit(f"{mn} = icmp eq i64 {a}, -9223372036854775808")
        self.emit(f"{both} = and i1 {m1}, {mn}")
        self.emit(f"{ok} = xor i1 {both}, true")
        self.guard(ok, "OverflowError", "integer overflow")
        q, r, rn, x, neg, adj, res = (self.tmp() for _ in range(7))
        self.emit(f"{q} = sdiv i64 {a}, {b}")
        self.emit(f"{r} = srem i64 {a}, {b}")
        self.emit(f"{rn} = icmp ne i64 {r}, 0")
        self.emit(f"{x} = xor i64 {r}, {b}")
        self.emit(f"{neg} = icmp slt i64 {x}, 0")
        self.emit(f"{adj} = and i1 {rn}, {neg}")
        self.emit(f"{res} = sub i64 {q}, {self.to_word(adj, lt.Bool)}")
        self.set(op, res)

    def op_int_mod(self, op) -> None:
        a, b = self.val(op.args[0]), self.val(op.args[1])
        self.nonzero(b, "integer modulo by zero")
        m1, bb, r, rn, x, neg, adj, plus, res = (self.tmp() for _ in range(9))
        self.emit(f"{m1} = icmp eq i64 {b}, -1")
        self.emit(f"{bb} = select i1 {m1}, i64 1, i64 {b}")
        self.emit(f"{r} = srem i64 {a}, {bb}")
        self.emit(f"{rn} = icmp ne i64 {r}, 0")
        self.emit(f"{x} = xor i64 {r}, {b}")
        self.emit(f"{neg} = icmp slt i64 {x}, 0")
        self.emit(f"{adj} = and i1 {rn}, {neg}")
        self.emit(f"{plus} = add i64 {r}, {b}")
        self.emit(f"{res} = select i1 {adj}, i64 {plus}, i64 {r}")
        self.set(op, res)

    def op_int_truediv(self, op) -> None:
        a, b = self.val(op.args[0]), self.val(op.args[1])
        self.nonzero(b, "division by zero")
        # both within +-2**53: one fdiv of exact operands; else rt_int_truediv
        ua, ub, ca, cb, c = self.tmp(), self.tmp(), self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{ua} = add i64 {a}, 9007199254740992")
        self.emit(f"{ub} = add i64 {b}, 9007199254740992")
        self.emit(f"{ca} = icmp ule i64 {ua}, 18014398509481984")
        self.emit(f"{cb} = icmp ule i64 {ub}, 18014398509481984")
        self.emit(f"{c} = and i1 {ca}, {cb}")
        fast, slow, join = self.newlabel("tdfast"), self.newlabel("tdslow"), self.newlabel("tdjoin")
        self.emit(f"br i1 {c}, label %{fast}, label %{slow}, !prof !1")
        self.label(fast)
        fa, fb, q = self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{fa} = sitofp i64 {a} to double")
        self.emit(f"{fb} = sitofp i64 {b} to double")
        self.emit(f"{q} = fdiv double {fa}, {fb}")
        self.emit(f"br label %{join}")
        self.label(slow)
        s = self.ccall("rt_int_truediv", "double", [("i64", a), ("i64", b)], False)
        self.emit(f"br label %{join}")
        self.label(join)
        r = self.tmp()
        self.emit(f"{r} = phi double [ {q}, %{fast} ], [ {s}, %{slow} ]")
        self.set(op, r)

    def shift_count_ok(self, b: str) -> None:
        c = self.tmp()
        self.emit(f"{c} = icmp sge i64 {b}, 0")
        self.guard(c, "ValueError", "negative shift count")

    def op_int_lshift(self, op) -> None:
        a, b = self.val(op.args[0]), self.val(op.args[1])
        self.shift_count_ok(b)
        self.uint_shift(op, "shl", a, b)

    def op_int_rshift(self, op) -> None:
        a, b = self.val(op.args[0]), self.val(op.args[1])
        self.shift_count_ok(b)
        big, cnt, r = self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{big} = icmp ugt i64 {b}, 63")
        self.emit(f"{cnt} = select i1 {big}, i64 63, i64 {b}")
        self.emit(f"{r} = ashr i64 {a}, {cnt}")
        self.set(op, r)

    def uint_shift(self, op, instr: str, a: str, b: str) -> None:
        big, cnt, s, r = self.tmp(), self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{big} = icmp ugt i64 {b}, 63")
        self.emit(f"{cnt} = and i64 {b}, 63")
        self.emit(f"{s} = {instr} i64 {a}, {cnt}")
        self.emit(f"{r} = select i1 {big}, i64 0, i64 {s}")
        self.set(op, r)

    def op_uint_lshift(self, op):
        self.uint_shift(op, "shl", self.val(op.args[0]), self.val(op.args[1]))

    def op_uint_rshift(self, op):
        self.uint_shift(op, "lshr", self.val(op.args[0]), self.val(op.args[1]))

    def op_int_invert(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = xor i64 {self.val(op.args[0])}, -1")
        self.set(op, r)

    op_uint_invert = op_int_invert

    def op_uint_floordiv(self, op) -> None:
        b = self.val(op.args[1])
        self.nonzero(b, "integer division or modulo by zero")
        self.binop(op, "udiv")

    def op_uint_mod(self, op) -> None:
        b = self.val(op.args[1])
        self.nonzero(b, "integer modulo by zero")
        self.binop(op, "urem")

    def icmp(self, op, cond: str) -> None:
        self.binop(op, "icmp " + cond)

    def op_int_is_true(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = icmp ne i64 {self.val(op.args[0])}, 0")
        self.set(op, r)

    def minmax(self, op, cmp: str) -> None:
        a, b = self.val(op.args[0]), self.val(op.args[1])
        ty = lty(op.args[0].concretetype)
        c, r = self.tmp(), self.tmp()
        self.emit(f"{c} = {cmp} {ty} {b}, {a}")
        self.emit(f"{r} = select i1 {c}, {ty} {b}, {ty} {a}")
        self.set(op, r)

    def op_int_min(self, op): self.minmax(op, "icmp slt")
    def op_int_max(self, op): self.minmax(op, "icmp sgt")
    def op_float_min(self, op): self.minmax(op, "fcmp olt")
    def op_float_max(self, op): self.minmax(op, "fcmp ogt")

    def op_bool_not(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = xor i1 {self.val(op.args[0])}, true")
        self.set(op, r)

    def op_cast_bool_to_int(self, op) -> None:
        self.set(op, self.to_word(self.val(op.args[0]), lt.Bool))

    # ---- float -----------------------------------------------------------------
    def op_float_add(self, op): self.binop(op, "fadd")
    def op_float_sub(self, op): self.binop(op, "fsub")
    def op_float_mul(self, op): self.binop(op, "fmul")

    def op_float_truediv(self, op) -> None:
        b = self.val(op.args[1])
        c = self.tmp()
        self.emit(f"{c} = fcmp une double {b}, 0.0")
        self.guard(c, "ZeroDivisionError", "float division by zero")
        self.binop(op, "fdiv")

    def op_float_neg(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = fneg double {self.val(op.args[0])}")
        self.set(op, r)

    def intrinsic1(self, op, name: str) -> None:
        r = self.tmp()
        self.emit(f"{r} = call double @llvm.{name}.f64(double {self.val(op.args[0])})")
        self.set(op, r)

    def op_float_abs(self, op): self.intrinsic1(op, "fabs")
    op_float_fabs = op_float_abs
    def op_float_floor(self, op): self.intrinsic1(op, "floor")
    def op_float_ceil(self, op): self.intrinsic1(op, "ceil")

    def op_float_sqrt(self, op) -> None:
        c = self.tmp()
        self.emit(f"{c} = fcmp uge double {self.val(op.args[0])}, 0.0")
        self.guard(c, "ValueError", "math domain error")
        self.intrinsic1(op, "sqrt")

    def op_float_is_true(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = fcmp une double {self.val(op.args[0])}, 0.0")
        self.set(op, r)

    def op_float_isnan(self, op) -> None:
        r = self.tmp()
        x = self.val(op.args[0])
        self.emit(f"{r} = fcmp uno double {x}, {x}")
        self.set(op, r)

    def op_float_isinf(self, op) -> None:
        a, r = self.tmp(), self.tmp()
        self.emit(f"{a} = call double @llvm.fabs.f64(double {self.val(op.args[0])})")
        self.emit(f"{r} = fcmp oeq double {a}, 0x7FF0000000000000")
        self.set(op, r)

    def op_cast_int_to_float(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = sitofp i64 {self.val(op.args[0])} to double")
        self.set(op, r)

    # ---- lists -----------------------------------------------------------------
    def item_type(self, a) -> lt.LLType:
        t = a.concretetype
        if not isinstance(t, lt.List):
            raise GenError(f"list operation on {t}")
        return t.item

    def op_newlist(self, op) -> None:
        t = op.result.concretetype.item
        n = len(op.args)
        l = self.ccall("rt_list_new", "ptr", [("i64", str(n)), ("i64", str(int(not t.is_ref)))], False)
        c = self.tmp()
        self.emit(f"{c} = icmp ne ptr {l}, null")
        self.guard_set(c)
        if n:
            ip, items = self.tmp(), self.tmp()
            self.emit(f"{ip} = getelementptr i8, ptr {l}, i64 16")
            self.emit(f"{items} = load ptr, ptr {ip}{self.m.tbaa('list.items')}")
            for i, a in enumerate(op.args):
                w = self.to_word(self.val(a), t)
                p = self.tmp()
                self.emit(f"{p} = getelementptr i64, ptr {items}, i64 {i}")
                self.emit(f"store i64 {w}, ptr {p}{self.m.tbaa('word')}")
        self.set(op, l)

    def op_list_len(self, op) -> None:
        r = self.tmp()
        self.emit(f"{r} = load i64, ptr {self.val(op.args[0])}{self.m.tbaa('list.len')}")
        self.set(op, r)

    def op_list_is_true(self, op) -> None:
        n, r = self.tmp(), self.tmp()
        self.emit(f"{n} = load i64, ptr {self.val(op.args[0])}{self.m.tbaa('list.len')}")
        self.emit(f"{r} = icmp ne i64 {n}, 0")
        self.set(op, r)

    def list_slot(self, l: str, i: str, msg: str) -> str:
        n, neg, i2, idx, ok, ip, items, p = (self.tmp() for _ in range(8))
        self.emit(f"{n} = load i64, ptr {l}{self.m.tbaa('list.len')}")
        self.emit(f"{neg} = icmp slt i64 {i}, 0")
        self.emit(f"{i2} = add i64 {i}, {n}")
        self.emit(f"{idx} = select i1 {neg}, i64 {i2}, i64 {i}")
        self.emit(f"{ok} = icmp ult i64 {idx}, {n}")
        self.guard(ok, "IndexError", msg)
        self.emit(f"{ip} = getelementptr i8, ptr {l}, i64 16")
        self.emit(f"{items} = load ptr, ptr {ip}{self.m.tbaa('list.items')}")
        self.emit(f"{p} = getelementptr i64, ptr {items}, i64 {idx}")
        return p

    def op_list_getitem(self, op) -> None:
        t = self.item_type(op.args[0])
        p = self.list_slot(self.val(op.args[0]), self.val(op.args[1]), "list index out of range")
        w = self.tmp()
        self.emit(f"{w} = load i64, ptr {p}{self.m.tbaa('word')}")
        self.set(op, self.from_word(w, t))

    def op_list_setitem(self, op) -> None:
        t = self.item_type(op.args[0])
        p = self.list_slot(self.val(op.args[0]), self.val(op.args[1]), "list assignment index out of range")
        w = self.to_word(self.val(op.args[2]), t)
        self.emit(f"store i64 {w}, ptr {p}{self.m.tbaa('word')}")

    def word_call(self, op, name: str, ret: str, pre: list, word_args: list, t_of_word, raises: bool,
                  result_t: lt.LLType | None = None) -> None:
        args = list(pre)
        for a, t in word_args:
            args.append(("i64", self.to_word(self.val(a), t)))
        r = self.ccall(name, ret, args, raises)
        if ret == "i64" and result_t is not None:
            r = self.from_word(r, result_t)
        self.set(op, r)

    def op_list_append(self, op) -> None:
        """Inline when there is room (len < cap), else the runtime grows the
        list (and reports a None list)."""
        t = self.item_type(op.args[0])
        l = self.val(op.args[0])
        w = self.to_word(self.val(op.args[1]), t)
        nn, n, capp, cap, room, ok = (self.tmp() for _ in range(6))
        fast, slow, join, check = self.newlabel("app"), self.newlabel("grow"), self.newlabel("appended"), \
            self.newlabel("appchk")
        self.emit(f"{nn} = icmp ne ptr {l}, null")
        self.emit(f"br i1 {nn}, label %{check}, label %{slow}, !prof !1")
        self.label(check)
        self.emit(f"{n} = load i64, ptr {l}{self.m.tbaa('list.len')}")
        self.emit(f"{capp} = getelementptr i8, ptr {l}, i64 8")
        self.emit(f"{cap} = load i64, ptr {capp}{self.m.tbaa('list.cap')}")
        self.emit(f"{room} = icmp slt i64 {n}, {cap}")
        self.emit(f"br i1 {room}, label %{fast}, label %{slow}, !prof !1")
        self.label(fast)
        ip, items, p, n1 = self.tmp(), self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{ip} = getelementptr i8, ptr {l}, i64 16")
        self.emit(f"{items} = load ptr, ptr {ip}{self.m.tbaa('list.items')}")
        self.emit(f"{p} = getelementptr i64, ptr {items}, i64 {n}")
        self.emit(f"store i64 {w}, ptr {p}{self.m.tbaa('word')}")
        self.emit(f"{n1} = add i64 {n}, 1")
        self.emit(f"store i64 {n1}, ptr {l}{self.m.tbaa('list.len')}")
        self.emit(f"br label %{join}")
        self.label(slow)
        self.ccall("rt_list_append", "void", [("ptr", l), ("i64", w)], True)
        self.emit(f"br label %{join}")
        self.label(join)

    def op_list_insert(self, op) -> None:
        t = self.item_type(op.args[0])
        self.word_call(op, "rt_list_insert", "void", [("ptr", self.val(op.args[0])), ("i64", self.val(op.args[1]))],
                       [(op.args[2], t)], t, True)

    def op_list_pop_last(self, op) -> None:
        t = self.item_type(op.args[0])
        self.word_call(op, "rt_list_pop_last", "i64", [("ptr", self.val(op.args[0]))], [], t, True, t)

    def op_list_pop(self, op) -> None:
        t = self.item_type(op.args[0])
        self.word_call(op, "rt_list_pop", "i64", [("ptr", self.val(op.args[0])), ("i64", self.val(op.args[1]))],
                       [], t, True, t)

    def td_call(self, op, name: str, ret: str, raises: bool) -> None:
        t = self.item_type(op.args[0])
        pre = [("ptr", self.m.typedesc(t)), ("ptr", self.val(op.args[0]))]
        wargs = [(a, t) for a in op.args[1:]]
        self.word_call(op, name, ret, pre, wargs, t, raises)

    def op_list_contains(self, op): self.td_call(op, "rt_list_contains", "bool", False)
    def op_list_index(self, op): self.td_call(op, "rt_list_index", "i64", True)
    def op_list_remove(self, op): self.td_call(op, "rt_list_remove", "void", True)
    def op_list_count(self, op): self.td_call(op, "rt_list_count", "i64", False)
    def op_list_sort(self, op): self.td_call(op, "rt_list_sort", "void", True)   # MemoryError

    def op_list_eq(self, op) -> None:
        t = self.item_type(op.args[0])
        self.set(op, self.ccall("rt_list_eq", "bool", [("ptr", self.m.typedesc(t)), ("ptr", self.val(op.args[0])),
                                                       ("ptr", self.val(op.args[1]))], False))

    # ---- dicts -----------------------------------------------------------------
    def dict_types(self, a) -> tuple[lt.LLType, lt.LLType]:
        t = a.concretetype
        if not isinstance(t, (lt.Dict, lt.RDict)):
            raise GenError(f"dict operation on {t}")
        return t.key, t.value

    def op_newdict(self, op) -> None:
        k, v = self.dict_types(op.result)
        atomic = int(not k.is_ref and not v.is_ref)
        self.set(op, self.alloc_call("rt_dict_new", "ptr", [("ptr", self.m.typedesc(k)), ("i64", str(atomic))]))

    def op_new_rdict(self, op) -> None:
        k, v = self.dict_types(op.result)
        eq, h = op.args[0], op.args[1]
        if not (hasattr(eq, "value") and hasattr(h, "value")):
            raise GenError("r_dict eq/hash must be known functions")
        weq = self.m.rdict_wrapper(eq.value, "eq", k)
        wh = self.m.rdict_wrapper(h.value, "hash", k)
        self.set(op, self.alloc_call("rt_rdict_new", "ptr", [("ptr", weq), ("ptr", wh)]))

    def op_dict_is_true(self, op) -> None:
        d = self.val(op.args[0])

        def test(x: str) -> str:
            n, c = self.tmp(), self.tmp()
            self.emit(f"{n} = load i64, ptr {x}{self.m.tbaa('dict.len')}")
            self.emit(f"{c} = icmp ne i64 {n}, 0")
            return c
        self.set(op, self.nullsafe_test(d, test))

    def dict_call(self, op, name: str, ret: str, nwords: int, raises: bool = True) -> None:
        k, v = self.dict_types(op.args[0])
        types = [k, v, v][:nwords]
        if name == "rt_dict_setdefault" or name.endswith("_default") or name == "rt_dict_get":
            types = [k, v]
        wargs = list(zip(op.args[1:1 + nwords], types))
        self.word_call(op, name, ret, [("ptr", self.val(op.args[0]))], wargs, v, raises,
                       v if ret == "i64" else None)

    # Dict layout (vm/native/rt.h): entries at 24, index at 32, mask at 40;
    # an entry is {hash, key, value, live}, 32 bytes.  Str's hash is at 8.
    def dict_probe(self, d: str, kw: str, kt: lt.LLType, slow: str, absent: str | None = None) -> str:
        """The entry (ptr) of key word kw when it sits, identical, in its
        first index slot (a str key with its hash cached, or an int key:
        the runtime's own first test); else a branch to slow.  Other keys
        and a None dict take slow.  With absent: a never-used first slot
        (-1) means the key is not there (its probe sequence starts
        there), a branch to absent."""
        go, t1, t2 = self.newlabel("dp"), self.newlabel("dp"), self.newlabel("dp")
        dn = self.tmp()
        self.emit(f"{dn} = icmp eq ptr {d}, null")
        self.emit(f"br i1 {dn}, label %{slow}, label %{t1}, !prof !0")
        self.label(t1)
        if kt == lt.Str:
            kp, kn = self.tmp(), self.tmp()
            self.emit(f"{kp} = inttoptr i64 {kw} to ptr")
            self.emit(f"{kn} = icmp eq ptr {kp}, null")
            self.emit(f"br i1 {kn}, label %{slow}, label %{t2}, !prof !0")
            self.label(t2)
            hp, h = self.tmp(), self.tmp()
            self.emit(f"{hp} = getelementptr i8, ptr {kp}, i64 8")
            self.emit(f"{h} = load i64, ptr {hp}{self.m.tbaa('str.hash')}")
        else:
            self.emit(f"br label %{t2}")
            self.label(t2)
            h = kw
        hz, ip, idx, mp, mask, i, sp, e, eneg = (self.tmp() for _ in range(9))
        self.emit(f"{hz} = icmp eq i64 {h}, 0")
        t3, t4 = self.newlabel("dp"), self.newlabel("dp")
        self.emit(f"br i1 {hz}, label %{slow}, label %{t3}")
        self.label(t3)
        self.emit(f"{ip} = getelementptr i8, ptr {d}, i64 32")
        self.emit(f"{idx} = load ptr, ptr {ip}{self.m.tbaa('dict.index')}")
        self.emit(f"{mp} = getelementptr i8, ptr {d}, i64 40")
        self.emit(f"{mask} = load i64, ptr {mp}{self.m.tbaa('dict.mask')}")
        self.emit(f"{i} = and i64 {h}, {mask}")
        self.emit(f"{sp} = getelementptr i64, ptr {idx}, i64 {i}")
        self.emit(f"{e} = load i64, ptr {sp}{self.m.tbaa('dict.slot')}")
        self.emit(f"{eneg} = icmp slt i64 {e}, 0")
        if absent is None:
            self.emit(f"br i1 {eneg}, label %{slow}, label %{t4}")
        else:
            t5, free = self.newlabel("dp"), self.tmp()
            self.emit(f"br i1 {eneg}, label %{t5}, label %{t4}")
            self.label(t5)
            self.emit(f"{free} = icmp eq i64 {e}, -1")
            self.emit(f"br i1 {free}, label %{absent}, label %{slow}")
        self.label(t4)
        enp, ents, off, ep, kp2, k2, same = (self.tmp() for _ in range(7))
        self.emit(f"{enp} = getelementptr i8, ptr {d}, i64 24")
        self.emit(f"{ents} = load ptr, ptr {enp}{self.m.tbaa('dict.entries')}")
        self.emit(f"{off} = shl i64 {e}, 5")
        self.emit(f"{ep} = getelementptr i8, ptr {ents}, i64 {off}")
        self.emit(f"{kp2} = getelementptr i8, ptr {ep}, i64 8")
        self.emit(f"{k2} = load i64, ptr {kp2}{self.m.tbaa('dict.key')}")
        self.emit(f"{same} = icmp eq i64 {k2}, {kw}")
        self.emit(f"br i1 {same}, label %{go}, label %{slow}, !prof !1")
        self.label(go)
        return ep

    def dict_inline(self, op, name: str, ret: str, nwords: int) -> bool:
        """get / getitem / contains / setitem with a Str or int key: the
        first-slot hit inline (dict_probe), the runtime otherwise."""
        k, v = self.dict_types(op.args[0])
        if not isinstance(op.args[0].concretetype, lt.Dict) or k not in (lt.Str, lt.Signed):
            return False
        d = self.val(op.args[0])
        kw = self.to_word(self.val(op.args[1]), k)
        extra = [self.to_word(self.val(a), v) for a in op.args[2:1 + nwords]]
        slow, join = self.newlabel("dslow"), self.newlabel("djoin")
        absent = self.newlabel("dabsent") if name in ("rt_dict_get", "rt_dict_contains") else None
        ep = self.dict_probe(d, kw, k, slow, absent)
        vp = self.tmp()
        self.emit(f"{vp} = getelementptr i8, ptr {ep}, i64 16")
        fast_v = None
        if name == "rt_dict_setitem":
            self.emit(f"store i64 {extra[0]}, ptr {vp}{self.m.tbaa('dict.value')}")
        elif name == "rt_dict_contains":
            fast_v = "true"
        else:
            fast_v = self.tmp()
            self.emit(f"{fast_v} = load i64, ptr {vp}{self.m.tbaa('dict.value')}")
        fast_end = self.lines_label_before()
        self.emit(f"br label %{join}")
        if absent is not None:      # get's default, or False
            self.label(absent)
            self.emit(f"br label %{join}")
        self.label(slow)
        args = [("ptr", d), ("i64", kw)] + [("i64", x) for x in extra]
        slow_v = self.ccall(name, ret, args, True)
        slow_end = self.lines_label_before()
        self.emit(f"br label %{join}")
        self.label(join)
        if fast_v is None:
            return True
        ty = "i1" if ret == "bool" else "i64"
        r = self.tmp()
        miss = ""
        if absent is not None:
            miss = f", [ {'false' if ret == 'bool' else extra[0]}, %{absent} ]"
        self.emit(f"{r} = phi {ty} [ {fast_v}, %{fast_end} ], [ {slow_v}, %{slow_end} ]{miss}")
        self.set(op, r if ret == "bool" else self.from_word(r, v))
        return True

    def op_dict_getitem(self, op):
        if not self.dict_inline(op, "rt_dict_getitem", "i64", 1):
            self.dict_call(op, "rt_dict_getitem", "i64", 1)

    def op_dict_setitem(self, op):
        if not self.dict_inline(op, "rt_dict_setitem", "void", 2):
            self.dict_call(op, "rt_dict_setitem", "void", 2)

    def op_dict_delitem(self, op): self.dict_call(op, "rt_dict_delitem", "void", 1)

    def op_dict_contains(self, op):
        if not self.dict_inline(op, "rt_dict_contains", "bool", 1):
            self.dict_call(op, "rt_dict_contains", "bool", 1)

    def op_dict_get(self, op):
        if not self.dict_inline(op, "rt_dict_get", "i64", 2):
            self.dict_call(op, "rt_dict_get", "i64", 2)
    def op_dict_pop(self, op): self.dict_call(op, "rt_dict_pop", "i64", 1)
    def op_dict_pop_default(self, op): self.dict_call(op, "rt_dict_pop_default", "i64", 2)
    def op_dict_setdefault(self, op): self.dict_call(op, "rt_dict_setdefault", "i64", 2)

    def dict_list(self, op, what: int, t: lt.LLType) -> None:
        self.set(op, self.alloc_call("rt_dict_list", "ptr", [("ptr", self.val(op.args[0])), ("i64", str(what)),
                                                             ("i64", str(int(not t.is_ref)))]))

    def op_dict_keys(self, op): self.dict_list(op, 0, self.dict_types(op.args[0])[0])
    def op_dict_values(self, op): self.dict_list(op, 1, self.dict_types(op.args[0])[1])
    def op_dict_items(self, op): self.dict_list(op, 2, lt.Str)

    # ---- tuples ----------------------------------------------------------------
    def op_newtuple(self, op) -> None:
        t = op.result.concretetype
        n = len(op.args)
        atomic = all(not x.is_ref for x in t.items)
        p = self.gc_alloc(8 * max(n, 1), atomic)
        for i, (a, it) in enumerate(zip(op.args, t.items)):
            w = self.to_word(self.val(a), it)
            q = self.tmp()
            self.emit(f"{q} = getelementptr i64, ptr {p}, i64 {i}")
            self.emit(f"store i64 {w}, ptr {q}{self.m.tbaa('word')}")
        self.set(op, p)

    def op_tuple_getitem(self, op) -> None:
        t = op.args[0].concretetype
        i = op.args[1].value
        q, w = self.tmp(), self.tmp()
        self.emit(f"{q} = getelementptr i64, ptr {self.val(op.args[0])}, i64 {i}")
        self.emit(f"{w} = load i64, ptr {q}{self.m.tbaa('word')}")
        self.set(op, self.from_word(w, t.items[i]))

    def op_tuple_eq(self, op) -> None:
        t = op.args[0].concretetype
        self.set(op, self.ccall("rt_tuple_eq", "bool", [("ptr", self.m.typedesc(t)),
                                                        ("i64", self.to_word(self.val(op.args[0]), t)),
                                                        ("i64", self.to_word(self.val(op.args[1]), t))], False))

    def op_tuple_hash(self, op) -> None:
        t = op.args[0].concretetype
        self.set(op, self.ccall("rt_tuple_hash", "i64", [("ptr", self.m.typedesc(t)),
                                                         ("i64", self.to_word(self.val(op.args[0]), t))], False))

    # ---- externals -------------------------------------------------------------
    def op_external_call(self, op) -> None:
        name = op.args[0].value
        raises = name in RAISING_EXTERNALS
        args = []
        for a in op.args[1:]:
            t = a.concretetype
            args.append(("bool" if t == lt.Bool else lty(t), self.val(a)))
        rt = op.result.concretetype
        ret = "bool" if rt == lt.Bool else lty(rt)
        self.set(op, self.ccall("rt_ext_" + name, ret, args, raises))


def _binop_method(instr: str):
    def method(self, op) -> None:
        self.binop(op, instr)
    return method


for _name, _s, _u, _f in (("lt", "slt", "ult", "olt"), ("le", "sle", "ule", "ole"), ("eq", "eq", "eq", "oeq"),
                          ("ne", "ne", "ne", "une"), ("gt", "sgt", "ugt", "ogt"), ("ge", "sge", "uge", "oge")):
    setattr(DataOps, f"op_int_{_name}", _binop_method("icmp " + _s))
    setattr(DataOps, f"op_uint_{_name}", _binop_method("icmp " + _u))
    setattr(DataOps, f"op_float_{_name}", _binop_method("fcmp " + _f))
DataOps.op_bool_eq = _binop_method("icmp eq")
DataOps.op_bool_ne = _binop_method("icmp ne")
for _name, _u in (("lt", "ult"), ("le", "ule"), ("gt", "ugt"), ("ge", "uge")):
    setattr(DataOps, f"op_bool_{_name}", _binop_method("icmp " + _u))   # False < True
