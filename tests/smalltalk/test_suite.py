"""Runs the SOM test suite (tests/smalltalk/suite) with the SUnit-style
TestRunner of the class library; every test must pass."""
import os
import re

from som_runner import HERE

SUITE = os.path.join(HERE, "suite")


def test_som_suite_passes(som):
    r = som([SUITE], "TestHarness")
    summary = re.search(r"(\d+) tests, (\d+) assertions, (\d+) passed, (\d+) failed, (\d+) errors",
                        r.out)
    assert summary, r.out + r.err
    tests, assertions, passed, failed, errors = map(int, summary.groups())
    print("SOM suite: %d tests, %d assertions, %d passed" % (tests, assertions, passed))
    assert (failed, errors) == (0, 0), r.out
    assert passed == tests
    assert assertions >= 300
    assert r.returncode == 0, r.err


def test_harness_reports_failures_and_exits_nonzero(som):
    # SampleTests fails on purpose: 1 pass, 2 failures, 1 error
    r = som([SUITE], "TestHarness", ["SampleTests"])
    assert "4 tests, 4 assertions, 1 passed, 2 failed, 1 errors" in r.out, r.out + r.err
    assert "FAIL: SampleTests>>#testFailingEquals: Expected 2 but was 1" in r.out
    assert r.returncode == 1
