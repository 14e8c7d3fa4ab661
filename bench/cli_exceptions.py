"""What raising costs on the cli backend, and what an explicit mechanism
would cost instead (issue 4: "map exceptions to .NET exceptions, or to an
explicit mechanism if that measures faster").

1. bench/cli/exceptions_model.cs: the same C# code in both shapes, timed
   inside one Mono process: .NET exceptions (throw / catch clauses, as
   the backend emits) and an explicit mechanism (a pending-exception
   static that every caller tests after each call that can raise).
2. bench/cli/raise_loop.py, a subset program (calls two frames deep, one
   call in N raising, caught by the loop) on CPython, native and cli, and
   the cost of one raise on each: (time - time with nothing raised) /
   number of raises.

    .venv/bin/python bench/cli_exceptions.py [--repeat N]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cli_vs import compile_cs, translate  # noqa: E402
from native_vs import build_native, load, timed  # noqa: E402

CALLS = 300_000
EVERY = [0, 1000, 100, 10, 1]       # one call in N raises; 0: none


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"# Exceptions on the cli backend; {load()} at start")
    print()
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.exe"
        compile_cs(HERE / "cli" / "exceptions_model.cs", model)
        print("## The C# model, both mechanisms (milliseconds inside one Mono process)")
        print()
        print(subprocess.run(["mono", str(model)], capture_output=True, text=True, check=True).stdout)

        src = HERE / "cli" / "raise_loop.py"
        ours = Path(tmp) / "raise_loop"
        nat = Path(tmp) / "raise_loop.native"
        translate(src, ours)
        build_native(src, nat)
        commands = {
            "CPython": [sys.executable, str(src)],
            "native": [str(nat)],
            "cli": ["mono", str(ours) + ".exe"],
        }
        print(f"## bench/cli/raise_loop.py, {CALLS} calls (CPU seconds, best of {args.repeat})")
        print()
        print("| one call in N raises | " + " | ".join(f"{k} s" for k in commands) + " | "
              + " | ".join(f"{k} us/raise" for k in commands) + " |")
        print("| --- |" + " ---: |" * (2 * len(commands)))
        base: dict[str, float] = {}
        for every in EVERY:
            cells = {k: timed(cmd + [str(CALLS), str(every)], args.repeat, "cpu", 120.0)
                     for k, cmd in commands.items()}
            outs = {c.out for c in cells.values()}
            if len(outs) != 1:
                raise SystemExit(f"outputs differ at N={every}: {cells}")
            if every == 0:
                base = {k: c.seconds for k, c in cells.items()}
            raises = (CALLS - 1) // every + 1 if every else 0
            per = [f"{(cells[k].seconds - base[k]) / raises * 1e6:.2f}" if raises else "-" for k in commands]
            print(f"| {every or 'none'} | " + " | ".join(f"{c.seconds:.3f}" for c in cells.values())
                  + " | " + " | ".join(per) + " |")
    print()
    print(f"{load()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
