"""The native runtime's small-object free lists and Boehm set-up
(vm/native/rt_core.c, docs/backend-native.md "Memory"): live objects of
every small size, pointer-free or not, keep their values across many
collections whatever the heap settings, against CPython as the oracle; and
a program that only makes garbage runs in bounded memory."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CHURN = HERE / "programs" / "gc_churn.py"


# A child's ru_maxrss starts from its parent's peak when it execs (Linux), and
# pytest has grown large by then: a small Python process starts the program
# and reports its peak RSS in KiB on stderr.
PEAK_RSS = ("import os, resource, subprocess, sys\n"
            "r = subprocess.run(sys.argv[1:])\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
            "sys.exit(r.returncode)\n")


def run_native(exe: Path, args: list[str], extra_env: dict[str, str]) -> tuple[str, int, int]:
    """stdout, exit status and peak RSS (KiB) of one run."""
    env = dict(os.environ)
    for k in ("GC_INITIAL_HEAP_SIZE", "GC_FREE_SPACE_DIVISOR", "GC_MARKERS"):
        env.pop(k, None)
    env.update(extra_env)
    r = subprocess.run([sys.executable, "-S", "-c", PEAK_RSS, str(exe), *args], env=env,
                       capture_output=True, text=True, timeout=120)
    return r.stdout, r.returncode, int(r.stderr.split()[-1])


@pytest.fixture(scope="module")
def expected() -> str:
    r = subprocess.run([sys.executable, str(CHURN), "1500", "16"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.endswith("bad 0\n"), r.stdout
    return r.stdout


# The default set-up, a small heap (many more collections, so objects wait on
# the free lists across many of them), Boehm's own divisor, one marker.
@pytest.mark.parametrize("gc_env", [{}, {"GC_INITIAL_HEAP_SIZE": "1M"}, {"GC_FREE_SPACE_DIVISOR": "3"},
                                    {"GC_MARKERS": "1", "GC_INITIAL_HEAP_SIZE": "2M"}],
                         ids=["default", "small-heap", "divisor3", "one-marker"])
def test_live_objects_keep_their_values(gc_env, expected, native_exe) -> None:
    exe = native_exe(CHURN)
    out, code, _ = run_native(exe, ["1500", "16"], gc_env)
    assert code == 0
    assert out == expected


def test_garbage_only_runs_in_bounded_memory(native_exe) -> None:
    """About 700 MB of short-lived objects; the live set stays tiny, so the
    heap must too (measured: 11 MiB peak RSS)."""
    exe = native_exe(CHURN)
    out, code, rss = run_native(exe, ["2000", "250", "garbage-only"], {})
    assert code == 0
    assert out.startswith("objects 0 chain 0 garbage ") and out.endswith("bad 0\n"), out
    assert rss < 48 * 1024, f"peak RSS {rss} KiB"


ALLOC_SIZES = REPO / "tests" / "jitgen" / "programs" / "alloc_sizes.py"


def test_every_size_class_under_many_collections(native_exe) -> None:
    """The corpus program alloc_sizes (instances of 1 to 40 fields, tuples,
    lists) at a size and heap that make the native run collect many times."""
    exe = native_exe(ALLOC_SIZES)
    expected = subprocess.run([sys.executable, str(ALLOC_SIZES), "20000"], capture_output=True, text=True,
                              timeout=120)
    assert expected.returncode == 0, expected.stderr
    env = dict(os.environ, GC_INITIAL_HEAP_SIZE="1M", GC_PRINT_STATS="1")
    got = subprocess.run([str(ALLOC_SIZES), "20000"], executable=str(exe), env=env, capture_output=True,
                         text=True, timeout=120)
    assert got.returncode == 0, got.stderr[-2000:]
    assert got.stdout == expected.stdout
    assert got.stderr.count("Complete collection") >= 5   # the collector did run, often


OOM = HERE / "programs" / "gc_oom.py"


@pytest.mark.parametrize("mode", ["catch", "uncaught"])
def test_heap_limit_raises_memory_error_from_the_inline_path(mode: str, native_exe) -> None:
    """Small objects until Boehm's heap limit: the free list's refill fails
    and raises MemoryError, which the program catches, or which ends it
    with the usual report (written without allocating: the heap is full).
    CPython cannot be the oracle of the failure itself (it would take all
    the machine's memory); below the limit both print the same."""
    exe = native_exe(OOM)
    small = subprocess.run([sys.executable, str(OOM), "1000", mode], capture_output=True, text=True,
                           timeout=60)
    got_small = subprocess.run([str(OOM), "1000", mode], executable=str(exe), capture_output=True,
                               text=True, timeout=60)
    assert (got_small.stdout, got_small.returncode) == (small.stdout, small.returncode)
    env = dict(os.environ, GC_MAXIMUM_HEAP_SIZE="32M")
    for _ in range(5):       # a crash while reporting was intermittent
        got = subprocess.run([str(OOM), "100000000", mode], executable=str(exe), env=env,
                             capture_output=True, text=True, timeout=120)
        if mode == "catch":
            assert (got.stdout, got.returncode) == ("MemoryError caught\n", 0), got.stderr[-2000:]
        else:
            assert (got.stdout, got.returncode) == ("", 1), got.stderr[-2000:]
            assert got.stderr.splitlines()[-1] == "MemoryError"
