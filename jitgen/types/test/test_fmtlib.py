"""Format specs and '%' conversions with width and precision: the subset
helpers agree with CPython's format() and '%' (the oracle), error messages
included; round(int, n) too."""
import pytest

from jitgen.types import fmtlib, mathlib

STR_SPECS = ["", ">10", "<10", "^10", "*^9", "010", "5", ".2", ">8.3", "s", "10s", "=5", "+5", "x",
             "5x", ".", ",", "#5", "0>6", "^", "-<7", " 4"]


def outcome(f):
    try:
        return f()
    except ValueError as e:
        return ("ValueError", str(e))


@pytest.mark.parametrize("s", ["", "abc", "hello world", "é☃"])
def test_format_str(s):
    for spec in STR_SPECS:
        assert outcome(lambda: fmtlib.format_str(s, spec)) == outcome(lambda: format(s, spec)), spec


def test_format_bool_is_ints_unless_the_spec_is_empty():
    for b in [True, False]:
        for spec in ["", ">5", "d", "05", "x", ".2f", "^7"]:
            assert outcome(lambda: fmtlib.format_bool(b, spec)) == outcome(lambda: format(b, spec)), spec


def test_percent_str_int_float():
    for s in ["", "ab", "hello"]:
        for flags in ["", "-"]:
            for width in [-1, 0, 3, 8]:
                for prec in [-1, 0, 2, 9]:
                    fmt = "%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + "s"
                    assert fmtlib.percent_str(s, flags, width, prec) == fmt % s, fmt
    for i in [0, 7, -42, 255, (1 << 63) - 1, -(1 << 63)]:
        for flags in ["", "-", "+", " ", "#", "0", "-#"]:
            for conv in "diouxX":
                fmt = "%" + flags + "8.3" + conv
                assert fmtlib.percent_int(i, flags, 8, 3, conv) == fmt % i, fmt
    for x in [0.0, -0.0, 3.14159, -2.5e-7, 1e300, float("inf"), float("nan")]:
        for flags in ["", "-", "+", " ", "#", "0"]:
            for conv in "eEfFgG":
                fmt = "%" + flags + "12.4" + conv
                assert fmtlib.percent_float(x, flags, 12, 4, conv) == fmt % x, fmt


def test_round_int():
    for x in [0, 5, 15, 25, 35, -25, 1234567, -1234567, 4999999999999999999, -4999999999999999999]:
        for n in [3, 0, -1, -2, -5, -18, -19, -30]:
            assert mathlib.round_int(x, n) == round(x, n), (x, n)
    with pytest.raises(OverflowError):
        mathlib.round_int((1 << 63) - 1, -19)
