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
# Operations that allocate raise MemoryError when memory runs out (a
# handler in a try body around them must see it, as in CPython).
CANRAISE |= frozenset("""
new_instance new_exception newtuple newlist newdict list_append list_insert list_extend list_mul
list_slice list_concat list_copy list_sort dict_keys dict_values dict_items dict_copy dict_clear
int_repr uint_repr float_repr str_repr str_slice str_concat str_mul str_join str_split str_strip
str_lstrip str_rstrip str_strip_chars str_lstrip_chars str_rstrip_chars str_replace str_upper
str_lower str_zfill str_ljust str_rjust new_stringbuilder sb_append sb_append_slice
sb_append_multiple_char sb_build
""".split())
