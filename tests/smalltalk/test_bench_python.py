"""The Python versions of the SOM benchmarks (bench/smalltalk/python), which
bench/smalltalk_host.py times beside our VM, verify their results too."""
import os
import sys

import pytest

from som_runner import ROOT

if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from bench.smalltalk.python import simple, nbody, richards, deltablue, cd, havlak, jsonbench  # noqa: E402


@pytest.mark.parametrize("cls", [simple.Bounce, simple.List, simple.Permute, simple.Queens,
                                 simple.Sieve, simple.Storage, simple.Towers,
                                 richards.Richards, jsonbench.Json],
                         ids=lambda c: c.__name__)
def test_benchmark_verifies(cls):
    b = cls()
    assert b.verify_result(b.benchmark())


def test_mandelbrot_published_sizes():
    assert [simple.Mandelbrot().mandelbrot(n) for n in (1, 500)] == [128, 191]


def test_nbody_one_step():
    assert nbody.NBody().inner_benchmark_loop(1)


def test_deltablue():
    assert deltablue.DeltaBlue().inner_benchmark_loop(100)


def test_cd_series_trigonometry_matches_published_counts():
    assert cd.CD().inner_benchmark_loop(2)
    assert cd.CD().inner_benchmark_loop(10)


def test_havlak():
    assert havlak.Havlak().inner_benchmark_loop(1, find_loop_iterations=0)


def test_wrong_results_are_rejected():
    assert not simple.Bounce().verify_result(1330)
    assert not cd.CD().inner_benchmark_loop(4)
