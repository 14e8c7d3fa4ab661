"""The hints behave on CPython as translated code will."""
from jitgen.hints import (JitDriver, intmask, ovfcheck, r_uint, r_dict,
                          StringBuilder, MAXINT, MININT)
import pytest


def test_intmask_wraps_to_signed_64_and_returns_plain_int():
    assert intmask(MAXINT + 1) == MININT
    assert intmask(-1) == -1
    big = r_uint(2**64 - 1)
    assert intmask(big) == -1 and type(intmask(big)) is int


def test_r_uint_wraps_and_prints_as_a_number():
    assert r_uint(-1) == 2**64 - 1
    assert r_uint(2**63) * 2 == 0
    assert r_uint(0) - 1 == 2**64 - 1
    assert str(r_uint(5)) == "5" and f"{r_uint(7)}" == "7"
    assert isinstance(r_uint(3) + 4, r_uint)


def test_ovfcheck_raises_outside_64_bits():
    assert ovfcheck(MAXINT) == MAXINT
    with pytest.raises(OverflowError):
        ovfcheck(MAXINT + 1)
    with pytest.raises(OverflowError):
        ovfcheck(MININT - 1)


def _eq(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def _hash(a: str) -> int:
    return hash(a.lower())


def test_r_dict_uses_the_given_eq_and_hash_and_keeps_order():
    d = r_dict(_eq, _hash)
    d["B"] = 1
    d["a"] = 2
    d["b"] = 3
    assert list(d) == ["B", "a"] and d["b"] == 3 and "A" in d
    del d["A"]
    assert d.keys() == ["B"]
    with pytest.raises(KeyError):
        d["zz"]


def test_stringbuilder():
    sb = StringBuilder()
    sb.append("ab")
    sb.append_slice("xyz", 1, 3)
    sb.append_multiple_char("-", 2)
    assert sb.build() == "abyz--" and sb.getlength() == 6
    sb.append("😀")
    assert len(sb) == sb.getlength() == 7     # len(sb) is translated as getlength


def test_jitdriver_rejects_a_name_both_green_and_red():
    with pytest.raises(ValueError):
        JitDriver(greens=["pc"], reds=["pc"])
    with pytest.raises(ValueError):
        JitDriver(greens=["pc"], reds=["frame"], virtualizables=["pc"])
