"""CPython vs the native backend vs gcc -O2 on the bench/native programs.

For each program: CPython runs the subset source, PyPy (Debian's pypy3, if
installed) runs it too, the native backend translates it (python -m jitgen
build --backend native), gcc -O2 compiles the hand-written C twin.  All
columns must print the same output.  Prints a Markdown table of seconds and
ratios with their geometric means (over all six programs, and over the five
that issue 3 requires), how much of binary_trees is Boehm GC, then the
translation time of a generated 1,000-line subset program from a cold cache.

Times are CPU seconds (user + sys) of the child process by default: the
machine is shared, and CPU time is much less disturbed by other people's
work than elapsed time (--clock wall measures elapsed time).  A run slower
than 5 s is made once; faster ones --repeat times, keeping the best.

    .venv/bin/python bench/native_vs.py [--quick] [--repeat N] [--clock cpu|wall] [--no-pypy]
"""
from __future__ import annotations

import argparse
import math
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# name: (full size, quick size).  Full sizes make the gcc -O2 twin run for
# roughly 0.3-1 s on this machine, so that process start-up does not matter.
PROGRAMS = {
    "nbody": ("5000000", "20000"),
    "binary_trees": ("17", "10"),
    "fannkuch": ("10", "7"),
    "scheduler": ("5000000", "20000"),
    "strings": ("3000000", "20000"),
    "tokenize": ("500000", "2000"),
}
REQUIRED = ["nbody", "binary_trees", "fannkuch", "scheduler", "strings"]   # the five of issue 3
SLOW = 5.0              # seconds: a column this slow is run once
GC_BIG_HEAP = "256M"    # GC_INITIAL_HEAP_SIZE for the binary_trees run with little GC pressure


def env(extra: dict[str, str] | None = None) -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO)
    e.update(extra or {})
    return e


@dataclass
class Timing:
    seconds: float          # on the chosen clock; if timed_out, what it used until it was stopped
    out: str
    err: str
    wall: float
    timed_out: bool = False


def run_once(cmd: list[str], clock: str, timeout: float, extra_env: dict[str, str] | None = None) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, env=env(extra_env), cwd=REPO, timeout=timeout)
    except subprocess.TimeoutExpired:       # run() has killed and reaped it: its CPU time is counted
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return Timing(cpu if clock == "cpu" else timeout, "", "", timeout, True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stderr}")
    return Timing(cpu if clock == "cpu" else wall, r.stdout, r.stderr, wall)


def timed(cmd: list[str], repeat: int, clock: str, timeout: float,
          extra_env: dict[str, str] | None = None) -> Timing:
    """Best of `repeat` runs; a run slower than SLOW is made only once."""
    best = run_once(cmd, clock, timeout, extra_env)
    for _ in range(repeat - 1):
        if best.timed_out or best.seconds >= SLOW:
            break
        t = run_once(cmd, clock, timeout, extra_env)
        if t.seconds < best.seconds:
            best = t
    return best


def pypy_command(py: Path) -> list[str] | None:
    """The PyPy column runs the same source through pypy_launch (PyPy 3.9
    needs lazy annotations for `X | None`); None when pypy3 is missing."""
    exe = shutil.which("pypy3")
    return [exe, str(HERE / "native" / "pypy_launch.py"), str(py)] if exe else None


def build_native(src: Path, out: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "jitgen", "build", str(src), "--backend", "native", "-o", str(out)],
                       capture_output=True, text=True, env=env(), cwd=REPO)
    if r.returncode != 0:
        raise SystemExit(f"translating {src.name} failed:\n{r.stderr}")


def build_c(src: Path, out: Path) -> None:
    r = subprocess.run(["gcc", "-O2", "-o", str(out), str(src), "-lgc", "-lm"], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"gcc {src.name} failed:\n{r.stderr}")


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def load() -> str:
    with open("/proc/loadavg") as f:
        return "load average " + " ".join(f.read().split()[:3])


# ---- the Markdown table ----------------------------------------------------

@dataclass
class Row:
    name: str
    size: str
    cells: dict[str, Timing | None]       # column -> timing (None: column not run)


def seconds_cell(t: Timing | None) -> str:
    if t is None:
        return "-"
    return f">{t.seconds:.0f}" if t.timed_out else f"{t.seconds:.3f}"


def ratio(a: Timing | None, b: Timing | None) -> tuple[float, str] | None:
    """a/b and how exact it is: "" exact, ">" or "<" a bound (a time-out)."""
    if a is None or b is None or (a.timed_out and b.timed_out):
        return None
    bound = ">" if a.timed_out else "<" if b.timed_out else ""
    return a.seconds / b.seconds, bound


def ratio_cell(r: tuple[float, str] | None, digits: int) -> str:
    return "-" if r is None else f"{r[1]}{r[0]:.{digits}f}"


def geomean_cell(rs: list[tuple[float, str] | None], digits: int) -> str:
    got = [r for r in rs if r is not None]
    if not got:
        return "-"
    bounds = {r[1] for r in got if r[1]}
    mark = bounds.pop() if len(bounds) == 1 else ("?" if bounds else "")
    return f"{mark}{geomean([r[0] for r in got]):.{digits}f}"


def print_table(rows: list[Row], columns: list[str], ratios: list[tuple[str, str, int]]) -> None:
    """columns: the time columns in order; ratios: (numerator, denominator,
    digits) pairs of column names."""
    present = [c for c in columns if any(r.cells.get(c) is not None for r in rows)]
    used = [q for q in ratios if q[0] in present and q[1] in present]
    head = ["program", "size"] + [f"{c} s" for c in present] + [f"{a}/{b}" for a, b, _ in used]
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join([" --- "] * 2 + [" ---: "] * (len(head) - 2)) + "|")
    for r in rows:
        cells = [r.name, r.size] + [seconds_cell(r.cells.get(c)) for c in present]
        cells += [ratio_cell(ratio(r.cells.get(a), r.cells.get(b)), d) for a, b, d in used]
        print("| " + " | ".join(cells) + " |")
    groups = [(f"geomean, all {len(rows)}", rows)]
    req = [r for r in rows if r.name in REQUIRED]
    if len(req) != len(rows):
        groups.append((f"geomean, the {len(req)} required (no tokenize)", req))
    for label, rs in groups:
        cells = [f"**{label}**", ""] + [""] * len(present)
        cells += [geomean_cell([ratio(r.cells.get(a), r.cells.get(b)) for r in rs], d) for a, b, d in used]
        print("| " + " | ".join(cells) + " |")
    print()
    for label, rs in groups:
        parts = [f"{a}/{b} {geomean_cell([ratio(r.cells.get(a), r.cells.get(b)) for r in rs], d)}"
                 for a, b, d in used]
        print(f"{label}: " + ", ".join(parts))
    if any(t is not None and t.timed_out for r in rows for t in r.cells.values()):
        print("(>N: stopped after the time limit; ratios with > or < are bounds)")


def check_outputs(name: str, cells: dict[str, Timing | None]) -> None:
    got = {c: t.out for c, t in cells.items() if t is not None and not t.timed_out}
    if len(set(got.values())) > 1:
        shown = "\n".join(f"--- {c}:\n{o}" for c, o in got.items())
        raise SystemExit(f"{name}: outputs differ\n{shown}")


# ---- binary_trees and the GC -------------------------------------------------

def gc_stats(cmd: list[str], timeout: float, extra: dict[str, str]) -> tuple[int, float, float, int]:
    """(collections, seconds inside collections, elapsed seconds, mark helper
    threads) from one run with Boehm's GC_PRINT_STATS (its times are elapsed)."""
    t = run_once(cmd, "wall", timeout, {"GC_PRINT_STATS": "1", **extra})
    took = re.findall(r"Complete collection took (\d+) ms (\d+) ns", t.err)
    helpers = re.search(r"Started (\d+) mark helper threads", t.err)
    return (len(took), sum(int(ms) / 1e3 + int(ns) / 1e9 for ms, ns in took), t.wall,
            int(helpers.group(1)) if helpers else 0)


def gc_report(size: str, native: Path, cexe: Path, normal: dict[str, Timing | None], repeat: int, clock: str,
              timeout: float) -> None:
    """How much of binary_trees is garbage collection, for both columns."""
    print(f"binary_trees {size} and Boehm GC (both columns use libgc):")
    stats = []
    for label, exe in (("native", native), ("gcc -O2", cexe)):
        # elapsed times are noisy on a shared machine: keep the quickest run
        n, gc, wall, helpers = min((gc_stats([str(exe), size], timeout, {}) for _ in range(repeat)),
                                   key=lambda r: r[2])
        n_big = gc_stats([str(exe), size], timeout, {"GC_INITIAL_HEAP_SIZE": GC_BIG_HEAP})[0]
        stats.append(f"{label} {n} collections, {gc:.2f} s of {wall:.2f} s elapsed ({100 * gc / wall:.0f}%),"
                     f" {helpers} mark helper threads [{n_big} collections with a {GC_BIG_HEAP} initial heap]")
    print("- time inside collections (GC_PRINT_STATS, the quickest of --repeat runs; excludes lazy sweeping during allocation): "
          + "; ".join(stats))
    big = {}
    for label, exe in (("native", native), ("gcc -O2", cexe)):
        big[label] = timed([str(exe), size], repeat, clock, timeout, {"GC_INITIAL_HEAP_SIZE": GC_BIG_HEAP})
    parts = []
    for label in ("native", "gcc -O2"):
        t0, t1 = normal[label], big[label]
        assert t0 is not None
        parts.append(f"{label} {t1.seconds:.3f} s instead of {t0.seconds:.3f} s "
                     f"({100 * (t1.seconds / t0.seconds - 1):+.0f}%)")
    n0, c0 = normal["native"], normal["gcc -O2"]
    assert n0 is not None and c0 is not None
    print(f"- GC_INITIAL_HEAP_SIZE={GC_BIG_HEAP} ({clock} time): " + "; ".join(parts)
          + f"; native/gcc {big['native'].seconds / big['gcc -O2'].seconds:.2f} instead of "
          f"{n0.seconds / c0.seconds:.2f}")


# ---- translation time ----------------------------------------------------------

def thousand_line_program() -> str:
    """A generated subset program of about 1,000 lines: classes, methods,
    loops, strings, lists and dicts."""
    lines = ['"""Generated: translation-time benchmark."""', ""]
    for i in range(40):
        lines += [f"class Shape{i}:", "    w: int", "    h: int", "    name: str", "",
                  "    def __init__(self, w: int, h: int) -> None:", "        self.w = w", "        self.h = h",
                  f"        self.name = \"shape{i}\"", "",
                  "    def area(self) -> int:", f"        return self.w * self.h + {i}", "",
                  "    def describe(self) -> str:", "        return self.name + \":\" + str(self.area())", "", ""]
    for i in range(40):
        lines += [f"def work{i}(n: int) -> int:", "    total = 0", "    names: list[str] = []",
                  "    seen: dict[str, int] = {}", "    for k in range(n):",
                  f"        s = Shape{i}(k, k + {i})", "        total += s.area()",
                  "        d = s.describe()", "        names.append(d)", "        seen[d] = k",
                  "    return total + len(names) + len(seen)", "", ""]
    lines += ["def main(argv: list[str]) -> int:", "    total = 0"]
    for i in range(40):
        lines.append(f"    total += work{i}(3)")
    lines += ["    print(total)", "    return 0", "", "", 'if __name__ == "__main__":', "    import sys",
              "    sys.exit(main(sys.argv))"]
    return "\n".join(lines) + "\n"


def translation_time() -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "thousand.py"
        src.write_text(thousand_line_program())
        e = env()
        e["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")     # cold cache
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "jitgen", "build", str(src), "--backend", "native",
                            "-o", str(Path(tmp) / "thousand")], capture_output=True, text=True, env=e, cwd=REPO)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            raise SystemExit(f"translating the 1,000-line program failed:\n{r.stderr}")
        expected = subprocess.run([sys.executable, str(src)], capture_output=True, text=True, env=env()).stdout
        got = subprocess.run([str(Path(tmp) / "thousand")], capture_output=True, text=True).stdout
        if got != expected:
            raise SystemExit("the 1,000-line program printed something else than on CPython")
        return len(src.read_text().splitlines()), dt


def arguments(doc: str) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (a smoke test)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each column faster than 5 s (best of)")
    ap.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                    help="cpu: user+sys seconds of the child (default); wall: elapsed seconds")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is stopped")
    ap.add_argument("--no-pypy", action="store_true", help="leave out the PyPy column")
    ap.add_argument("--only", nargs="*", help="run only these programs")
    return ap.parse_args()


def main() -> int:
    args = arguments(__doc__ or "")
    print(f"# CPython vs native vs gcc -O2 ({args.clock} seconds, best of {args.repeat}; "
          f"runs over {SLOW:.0f} s made once); {load()} at start")
    print()
    rows = []
    gc_line = None
    with tempfile.TemporaryDirectory() as tmp:
        for name, sizes in PROGRAMS.items():
            if args.only and name not in args.only:
                continue
            size = sizes[1] if args.quick else sizes[0]
            py = HERE / "native" / f"{name}.py"
            nat = Path(tmp) / f"{name}.native"
            cexe = Path(tmp) / f"{name}.c.exe"
            build_native(py, nat)
            build_c(HERE / "native" / f"{name}.c", cexe)
            pypy = None if args.no_pypy else pypy_command(py)
            cells: dict[str, Timing | None] = {
                "CPython": timed([sys.executable, str(py), size], 1, args.clock, args.timeout),
                "PyPy": timed(pypy + [size], args.repeat, args.clock, args.timeout) if pypy else None,
                "native": timed([str(nat), size], args.repeat, args.clock, args.timeout),
                "gcc -O2": timed([str(cexe), size], args.repeat, args.clock, args.timeout),
            }
            check_outputs(name, cells)
            rows.append(Row(name, size, cells))
            if name == "binary_trees":
                gc_line = (size, nat, cexe, cells)
        print_table(rows, ["CPython", "PyPy", "native", "gcc -O2"],
                    [("CPython", "native", 1), ("PyPy", "native", 2), ("native", "gcc -O2", 2)])
        print()
        if gc_line is not None:
            size, nat, cexe, cells = gc_line
            gc_report(size, nat, cexe, cells, args.repeat, args.clock, args.timeout)
            print()
    n, dt = translation_time()
    print(f"translation of a {n}-line program from a cold cache: {dt:.2f} s (elapsed)")
    print(f"{load()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
