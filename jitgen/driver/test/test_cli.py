"""python -m jitgen: exit statuses and output formats."""
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def jitgen(*args):
    return subprocess.run([sys.executable, "-m", "jitgen", *args], cwd=REPO,
                          capture_output=True, text=True)


def test_check_run_dump(tmp_path):
    p = tmp_path / "ok.py"
    p.write_text(textwrap.dedent("""
        def main(argv: list[str]) -> int:
            print("hi", len(argv))
            return 4
    """))
    assert jitgen("check", str(p)).returncode == 0
    r = jitgen("run", str(p), "a", "b")
    assert (r.stdout, r.returncode) == ("hi 3\n", 4)
    for phase in ("flow", "typed", "lowered"):
        d = jitgen("dump", str(p), "--phase", phase, "--func", "main")
        assert d.returncode == 0 and "graph" in d.stdout
    assert "external_call" in jitgen("dump", str(p)).stdout


def test_check_reports_errors_without_traceback(tmp_path):
    p = tmp_path / "bad.py"
    p.write_text("def main(argv: list[str]) -> int:\n    return 'x'\n")
    r = jitgen("check", str(p))
    assert r.returncode == 1
    assert "bad.py:2:12: error:" in r.stderr
    assert "Traceback" not in r.stderr


def test_syntax_error_is_a_positioned_error(tmp_path):
    p = tmp_path / "syn.py"
    p.write_text("def main(argv: list[str]) -> int:\n    x = (1 + ]\n")
    r = jitgen("check", str(p))
    assert r.returncode == 1 and "syn.py:2:" in r.stderr and "syntax" in r.stderr
