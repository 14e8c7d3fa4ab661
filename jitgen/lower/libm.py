"""The C library's one-argument math functions that the subset offers as
operations `float_<name>` (docs/lowlevel.md).  CPython's math module calls
these same functions, so a backend that calls them gives CPython's results
to the last bit, where formulas on exp and log would not (expm1 and log1p
near 0, sinh of small numbers, ...).

The value says how CPython reports an infinite result of a finite argument:
True -> OverflowError("math range error"), False -> ValueError("math domain
error").  A NaN result of a non-NaN argument is ValueError("math domain
error") for all of them."""

LIBM_UNARY = {
    "asin": False, "acos": False, "sinh": True, "cosh": True, "tanh": False,
    "asinh": False, "acosh": False, "atanh": False, "expm1": True, "log1p": False,
    "log2": False, "log10": False, "exp2": True, "cbrt": False, "erf": False, "erfc": False,
}

# those that cannot raise for any argument
LIBM_TOTAL = frozenset({"tanh", "asinh", "cbrt", "erf", "erfc"})
