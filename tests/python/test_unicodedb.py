"""The checked-in Unicode tables are what the generator makes from this
Python's Unicode database (the oracle's), and the lookups agree with
CPython's str methods."""
import sys

from interpreters.python.objspace import unicodedb, unicodedb_gen


def test_tables_are_generated_from_this_python():
    assert unicodedb_gen.TABLES.read_text(encoding="utf-8") == unicodedb_gen.generate(), \
        "run: python -m interpreters.python.objspace.unicodedb_gen"


def test_lookups_agree_with_cpython():
    for o in range(0, sys.maxunicode + 1, 7):
        c = chr(o)
        assert unicodedb.decimal_digit(o) == (int(c) if c.isdecimal() else -1), hex(o)
        assert unicodedb.is_numeric_char(o) == c.isnumeric(), hex(o)
        assert unicodedb.is_printable_char(o) == c.isprintable(), hex(o)
    for s in ["Straße", "ΣΑΣ", "ǅ", "İ", "ﬁ", "ŉ", "abc", ""]:
        assert unicodedb.casefold(s) == s.casefold(), s
