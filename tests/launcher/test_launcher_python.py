"""`tandem python` against CPython as the oracle: argv, -c, -m, -i, -, stdin,
PYTHONSTARTUP, exit codes.  Each test runs on the test double and on the
real Python VM (skipped until interpreters/python/embed.py exists)."""
from __future__ import annotations

from pathlib import Path

import pytest

from launcher_support import cpython

ARGV = "import sys; print(sys.argv)"


def same(ours, theirs, stderr_last_line: bool = False) -> None:
    assert ours.stdout == theirs.stdout, (ours.stderr, theirs.stderr)
    assert ours.returncode == theirs.returncode, (ours.stderr, theirs.stderr)
    if stderr_last_line:
        assert ours.stderr.strip().splitlines()[-1:] == \
            theirs.stderr.strip().splitlines()[-1:]
    assert "launcher" not in ours.stderr  # never the launcher's traceback


@pytest.mark.parametrize("args", [
    ["-c", ARGV],
    ["-c", ARGV, "-i", "x", "--", "-c"],
    ["-B", "-c", ARGV, "a"],
    ["-I", "-q", "-c", ARGV],
    ["-u", "-c", ARGV],
    ["-E", "-s", "-c" + ARGV, "b"],
    ["-O", "-W", "ignore", "-X", "dev", "-c", ARGV],
])
def test_command_argv(py, args):
    same(py(*args), cpython(*args))


def test_script_argv_and_output(py, tmp_path: Path):
    script = tmp_path / "show.py"
    script.write_text(ARGV + "\nprint('done', len(sys.argv))\n")
    args = [str(script), "a", "-c", "--x", "-i"]
    same(py(*args), cpython(*args))


def test_dash_reads_stdin(py):
    prog = ARGV + "\nprint(6 * 7)\n"
    same(py("-", "a", "b", input=prog), cpython("-", "a", "b", input=prog))


def test_no_program_and_piped_stdin_runs_it(py):
    prog = ARGV + "\nfor i in range(3):\n    print(i)\n"
    same(py(input=prog), cpython(input=prog))


def test_module_runs_as_main(py, tmp_path: Path):
    (tmp_path / "mod1.py").write_text(
        "import sys\nprint(__name__, sys.argv[1:])\n")
    args = ["-m", "mod1", "-x", "y"]
    ours = py(*args, cwd=tmp_path)
    same(ours, cpython(*args, cwd=tmp_path))


def test_module_argv0_is_its_path(py, tmp_path: Path):
    (tmp_path / "mod2.py").write_text("import sys\nprint(sys.argv[0])\n")
    same(py("-m", "mod2", cwd=tmp_path), cpython("-m", "mod2", cwd=tmp_path))


@pytest.mark.parametrize("prog", [
    "print('ok')",
    "import sys; sys.exit(3)",
    "import sys; print('bye'); sys.exit(0)",
    "raise SystemExit(7)",
    "1/0",
    "def f():\n    raise ValueError('bad')\nf()",
])
def test_exit_codes(py, prog):
    same(py("-c", prog), cpython("-c", prog), stderr_last_line=True)


def test_exit_with_message_goes_to_stderr(py):
    prog = "import sys; sys.exit('it failed')"
    ours, theirs = py("-c", prog), cpython("-c", prog)
    same(ours, theirs, stderr_last_line=True)


def test_uncaught_error_in_script(py, tmp_path: Path):
    script = tmp_path / "boom.py"
    script.write_text("print('before')\nx = {}\nx['k']\n")
    same(py(str(script)), cpython(str(script)), stderr_last_line=True)


def test_interactive_on_piped_stdin(py):
    """`echo '1+2' | tandem python -i`: results on stdout, prompts on
    stderr as CPython writes them when stdin is not a terminal."""
    ours, theirs = py("-i", input="1+2\n"), cpython("-i", input="1+2\n")
    same(ours, theirs, stderr_last_line=True)


def test_interactive_block_on_piped_stdin(py):
    text = "x = 5\nif x:\n    print(x)\n\nx\nfor i in range(2):\n    i\n\n"
    ours, theirs = py("-i", input=text), cpython("-i", input=text)
    same(ours, theirs, stderr_last_line=True)


def test_interactive_after_command(py):
    ours = py("-i", "-c", "y = 7", input="y * 6\n")
    theirs = cpython("-i", "-c", "y = 7", input="y * 6\n")
    same(ours, theirs)
    assert ours.stderr == theirs.stderr  # no banner after a program


def test_interactive_after_script_error_still_prompts(py, tmp_path: Path):
    script = tmp_path / "err.py"
    script.write_text("z = 1\nz / 0\n")
    ours = py("-i", str(script), input="z + 1\n")
    theirs = cpython("-i", str(script), input="z + 1\n")
    same(ours, theirs, stderr_last_line=True)


def test_exit_in_interactive_input(py):
    text = "print('a')\nexit(4)\nprint('never')\n"
    same(py("-i", input=text), cpython("-i", input=text))


def test_quiet_has_no_banner(py):
    ours = py("-i", "-q", input="1\n")
    assert ours.stdout == "1\n"
    assert ours.stderr == ">>> >>> \n"


@pytest.mark.parametrize("extra", [[], ["-E"], ["-c", "print(1)"]])
def test_pythonstartup(py, tmp_path: Path, extra):
    startup = tmp_path / "startup.py"
    startup.write_text("print('from startup')\nsv = 11\n")
    env = {"PYTHONSTARTUP": str(startup)}
    args = ["-i"] + extra
    ours = py(*args, input="sv\n", env=env)
    theirs = cpython(*args, input="sv\n", env=env)
    same(ours, theirs)
    assert ("NameError" in ours.stderr) == ("NameError" in theirs.stderr)


def test_interactive_try_block_on_piped_stdin(py):
    text = "try:\n    print(undefined)\nexcept NameError:\n    print('no')\n\n"
    ours, theirs = py("-i", input=text), cpython("-i", input=text)
    same(ours, theirs, stderr_last_line=True)


def test_pythoninspect(py):
    env = {"PYTHONINSPECT": "1"}
    ours = py("-c", "q = 3", input="q\n", env=env)
    theirs = cpython("-c", "q = 3", input="q\n", env=env)
    same(ours, theirs)


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(py, flag):
    from launcher import tandem_version
    r = py(flag)
    assert r.returncode == 0
    assert r.stdout.startswith("Tandem Python 3.11 ")
    assert tandem_version() in r.stdout


@pytest.mark.parametrize("args, words", [
    (["-z"], "unknown option -z"),
    (["-c"], "Argument expected for the -c option"),
    (["-m"], "Argument expected for the -m option"),
    (["--frobnicate"], "unknown option --frobnicate"),
    (["--backend"], "Argument expected for the --backend option"),
])
def test_usage_errors_exit_2(fake, args, words):
    r = fake("python", *args)
    assert r.returncode == 2
    assert words in r.stderr
    assert "Traceback" not in r.stderr


def test_help(fake):
    r = fake("python", "-h")
    assert r.returncode == 0
    for opt in ("-c CMD", "-m MOD", "-i", "--backend", "PYTHONSTARTUP"):
        assert opt in r.stdout


def test_missing_script_is_cpython_error(py, tmp_path: Path):
    missing = str(tmp_path / "nope.py")
    ours, theirs = py(missing), cpython(missing)
    assert ours.returncode == theirs.returncode == 2
    tail = theirs.stderr.split(": can't open file", 1)[1]
    assert ours.stderr.endswith(tail)


def test_ctrl_c_ends_a_program_like_cpython(py):
    """Uncaught KeyboardInterrupt: the traceback's last line, and death by
    SIGINT (returncode -2), as CPython does."""
    import signal
    import subprocess
    import sys
    from launcher_support import clean_env, tandem_argv
    prog = "print('go', flush=True)\nwhile True:\n    pass\n"
    results = []
    for argv in (tandem_argv(py.kind) + ["python"], [sys.executable]):
        p = subprocess.Popen(argv + ["-c", prog], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True,
                             stdin=subprocess.DEVNULL,
                             env=clean_env(py.home))
        try:
            assert p.stdout.readline() == "go\n"
            p.send_signal(signal.SIGINT)
            out, err = p.communicate(timeout=60)
        finally:
            p.kill()
        results.append((p.returncode, err.strip().splitlines()[-1:]))
    assert results[0] == results[1]


def test_output_closed_early(py):
    """`tandem python prog | head -1`: the same status as CPython, and no
    report of an internal error."""
    import subprocess
    import sys
    from launcher_support import clean_env, tandem_argv
    prog = "for i in range(200000):\n    print(i)\n"
    codes, errs = [], []
    for argv in (tandem_argv(py.kind) + ["python"], [sys.executable]):
        p = subprocess.Popen(argv + ["-c", prog], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True,
                             stdin=subprocess.DEVNULL,
                             env=clean_env(py.home))
        assert p.stdout.readline() == "0\n"
        p.stdout.close()
        errs.append(p.stderr.read())
        codes.append(p.wait(timeout=120))
    assert codes[0] == codes[1], errs
    assert "internal error" not in errs[0]


def test_unbuffered_output_arrives_before_the_program_ends(py):
    """-u: what the program prints reaches a pipe at once (the program
    then waits on stdin, so a buffered 'a' would never arrive in time)."""
    import subprocess
    import threading
    from launcher_support import clean_env, tandem_argv
    prog = "import sys\nprint('a')\nsys.stdin.readline()\nprint('b')\n"
    p = subprocess.Popen(tandem_argv(py.kind) + ["python", "-u", "-c", prog],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True,
                         env=clean_env(py.home))
    first = []
    reader = threading.Thread(target=lambda: first.append(p.stdout.readline()))
    reader.start()
    reader.join(20)
    try:
        assert first == ["a\n"], p.stderr.read() if not reader.is_alive() \
            else "no output while the program waits"
        out, err = p.communicate("go\n", timeout=60)
    finally:
        p.kill()
    assert (out, p.returncode) == ("b\n", 0), err
