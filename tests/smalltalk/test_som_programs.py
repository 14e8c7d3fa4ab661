"""Runs each tests/smalltalk/programs/Name.som and compares its output (and
exit status, if Name.status exists) with Name.expected."""
import os

import pytest

from som_runner import HERE

PROGRAMS = os.path.join(HERE, "programs")
NAMES = sorted(f[:-len(".som")] for f in os.listdir(PROGRAMS)
               if f.endswith(".som") and os.path.exists(os.path.join(PROGRAMS, f[:-4] + ".expected")))


def test_there_are_enough_programs():
    assert len(NAMES) >= 40


@pytest.mark.parametrize("name", NAMES)
def test_program(som, name):
    with open(os.path.join(PROGRAMS, name + ".expected")) as f:
        expected = f.read()
    status_file = os.path.join(PROGRAMS, name + ".status")
    status = 0
    if os.path.exists(status_file):
        with open(status_file) as f:
            status = int(f.read().strip())
    r = som([PROGRAMS], name)
    assert r.out == expected, r.err
    assert r.returncode == status, r.err
