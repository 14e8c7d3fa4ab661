"""`tandem smalltalk`: SOM's launcher conventions turned into embedding calls
(checked on the test double, which records each call), and the same
programs on the real Smalltalk VM once it exists."""
from __future__ import annotations

from pathlib import Path

import pytest


def st(fake, *args, **kw):
    return fake.calls("smalltalk", *args, **kw)


def test_class_with_classpath_and_args(fake):
    r, calls = st(fake, "-cp", "a:b", "Hello", "x", "-cp")
    assert calls == [["create_vm", ["Hello", "x", "-cp"]],
                     ["configure", 0, "classpath", "a:b"],
                     ["run_main", 0, "Hello"]]
    assert r.returncode == 1  # the double has no class Hello: an error


def test_long_classpath_option(fake):
    r, calls = st(fake, "--classpath=lib", "Hello")
    assert calls[1] == ["configure", 0, "classpath", "lib"]


def test_class_file_path(fake, tmp_path: Path):
    som = tmp_path / "Hello.som"
    som.write_text("Hello = ( run = ( 'hi' println ) )\n")
    r, calls = st(fake, str(som), "1")
    assert calls[0] == ["create_vm", [str(som), "1"]]
    assert calls[1] == ["run_file", 0, str(som)]


def test_script_file(fake, tmp_path: Path):
    script = tmp_path / "work.st"
    script.write_text("")
    r, calls = st(fake, str(script))
    assert calls[1] == ["run_file", 0, str(script)]


def test_expression(fake):
    r, calls = st(fake, "-e", "3 + 4", "more")
    assert calls == [["create_vm", ["-e", "more"]],
                     ["eval", 0, "3 + 4", "<command line>", "exec"]]


def test_statements_from_piped_stdin(fake):
    r, calls = st(fake, input="x := 3.\n")
    assert calls[-1] == ["eval", 0, "x := 3.\n", "<stdin>", "exec"]


def test_missing_file(fake, tmp_path: Path):
    r, calls = st(fake, str(tmp_path / "Nope.som"))
    assert r.returncode == 2
    assert "can't open file" in r.stderr
    assert calls == []


@pytest.mark.parametrize("args, words", [
    (["-cp"], "option -cp requires an argument"),
    (["-e"], "option -e requires an argument"),
    (["--bogus"], "unknown option --bogus"),
])
def test_usage_errors(fake, args, words):
    r = fake("smalltalk", *args)
    assert r.returncode == 2
    assert words in r.stderr
    assert "Traceback" not in r.stderr


def test_version_and_help(fake):
    from launcher import tandem_version
    r = fake("smalltalk", "--version")
    assert r.returncode == 0
    assert r.stdout.startswith("Tandem Smalltalk")
    assert tandem_version() in r.stdout
    r = fake("smalltalk", "-h")
    assert r.returncode == 0 and "-cp" in r.stdout and "-e EXPR" in r.stdout


# ------------------------------------------- the real Smalltalk VM
# The oracle is the VM's own runner, `python -m interpreters.smalltalk`: the
# launcher must give the same output and status through the embedding API.

CLASSES = {
    "Echo.som": "Echo = (\n  run: args = (\n"
                "    args do: [:a | a println] ) )\n",
    "Quit.som": "Quit = (\n  run: args = (\n"
                "    'bye' println.\n    system exit: 3 ) )\n",
    "Bad.som": "Bad = (\n  run: args = (\n    'before' println.\n"
               "    nil frobnicate ) )\n",
}


def vm_runner(*args, cwd):
    import subprocess
    import sys
    from launcher_support import ROOT
    return subprocess.run([sys.executable, "-m", "interpreters.smalltalk"]
                          + list(args), capture_output=True, text=True,
                          cwd=str(cwd), stdin=subprocess.DEVNULL,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin"},
                          timeout=120)


@pytest.fixture
def classes(tmp_path: Path) -> Path:
    d = tmp_path / "classes"
    d.mkdir()
    for name, text in CLASSES.items():
        (d / name).write_text(text)
    (d / "work.st").write_text("| x | x := 6 * 7. x println.\n")
    return d


@pytest.mark.parametrize("args", [
    ["-cp", "{d}", "Echo", "a", "b c"],
    ["{d}/Echo.som", "x", "-cp"],
    ["-cp", "{d}", "Quit"],
    ["-cp", "{d}", "Bad"],
    ["{d}/work.st"],
    ["-e", "(3 + 4) println"],
    ["-cp", "{d}", "NoSuchClass"],
])
def test_real_vm_agrees_with_its_runner(real_smalltalk, classes, args):
    args = [a.replace("{d}", str(classes)) for a in args]
    ours = real_smalltalk("smalltalk", *args, cwd=classes)
    theirs = vm_runner(*args, cwd=classes)
    assert (ours.stdout, ours.returncode) == (theirs.stdout,
                                              theirs.returncode)
    assert ours.stderr == theirs.stderr


def test_real_vm_interactive_on_piped_stdin(real_smalltalk, classes):
    r = real_smalltalk("smalltalk", "-cp", str(classes), "-i", "-q",
                       input="3 + 4\n#(1 2 3) inject: 0 into: [:a :b |\n"
                             "a + b]\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "7\n6\n"
    assert r.stderr == "st> st> ... st> \n"


def test_real_vm_statements_from_stdin(real_smalltalk):
    r = real_smalltalk("smalltalk", input="(6 * 7) println.\n")
    assert (r.returncode, r.stdout) == (0, "42\n")


def test_real_vm_exit_at_the_prompt(real_smalltalk):
    r = real_smalltalk("smalltalk", "-q", "-i",
                       input="'a' println.\nsystem exit: 4\n'never' println\n")
    assert (r.returncode, r.stdout) == (4, "a\n'a'\n")
