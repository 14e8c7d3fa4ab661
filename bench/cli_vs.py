"""CPython vs the CLI backend vs hand-written C# (mcs -optimize+), all on the
same Mono, on the bench/native programs (the subset sources are shared with
the native backend; the C# twins are in bench/cli/).  PyPy (Debian's pypy3,
if installed) runs the subset sources too, for context.

All columns must print the same output.  Prints a Markdown table of seconds
(process start included: Mono's start-up and JIT are part of both .NET
columns) and ratios with their geometric means (over all six programs, and
over the five that issue 3 requires), then the translation time of a
generated 1,000-line program from a cold cache.

Times are CPU seconds (user + sys) of the child process by default (the
machine is shared; --clock wall for elapsed time).  A run slower than 5 s is
made once; faster ones --repeat times, keeping the best.

    .venv/bin/python bench/cli_vs.py [--quick] [--repeat N] [--clock cpu|wall] [--no-pypy]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from native_vs import (PROGRAMS, SLOW, Row, Timing, arguments, check_outputs, env, load,  # noqa: E402
                       print_table, pypy_command, thousand_line_program, timed)


def translate(src: Path, out: Path, extra_env: dict[str, str] | None = None) -> float:
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
    args = arguments(__doc__ or "")
    print(f"# CPython vs cli vs C# on Mono ({args.clock} seconds, best of {args.repeat}; "
          f"runs over {SLOW:.0f} s made once); {load()} at start")
    print()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, sizes in PROGRAMS.items():
            if args.only and name not in args.only:
                continue
            size = sizes[1] if args.quick else sizes[0]
            py = HERE / "native" / f"{name}.py"
            ours = Path(tmp) / name
            cs = Path(tmp) / f"{name}.cs.exe"
            translate(py, ours)
            compile_cs(HERE / "cli" / f"{name}.cs", cs)
            pypy = None if args.no_pypy else pypy_command(py)
            cells: dict[str, Timing | None] = {
                "CPython": timed([sys.executable, str(py), size], 1, args.clock, args.timeout),
                "PyPy": timed(pypy + [size], args.repeat, args.clock, args.timeout) if pypy else None,
                "cli": timed(["mono", str(ours) + ".exe", size], args.repeat, args.clock, args.timeout),
                "C#": timed(["mono", str(cs), size], args.repeat, args.clock, args.timeout),
            }
            check_outputs(name, cells)
            rows.append(Row(name, size, cells))
    print_table(rows, ["CPython", "PyPy", "cli", "C#"],
                [("CPython", "cli", 1), ("PyPy", "cli", 2), ("cli", "C#", 2)])
    print()
    n, dt = translation_time()
    print(f"translation of a {n}-line program from a cold cache: {dt:.2f} s (elapsed)")
    print(f"{load()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
