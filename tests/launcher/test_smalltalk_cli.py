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
