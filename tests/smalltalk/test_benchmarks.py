"""Runs each SOM Are-We-Fast-Yet benchmark once at a tiny size: the benchmark
verifies its own result (Run>>measure: fails the program otherwise).
Correctness only; no timings are checked."""
import os

import pytest

from som_runner import ROOT

BENCH = os.path.join(ROOT, "bench", "smalltalk")
CLASSPATH = [BENCH] + [os.path.join(BENCH, d) for d in
                       ("core", "CD", "DeltaBlue", "Havlak", "Json", "NBody", "Richards")]

# name, inner iterations: sizes with a published check value where the
# benchmark has one (Mandelbrot 1, NBody 1, CD 2, Havlak 1)
CASES = [
    ("Bounce", 1), ("List", 1), ("Mandelbrot", 1), ("NBody", 1), ("Permute", 1),
    ("Queens", 1), ("Sieve", 1), ("Storage", 1), ("Towers", 1), ("Richards", 1),
    ("DeltaBlue", 5), ("CD", 2), ("Json", 1),
    # Havlak with the extra loop searches over fresh graphs left out (they
    # do not change the verified counts): bench/smalltalk/Havlak/HavlakQuick.som
    ("HavlakQuick", 1),
]


@pytest.mark.parametrize("name,inner", CASES)
def test_benchmark_verifies(som, name, inner):
    r = som(CLASSPATH, "Harness", [name, 1, inner])
    assert r.returncode == 0, r.out + r.err
    assert "%s: iterations=1 runtime: " % name in r.out, r.out + r.err


def test_failed_verification_fails_the_run(som):
    # CD has no check value for 4 aircraft: verifyResult answers false
    r = som(CLASSPATH, "Harness", ["CD", 1, 4])
    assert r.returncode != 0
    assert "Benchmark failed with incorrect result" in r.out + r.err
