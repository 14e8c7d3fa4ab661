"""The subset program corpus: every program must behave as it does on CPython.

For each program in programs/ the expected behaviour (stdout, exit status,
and stderr) comes from running it on CPython, here, in the test: nothing is
stored.  Then each requested backend runs it through `python -m jitgen run`
and must agree.  Each program in negative/ breaks one rule of the subset and
`python -m jitgen check` must report it at the position its header names.
See README.md for the header formats and the column convention.
"""
from __future__ import annotations

import ast
import functools
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PROGRAMS = sorted((HERE / "programs").glob("*.py"))
NEGATIVES = sorted((HERE / "negative").glob("*.py"))

# Generous guards against a hung subprocess; not a performance check.
ORACLE_TIMEOUT = 60
JITGEN_TIMEOUT = 60

ARGS_RE = re.compile(r"^# args:(.*)$", re.M)
STDIN_RE = re.compile(r"^# stdin: (.+)$", re.M)
EXPECT_RE = re.compile(r"^# expect: (\d+):(\d+): (.+)$", re.M)
TRACEBACK = "Traceback (most recent call last)"


class Run:
    """What one run of a program did."""

    def __init__(self, cmd: list[str], proc: subprocess.CompletedProcess) -> None:
        self.cmd = cmd
        self.returncode = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr

    def last_stderr_line(self) -> str:
        lines = [l for l in self.stderr.splitlines() if l.strip()]
        return lines[-1] if lines else ""

    def describe(self) -> str:
        return (f"$ {shlex.join(self.cmd)}\nexit status {self.returncode}\n"
                f"--- stdout ---\n{self.stdout}--- stderr ---\n{self.stderr}")


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONUTF8"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run(cmd: list[str], timeout: int, stdin: str | None = None) -> Run:
    proc = subprocess.run(cmd, cwd=REPO, env=environment(), capture_output=True,
                          text=True, encoding="utf-8", errors="replace",
                          input=stdin if stdin is not None else "", timeout=timeout)
    return Run(cmd, proc)


def program_args(prog: Path, tmp: str) -> list[str]:
    """The `# args:` header, split like a shell would.

    {dir} is the program's directory; {tmp} is an empty scratch directory,
    a different one for each run (so programs must not print it).
    """
    m = ARGS_RE.search(prog.read_text(encoding="utf-8"))
    if m is None:
        return []
    return [a.replace("{dir}", str(prog.parent)).replace("{tmp}", tmp)
            for a in shlex.split(m.group(1))]


def program_stdin(prog: Path) -> str:
    """The contents of the file that the `# stdin:` header names, or ""."""
    m = STDIN_RE.search(prog.read_text(encoding="utf-8"))
    if m is None:
        return ""
    path = Path(m.group(1).strip().replace("{dir}", str(prog.parent)))
    return path.read_text(encoding="utf-8")


def run_program(cmd_for_args, prog: Path, timeout: int) -> Run:
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        return run(cmd_for_args(program_args(prog, tmp)), timeout, program_stdin(prog))


def expectations(prog: Path) -> list[tuple[int, int, list[str]]]:
    """The `# expect:` headers: (line, column, key words); any one must match."""
    out = []
    for m in EXPECT_RE.finditer(prog.read_text(encoding="utf-8")):
        words = [w.strip() for w in m.group(3).split(",") if w.strip()]
        out.append((int(m.group(1)), int(m.group(2)), words))
    return out


@functools.lru_cache(maxsize=None)
def oracle(prog: Path) -> Run:
    """The expected behaviour: the program run on CPython (once per session)."""
    return run_program(lambda args: [sys.executable, str(prog)] + args, prog, ORACLE_TIMEOUT)


def backend_command(backend: str, prog: Path, args: list[str]) -> list[str]:
    """How each backend runs a program.  graph is the default of `jitgen run`."""
    cmd = [sys.executable, "-m", "jitgen", "run"]
    if backend != "graph":
        cmd += ["--backend", backend]
    return cmd + [str(prog)] + args


def check_command(prog: Path) -> list[str]:
    return [sys.executable, "-m", "jitgen", "check", str(prog)]


def assert_same_behaviour(expected: Run, got: Run) -> None:
    context = f"\n=== CPython ===\n{expected.describe()}\n=== jitgen ===\n{got.describe()}"
    assert got.stdout == expected.stdout, "stdout differs" + context
    assert got.returncode == expected.returncode, "exit status differs" + context
    if TRACEBACK in expected.stderr:
        # Uncaught exception: CPython's last line is `ClassName: message`.
        assert got.last_stderr_line() == expected.last_stderr_line(), \
            "uncaught exception report differs" + context
    else:
        assert got.stderr == expected.stderr, "stderr differs" + context


def ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


# ---- positive programs ------------------------------------------------------

@pytest.mark.parametrize("prog", PROGRAMS, ids=ids(PROGRAMS))
def test_program_runs(prog: Path, backend: str) -> None:
    expected = oracle(prog)
    try:
        got = run_program(lambda args: backend_command(backend, prog, args), prog, JITGEN_TIMEOUT)
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"`jitgen run` did not finish in {JITGEN_TIMEOUT} s (CPython needs well under"
                    f" a second): a hang or an infinite loop\n$ {shlex.join(e.cmd)}", pytrace=False)
    assert_same_behaviour(expected, got)


@pytest.mark.parametrize("prog", PROGRAMS, ids=ids(PROGRAMS))
def test_program_passes_check(prog: Path) -> None:
    got = run(check_command(prog), JITGEN_TIMEOUT)
    assert got.returncode == 0, "jitgen check rejected a subset program\n" + got.describe()
    assert TRACEBACK not in got.stdout + got.stderr, got.describe()


# ---- negative programs ------------------------------------------------------

def matching_line(output: str, prog: Path, line: int, col: int, words: list[str]) -> str | None:
    """The first line of output that reports file:line:col with all the words."""
    loc = re.compile(re.escape(prog.name) + rf":{line}:{col}(?!\d)")
    for text in output.splitlines():
        m = loc.search(text)
        if m and all(w.lower() in text[m.end():].lower() for w in words):
            return text
    return None


@pytest.mark.parametrize("prog", NEGATIVES, ids=ids(NEGATIVES))
def test_negative_is_rejected(prog: Path) -> None:
    got = run(check_command(prog), JITGEN_TIMEOUT)
    output = got.stdout + got.stderr
    assert got.returncode == 1, "expected exit status 1\n" + got.describe()
    assert TRACEBACK not in output, "the checker crashed\n" + got.describe()
    wanted = expectations(prog)
    found = [matching_line(output, prog, l, c, w) for l, c, w in wanted]
    assert any(f is not None for f in found), (
        "no error reported at " + " or ".join(
            f"{prog.name}:{l}:{c} with words {w}" for l, c, w in wanted)
        + "\n" + got.describe())


# ---- the corpus itself (host only: fast, and they need no pipeline) ----------

def test_corpus_is_big_enough() -> None:
    assert len(PROGRAMS) >= 40, [p.name for p in PROGRAMS]
    assert len(NEGATIVES) >= 25, [p.name for p in NEGATIVES]


@pytest.mark.parametrize("prog", NEGATIVES, ids=ids(NEGATIVES))
def test_negative_header_names_a_node(prog: Path) -> None:
    """Each expected position is where Python's AST puts the offending node."""
    src = prog.read_text(encoding="utf-8")
    wanted = expectations(prog)
    assert wanted, "missing '# expect: LINE:COL: words' header"
    try:
        tree = ast.parse(src, filename=str(prog))
    except SyntaxError as e:
        assert (e.lineno, e.offset) in [(l, c) for l, c, _ in wanted]
        return
    starts = {(n.lineno, n.col_offset + 1) for n in ast.walk(tree) if hasattr(n, "col_offset")}
    for line, col, words in wanted:
        assert (line, col) in starts, f"no AST node starts at {line}:{col}"
        assert words


@pytest.mark.parametrize("prog", PROGRAMS, ids=ids(PROGRAMS))
def test_program_has_entry_point(prog: Path) -> None:
    tree = ast.parse(prog.read_text(encoding="utf-8"))
    mains = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main"]
    assert len(mains) == 1
    assert ast.unparse(mains[0].args) == "argv: list[str]"
    assert mains[0].returns is not None and ast.unparse(mains[0].returns) == "int"
