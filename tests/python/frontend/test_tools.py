"""The disassembler's listing, and the front end as subset code (jitgen check)."""
import os
import subprocess
import sys

from interpreters.python import bytecode as B
from interpreters.python.compiler import compile_source
from interpreters.python.disassembler import disassemble, main

HERE = os.path.dirname(__file__)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def test_disassembly_lists_every_instruction_and_nested_code():
    src = "def f(a):\n    try:\n        return a[0]\n    except IndexError:\n        return None\n"
    code = compile_source(src, "t.py", "exec")
    text = disassemble(code)
    inner = code.consts[0]
    assert isinstance(inner, B.ConstCode)
    assert "Disassembly of <code object f at line 1" in text
    for pc in range(0, len(inner.code.code), 2):
        assert B.OPNAMES[inner.code.code[pc]] in text
    assert "ExceptionTable:" in text
    assert "LOAD_FAST              0 (a)" in text


def test_disassembler_command_reports_syntax_errors(tmp_path, capsys):
    bad = tmp_path / "bad.py"
    bad.write_text("x = (1 +\n")
    assert main(["dis", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.endswith("SyntaxError: '(' was never closed\n")
    good = tmp_path / "good.py"
    good.write_text("print(1)\n")
    assert main(["dis", str(good)]) == 0
    assert "CALL_FUNCTION" in capsys.readouterr().out


def test_front_end_passes_the_subset_checker():
    program = os.path.join(HERE, "data", "frontend_program.py")
    proc = subprocess.run([sys.executable, "-m", "jitgen", "check", program],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
