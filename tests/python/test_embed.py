"""The embedding API (docs/embedding.md) of the Python VM, driven in-process;
expected output comes from CPython where it is a language behaviour."""
import io
import subprocess
import sys

from interpreters.python import embed


def run_capture(fn):
    old = sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        result = fn()
    finally:
        sys.stdout, sys.stderr = old
    return result, out.getvalue(), err.getvalue()


def test_single_mode_echoes_repr_like_cpython():
    src = "1 + 2\nx = 'a'\nx * 2\nNone\n[1, 2]\n"
    expected = subprocess.run([sys.executable, "-i"], input=src, capture_output=True, text=True).stdout
    vm = embed.create_vm([""])
    outs = []
    for line in src.splitlines():
        status, out, _ = run_capture(lambda: embed.eval(vm, line + "\n", "<stdin>", "single"))
        assert status == 0
        outs.append(out)
    assert "".join(outs) == expected


def test_status_codes_and_exit_code():
    vm = embed.create_vm([""])
    status, _, err = run_capture(lambda: embed.eval(vm, "1/0", "<stdin>", "exec"))
    assert status == 1 and err.splitlines()[-1] == "ZeroDivisionError: division by zero"
    status, _, _ = run_capture(lambda: embed.eval(vm, "import sys; sys.exit(7)", "<stdin>", "exec"))
    assert status == 2 and embed.exit_code(vm) == 7
    status, _, _ = run_capture(lambda: embed.eval(vm, "raise SystemExit", "<stdin>", "exec"))
    assert status == 2 and embed.exit_code(vm) == 0


def test_state_persists_between_evals():
    vm = embed.create_vm([""])
    run_capture(lambda: embed.eval(vm, "def f(n):\n    return n * 3\n", "<stdin>", "exec"))
    status, out, _ = run_capture(lambda: embed.eval(vm, "print(f(14))", "<stdin>", "exec"))
    assert status == 0 and out == "42\n"


def test_interrupt_delivers_keyboard_interrupt():
    vm = embed.create_vm([""])
    embed.interrupt(vm)
    status, _, err = run_capture(lambda: embed.eval(vm, "while True:\n    pass\n", "<stdin>", "exec"))
    assert status == 1 and err.splitlines()[-1] == "KeyboardInterrupt"


def test_configure_and_complete():
    vm = embed.create_vm([""])
    assert embed.configure(vm, "recursionlimit", "60") == 0
    assert embed.configure(vm, "nonsense", "1") == 1
    status, _, err = run_capture(lambda: embed.eval(vm, "def r(n): return r(n + 1)\nr(0)", "<stdin>", "exec"))
    assert status == 1 and "RecursionError" in err.splitlines()[-1]
    run_capture(lambda: embed.eval(vm, "value = 3", "<stdin>", "exec"))
    assert "value" in embed.complete(vm, "val")
    assert "value.bit_length" in embed.complete(vm, "value.bit_l")
    assert "print" in embed.complete(vm, "pri")


def test_run_file_missing_is_exit_2(tmp_path):
    vm = embed.create_vm(["nope.py"])
    status, _, err = run_capture(lambda: embed.run_file(vm, str(tmp_path / "nope.py")))
    assert status == 2 and embed.exit_code(vm) == 2 and "can't open file" in err


def test_host_runner_c_and_m(tmp_path):
    (tmp_path / "modx.py").write_text("import sys\nprint('modx', __name__, sys.argv[1:])\n")
    cmd = [sys.executable, "-m", "interpreters.python"]
    r = subprocess.run(cmd + ["-c", "import sys; print(sys.argv)", "a"], capture_output=True, text=True)
    assert r.stdout == "['-c', 'a']\n"
    exp = subprocess.run([sys.executable, "-m", "modx", "q"], cwd=tmp_path, capture_output=True, text=True)
    import os
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    r = subprocess.run(cmd + ["-m", "modx", "q"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert r.stdout == exp.stdout
