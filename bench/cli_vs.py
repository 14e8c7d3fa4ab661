"""CPython vs the CLI backend vs hand-written C# (mcs -optimize+), all on the
same Mono, on the bench/native programs (the subset sources are shared with
the native backend; the C# twins are in bench/cli/).

The three must print the same output.  Reports the best of --repeat
wall-clock runs (process start included: Mono's startup and JIT are part of
both .NET columns), the ratios and their geometric means, then the
translation time of a generated 1,000-line program from a cold cache.

    .venv/bin/python bench/cli_vs.py [--quick] [--repeat N]
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
sys.path.insert(0, str(HERE))
from native_vs import PROGRAMS, thousand_line_program  # noqa: E402  (shared sizes and generator)


def env(extra: dict | None = None) -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO)
    e.update(extra or {})
    return e


def timed(cmd: list[str], repeat: int) -> tuple[float, str]:
    best, out = math.inf, ""
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, env=env(), cwd=REPO)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stderr}")
        best, out = min(best, dt), r.stdout
    return best, out


def translate(src: Path, out: Path, extra_env: dict | None = None) -> float:
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "jitgen", "build", str(src), "--backend", "cli", "-o", str(out)],
                       capture_output=True, text=True, env=env(extra_env), cwd=REPO)
    if r.returncode != 0:
        raise SystemExit(f"translating {src.name} failed:\n{r.stderr}")
    return time.perf_counter() - t0


def compile_cs(src: Path, out: Path) -> None:
    r = subprocess.run(["mcs", "-optimize+", f"-out:{out}", str(src)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"mcs {src.name} failed:\n{r.stdout}{r.stderr}")


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def translation_time() -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "thousand.py"
        src.write_text(thousand_line_program())
        out = Path(tmp) / "thousand"
        dt = translate(src, out, {"XDG_CACHE_HOME": str(Path(tmp) / "cache")})   # cold cache
        expected = subprocess.run([sys.executable, str(src)], capture_output=True, text=True, env=env()).stdout
        got = subprocess.run(["mono", str(out) + ".exe"], capture_output=True, text=True).stdout
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
            ours = Path(tmp) / name
            cs = Path(tmp) / f"{name}.cs.exe"
            translate(py, ours)
            compile_cs(HERE / "cli" / f"{name}.cs", cs)
            t_py, o_py = timed([sys.executable, str(py), size], 1)
            t_our, o_our = timed(["mono", str(ours) + ".exe", size], args.repeat)
            t_cs, o_cs = timed(["mono", str(cs), size], args.repeat)
            if not (o_py == o_our == o_cs):
                raise SystemExit(f"{name}: outputs differ\nCPython: {o_py}\ncli: {o_our}\nC#: {o_cs}")
            rows.append((name, size, t_py, t_our, t_cs))
    print(f"{'program':<14}{'size':>8}{'CPython s':>11}{'cli s':>9}{'C# s':>9}{'CPy/cli':>10}{'cli/C#':>9}")
    for name, size, t_py, t_our, t_cs in rows:
        print(f"{name:<14}{size:>8}{t_py:>11.3f}{t_our:>9.3f}{t_cs:>9.3f}{t_py / t_our:>10.1f}{t_our / t_cs:>9.2f}")
    g1 = geomean([r[2] / r[3] for r in rows])
    g2 = geomean([r[3] / r[4] for r in rows])
    print(f"{'geomean':<51}{g1:>10.1f}{g2:>9.2f}")
    n, dt = translation_time()
    print(f"translation of a {n}-line program from a cold cache: {dt:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
