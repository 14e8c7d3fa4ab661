"""Runs the benchmark programs of bench/python/ on CPython and on Tandem's
Python VM in host mode (python -m interpreters.python), side by side, checks
that both print the same thing, and prints the time ratio.

    python bench/python_host.py [--size small|medium] [--only NAME ...]
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "python")

# program -> argument for each size
SIZES = {
    "nbody": {"small": "200", "medium": "2000"},
    "richards": {"small": "200", "medium": "2000"},
    "fannkuch": {"small": "6", "medium": "7"},
    "spectral_norm": {"small": "20", "medium": "60"},
    "nqueens": {"small": "5", "medium": "6"},
    "float_bench": {"small": "2000", "medium": "20000"},
    "deltablue": {"small": "50", "medium": "500"},
    "raytrace": {"small": "20", "medium": "60"},
    "chaos": {"small": "3000", "medium": "30000"},
    "json_parse": {"small": "20", "medium": "200"},
}


def timed(cmd):
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - t0, proc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="small", choices=["small", "medium"])
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()
    print("%-14s %6s %10s %10s %8s  %s" % ("benchmark", "arg", "cpython s", "host s", "ratio", "same output"))
    ratios = []
    for name, sizes in SIZES.items():
        if args.only and name not in args.only:
            continue
        path = os.path.join(PROGRAMS, name + ".py")
        arg = sizes[args.size]
        t_c, p_c = timed([sys.executable, path, arg])
        t_h, p_h = timed([sys.executable, "-m", "interpreters.python", path, arg])
        same = p_c.returncode == p_h.returncode == 0 and p_c.stdout == p_h.stdout
        ratio = t_h / t_c if t_c > 0 else float("inf")
        ratios.append(ratio)
        note = "yes" if same else "NO: " + (p_h.stderr.strip().splitlines() or ["differs"])[-1]
        print("%-14s %6s %10.3f %10.3f %8.1f  %s" % (name, arg, t_c, t_h, ratio, note))
    if ratios:
        geo = 1.0
        for r in ratios:
            geo *= r
        geo **= 1.0 / len(ratios)
        print("geometric mean of host/CPython time: %.1fx" % geo)


if __name__ == "__main__":
    main()
