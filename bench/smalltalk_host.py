"""The SOM Are-We-Fast-Yet benchmarks on Tandem's Smalltalk VM in host mode
(the interpreter running on CPython), side by side with CPython running the
Python version of the same benchmark (bench/smalltalk/python), at the same
size, in one run.

    python bench/smalltalk_host.py                  # every benchmark, small sizes
    python bench/smalltalk_host.py Richards NBody   # some of them
    python bench/smalltalk_host.py --scale 4        # inner iterations x4 (where a size is free)
    python bench/smalltalk_host.py --iterations 3   # best of 3 runs on each side

Our time is the runtime the SOM harness reports for one iteration (it excludes
the VM's start-up and class loading); the CPython time is measured the same
way around one call of the Python benchmark. Both sides verify their result;
a failed verification is reported, not timed.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

from bench.smalltalk.python import simple, nbody, richards, deltablue, cd, havlak, jsonbench  # noqa: E402

BENCH = os.path.join(REPO, "bench", "smalltalk")
CLASSPATH = ":".join([BENCH] + [os.path.join(BENCH, d) for d in
                                ("core", "CD", "DeltaBlue", "Havlak", "Json", "NBody", "Richards")])


def repeat(cls):
    """A Python benchmark with benchmark()/verify_result(): run it inner times."""
    def run(inner):
        b = cls()
        for _ in range(inner):
            if not b.verify_result(b.benchmark()):
                return False
        return True
    return run


def loop(cls, **kw):
    def run(inner):
        return cls().inner_benchmark_loop(inner, **kw)
    return run


# SOM class, inner iterations at scale 1, whether the size may be scaled, Python runner
BENCHMARKS = [
    ("Bounce", 2, True, repeat(simple.Bounce)),
    ("List", 2, True, repeat(simple.List)),
    ("Mandelbrot", 30, True, loop(simple.Mandelbrot)),
    ("NBody", 200, True, loop(nbody.NBody)),
    ("Permute", 2, True, repeat(simple.Permute)),
    ("Queens", 2, True, repeat(simple.Queens)),
    ("Sieve", 2, True, repeat(simple.Sieve)),
    ("Storage", 2, True, repeat(simple.Storage)),
    ("Towers", 2, True, repeat(simple.Towers)),
    ("Richards", 1, True, repeat(richards.Richards)),
    ("DeltaBlue", 50, True, loop(deltablue.DeltaBlue)),
    ("CD", 2, False, loop(cd.CD)),
    ("HavlakQuick", 1, False, loop(havlak.Havlak, find_loop_iterations=0)),
    ("Json", 2, True, repeat(jsonbench.Json)),
]

RUNTIME = re.compile(r": iterations=1 runtime: (\d+)us")


def run_ours(name, inner):
    """Seconds for one iteration on our VM (host mode), or None if it failed."""
    cmd = [sys.executable, "-m", "interpreters.smalltalk", "-cp", CLASSPATH,
           "Harness", name, "1", str(inner)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    m = RUNTIME.search(proc.stdout)
    if proc.returncode != 0 or m is None:
        sys.stderr.write("%s failed on our VM:\n%s%s\n" % (name, proc.stdout, proc.stderr))
        return None
    return int(m.group(1)) / 1e6


def run_cpython(runner, inner):
    start = time.perf_counter()
    ok = runner(inner)
    elapsed = time.perf_counter() - start
    return elapsed if ok else None


def best(values):
    values = [v for v in values if v is not None]
    return min(values) if values else None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("--scale", type=int, default=1, help="multiply the inner iterations")
    ap.add_argument("--iterations", type=int, default=1, help="runs per side; the best counts")
    args = ap.parse_args(argv)
    chosen = [b for b in BENCHMARKS if not args.names or b[0] in args.names]
    if not chosen:
        ap.error("unknown benchmark; choose from " + ", ".join(b[0] for b in BENCHMARKS))
    print("Smalltalk VM (host mode on CPython %s) vs the same benchmark in Python on CPython"
          % sys.version.split()[0])
    print("%-12s %6s %12s %12s %10s" % ("benchmark", "inner", "ours (ms)", "CPython (ms)", "ours/CPy"))
    ratios = []
    for name, inner, scalable, runner in chosen:
        if scalable:
            inner *= args.scale
        ours = best([run_ours(name, inner) for _ in range(args.iterations)])
        cpy = best([run_cpython(runner, inner) for _ in range(args.iterations)])
        if ours is None or cpy is None:
            print("%-12s %6d %12s %12s %10s" % (name, inner,
                  "failed" if ours is None else "%.1f" % (ours * 1e3),
                  "failed" if cpy is None else "%.1f" % (cpy * 1e3), "-"))
            continue
        ratios.append(ours / cpy)
        print("%-12s %6d %12.1f %12.1f %10.1f" % (name, inner, ours * 1e3, cpy * 1e3, ours / cpy))
    if ratios:
        geo = 1.0
        for r in ratios:
            geo *= r
        geo **= 1.0 / len(ratios)
        print("geometric mean of ours/CPython over %d benchmarks: %.1f" % (len(ratios), geo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
