"""The character tables that both backends' str methods read (case mappings
and the properties behind isalpha/isdigit/isalnum/isspace/isupper/islower)
are what the generator makes from this CPython's Unicode database, and the
property runs give each code point CPython's answers."""
import bisect

from jitgen.backend.native import gen_case_tables as gen


def test_checked_in_tables_are_generated_from_this_cpython():
    c_text, cs_text = gen.sources()
    assert gen.OUT.read_text() == c_text, "rerun python -m jitgen.backend.native.gen_case_tables"
    assert gen.OUT_CLI.read_text() == cs_text, "rerun python -m jitgen.backend.native.gen_case_tables"


def test_property_runs_answer_as_cpython():
    runs = gen.prop_runs()
    starts = [cp for cp, _ in runs]
    for cp in list(range(0, 0x3400)) + list(range(0xFF00, 0x10500)) + list(range(0x1D400, 0x1D800)):
        f = runs[bisect.bisect_right(starts, cp) - 1][1]
        c = chr(cp)
        assert bool(f & gen.ALPHA) == c.isalpha() and bool(f & gen.DIGIT) == c.isdigit(), hex(cp)
        assert bool(f & gen.ALNUM) == c.isalnum() and bool(f & gen.SPACE) == c.isspace(), hex(cp)
        assert bool(f & gen.UPPER) == c.isupper() and bool(f & gen.LOWER) == c.islower(), hex(cp)
        # a two-character word: CPython's multi-character rule from the bits
        w = c + "a"
        ok = not f & (gen.UPPER | gen.TITLE)
        assert w.islower() == ok, hex(cp)
