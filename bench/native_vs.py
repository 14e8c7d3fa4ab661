"""CPython vs the native backend vs gcc -O2 on the bench/native programs.

For each program: CPython runs the subset source, the native backend
translates the same source (python -m jitgen build --backend native), gcc -O2
compiles the hand-written C version.  All three must print the same output.
Reports the best of --repeat wall-clock runs, the ratios and their geometric
means, then the translation time of a generated 1,000-line subset program
from a cold cache.

    .venv/bin/python bench/native_vs.py [--quick] [--repeat N]
"""
from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PROGRAMS = {            # name: (full size, quick size)
    "nbody": ("300000", "20000"),
    "binary_trees": ("15", "10"),
    "fannkuch": ("9", "7"),
    "scheduler": ("300000", "20000"),
    "strings": ("300000", "20000"),
}


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO)
    return e


def timed(cmd: list[str], repeat: int) -> tuple[float, str]:
    best = math.inf
    out = ""
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, env=env(), cwd=REPO)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stderr}")
        best = min(best, dt)
        out = r.stdout
    return best, out


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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes (a smoke test)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, sizes in PROGRAMS.items():
            size = sizes[1] if args.quick else sizes[0]
            py = HERE / "native" / f"{name}.py"
            nat = Path(tmp) / f"{name}.native"
            cexe = Path(tmp) / f"{name}.c.exe"
            build_native(py, nat)
            build_c(HERE / "native" / f"{name}.c", cexe)
            t_py, o_py = timed([sys.executable, str(py), size], 1)
            t_nat, o_nat = timed([str(nat), size], args.repeat)
            t_c, o_c = timed([str(cexe), size], args.repeat)
            if not (o_py == o_nat == o_c):
                raise SystemExit(f"{name}: outputs differ\nCPython: {o_py}\nnative: {o_nat}\ngcc: {o_c}")
            rows.append((name, size, t_py, t_nat, t_c))
    print(f"{'program':<14}{'size':>8}{'CPython s':>11}{'native s':>10}{'gcc -O2 s':>11}"
          f"{'CPy/native':>12}{'native/gcc':>12}")
    for name, size, t_py, t_nat, t_c in rows:
        print(f"{name:<14}{size:>8}{t_py:>11.3f}{t_nat:>10.3f}{t_c:>11.3f}{t_py / t_nat:>12.1f}{t_nat / t_c:>12.2f}")
    g1 = geomean([r[2] / r[3] for r in rows])
    g2 = geomean([r[3] / r[4] for r in rows])
    print(f"{'geomean':<54}{g1:>12.1f}{g2:>12.2f}")
    n, dt = translation_time()
    print(f"translation of a {n}-line program from a cold cache: {dt:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
