"""IL for the string operations (Str, StringBuilder): calls of the runtime's
Str helpers (vm/cli/Str.cs), and comparisons with a one-character constant
as inlined Str.<X>Char calls.  Registered into opgen.OPS."""
from __future__ import annotations

from jitgen.backend.cli.opgen import OPS, CHAR_CMP, char_cmp_operand, char_const, helper, push_all, reg

# ---- strings -------------------------------------------------------------------
for _n, _m in [("str_len", "Len"), ("str_getitem", "GetItem"), ("str_slice", "Slice"),
               ("str_concat", "Concat"), ("str_mul", "Mul"), ("str_lt", "Lt"), ("str_le", "Le"),
               ("str_gt", "Gt"), ("str_ge", "Ge"), ("str_contains", "Contains"),
               ("str_is_true", "IsTrue"), ("str_min", "Min"), ("str_max", "Max"),
               ("str_hash", "Hash"), ("str_ord", "Ord"), ("str_chr", "Chr"), ("str_join", "Join"),
               ("str_split", "Split"), ("str_split_sep", "SplitSep"), ("str_find", "Find"),
               ("str_rfind", "RFind"), ("str_index", "Index"), ("str_count", "Count"),
               ("str_startswith", "StartsWith"), ("str_endswith", "EndsWith"),
               ("str_strip", "Strip"), ("str_lstrip", "LStrip"), ("str_rstrip", "RStrip"),
               ("str_strip_chars", "StripChars"), ("str_lstrip_chars", "LStripChars"),
               ("str_rstrip_chars", "RStripChars"), ("str_replace", "Replace"),
               ("str_upper", "Upper"), ("str_lower", "Lower"), ("str_isdigit", "IsDigit"),
               ("str_isalpha", "IsAlpha"), ("str_isalnum", "IsAlnum"),
               ("str_isspace", "IsSpaceStr"), ("str_isupper", "IsUpper"),
               ("str_islower", "IsLower"), ("str_ljust", "LJust"), ("str_rjust", "RJust"),
               ("str_zfill", "ZFill"), ("str_repr", "Repr"), ("str_to_int", "ToInt"),
               ("sb_append_slice", "SbAppendSlice"), ("sb_append_multiple_char", "SbAppendMultiple"),
               ("sb_getlength", "SbLength")]:
    OPS[_n] = helper("Str", _m)
reg("str_eq", helper("string", "Equals", ["string", "string"]))


def str_ne(gg, op):
    push_all(gg, op)
    tm = gg.tm
    gg.il.Emit(gg.O.Call, tm.method(tm.string, "Equals", [tm.string, tm.string]))
    gg.il.Emit(gg.O.Ldc_I4_0)
    gg.il.Emit(gg.O.Ceq)
    gg.store(op.result)


OPS["str_ne"] = str_ne

def make_char_cmp(fallback):
    def emit(gg, op):
        from System import Char
        x, swapped = char_cmp_operand(op)
        if x is None:
            return fallback(gg, op)
        name, swapped_name, negate = CHAR_CMP[op.opname]
        c = op.args[0 if swapped else 1].value
        gg.load(x)
        from System import Int32
        gg.il.Emit(gg.O.Ldc_I4, Int32(ord(c)))
        gg.il.Emit(gg.O.Call, gg.tm.method(gg.tm.Str, swapped_name if swapped else name,
                                           [gg.tm.string, gg.tm.clr.GetClrType(Char)]))
        if negate:
            gg.il.Emit(gg.O.Ldc_I4_0)
            gg.il.Emit(gg.O.Ceq)
        gg.store(op.result)
    return emit


for _n in CHAR_CMP:
    OPS[_n] = make_char_cmp(OPS[_n])


def new_sb(gg, op):
    gg.il.Emit(gg.O.Newobj, gg.tm.sb.GetConstructor(gg.tm.types([])))
    gg.store(op.result)


def sb_append(gg, op):
    """StringBuilder.Append(string), or Append(char) for a one-character
    constant (no length handling or copy loop)."""
    sb, x = op.args
    if char_const(x):
        from System import Char, Int32
        gg.load(sb)
        gg.il.Emit(gg.O.Ldc_I4, Int32(ord(x.value)))
        gg.il.Emit(gg.O.Callvirt, gg.tm.method(gg.tm.sb, "Append", [gg.tm.clr.GetClrType(Char)]))
    else:
        push_all(gg, op)
        gg.il.Emit(gg.O.Callvirt, gg.tm.method(gg.tm.sb, "Append", [gg.tm.string]))
    gg.il.Emit(gg.O.Pop)


def sb_build(gg, op):
    push_all(gg, op)
    gg.il.Emit(gg.O.Callvirt, gg.tm.method(gg.tm.sb, "ToString", []))
    gg.store(op.result)


OPS["new_stringbuilder"] = new_sb
OPS["sb_append"] = sb_append
OPS["sb_build"] = sb_build
