"""Low-level operations that may raise an exception (docs/lowlevel.md)."""
from jitgen.lower.libm import LIBM_TOTAL, LIBM_UNARY

CANRAISE = frozenset("""
int_add_ovf int_sub_ovf int_mul_ovf int_neg_ovf int_abs_ovf int_floordiv int_mod
int_truediv int_pow_ovf int_lshift int_lshift_ovf int_rshift uint_floordiv uint_mod
float_truediv float_floordiv float_mod float_pow cast_float_to_int float_sqrt
float_exp float_log float_fpow str_to_int str_to_float str_getitem str_ord str_chr
str_split_sep str_index list_getitem list_setitem list_delitem list_pop_last list_pop
list_index list_remove dict_getitem dict_setitem dict_delitem dict_contains dict_get
dict_pop dict_pop_default dict_setdefault direct_call indirect_call call_method
external_call new_rdict
""".split())
CANRAISE |= {"float_" + _name for _name in LIBM_UNARY if _name not in LIBM_TOTAL}
CANRAISE |= {"float_sin", "float_cos", "float_tan"}     # ValueError for infinities
