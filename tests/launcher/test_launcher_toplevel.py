"""The `tandem` group, --debug, `tandem translate`, and the REPL's pure
helpers (statement splitting, auto-indent, history location)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from launcher_support import ROOT, clean_env

from launcher import translate
from launcher.languages import split_python_input
from launcher.repl import _next_indent, history_path
from launcher.languages import PYTHON, SMALLTALK


def test_group_version_and_help(fake):
    from launcher import tandem_version
    r = fake("--version")
    assert (r.returncode, r.stdout) == (0, f"tandem {tandem_version()}\n")
    r = fake("--help")
    assert r.returncode == 0
    for cmd in ("python", "smalltalk", "translate", "info"):
        assert cmd in r.stdout


def test_unknown_command_is_usage_error(fake):
    r = fake("cobol")
    assert r.returncode == 2
    assert "No such command 'cobol'" in r.stderr


def test_internal_error_is_one_line_without_debug(fake):
    r = fake("python", "-c", "1", env={"FAKE_EMBED_CRASH": "1"})
    assert r.returncode == 1
    assert r.stderr.startswith("tandem: internal error in the Python VM")
    assert "RuntimeError: the double was told to crash" in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.splitlines()) == 1


def test_debug_shows_the_traceback(fake):
    r = fake("--debug", "python", "-c", "1", env={"FAKE_EMBED_CRASH": "1"})
    assert r.returncode == 1
    assert "Traceback (most recent call last)" in r.stderr
    r = fake("python", "-c", "1",
             env={"FAKE_EMBED_CRASH": "1", "TANDEM_DEBUG": "1"})
    assert "Traceback (most recent call last)" in r.stderr


# ------------------------------------------------------------ translate

def test_translate_missing_program(fake, tmp_path):
    r = fake("translate", "--check", str(tmp_path / "nope.py"))
    assert r.returncode == 2
    assert "no such file" in r.stderr


def test_translate_needs_output_for_other_programs(fake, tmp_path):
    prog = tmp_path / "p.py"
    prog.write_text("def main(argv: list[str]) -> int:\n    return 0\n")
    r = fake("translate", str(prog), "--backend", "cli")
    assert r.returncode == 2
    assert "-o OUT is needed" in r.stderr


def test_translate_bad_backend(fake, tmp_path):
    prog = tmp_path / "p.py"
    prog.write_text("")
    r = fake("translate", str(prog), "--backend", "jvm", "-o", "x")
    assert r.returncode == 2


def test_vm_targets_default_to_tandem_home(tmp_path, monkeypatch):
    monkeypatch.setenv("TANDEM_HOME", str(tmp_path))
    target = ROOT / "interpreters" / "python" / "target.py"
    assert translate.vm_of_target(str(target)) == "python"
    assert translate.default_output(str(target), "native") == \
        tmp_path / "python-native"
    assert translate.vm_of_target(str(tmp_path / "x.py")) is None


def test_build_writes_a_manifest_when_jitgen_left_none(tmp_path, monkeypatch):
    """jitgen is replaced by a stand-in that leaves a library behind."""
    monkeypatch.setenv("TANDEM_HOME", str(tmp_path))
    seen = []

    def fake_jitgen(argv):
        seen.append(argv)
        out = Path(argv[argv.index("-o") + 1])
        out.mkdir(parents=True)
        (out / "Tandem.Smalltalk.dll").write_bytes(b"MZ")
        return 0

    monkeypatch.setattr(translate, "_jitgen", fake_jitgen)
    target = str(ROOT / "interpreters" / "smalltalk" / "target.py")
    assert translate.build(target, "cli", None, ["--opt"]) == 0
    out = tmp_path / "smalltalk-cli"
    assert seen == [["build", target, "--backend", "cli", "-o", str(out),
                     "--opt"]]
    m = json.loads((out / "tandem.json").read_text())
    assert (m["vm"], m["backend"], m["library"]) == \
        ("smalltalk", "cli", "Tandem.Smalltalk.dll")


@pytest.mark.parametrize("shared_only", [False, True])
def test_native_vm_folder_gets_library_executable_manifest(tmp_path, monkeypatch, shared_only):
    """A VM's native folder: jitgen builds the --shared library (and the
    executable unless --shared was given); the manifest names them."""
    monkeypatch.setenv("TANDEM_HOME", str(tmp_path))
    seen = []

    def fake_jitgen(argv):
        seen.append(argv)
        Path(argv[argv.index("-o") + 1]).write_bytes(b"\x7fELF")
        return 0

    monkeypatch.setattr(translate, "_jitgen", fake_jitgen)
    target = str(ROOT / "interpreters" / "smalltalk" / "target.py")
    extra = ["--opt", "opt=1"] + (["--shared"] if shared_only else [])
    assert translate.build(target, "native", None, extra) == 0
    out = tmp_path / "smalltalk-native"
    want = [["build", target, "--backend", "native", "--shared", "-o",
             str(out / "libtandem-smalltalk.so"), "--opt", "opt=1"]]
    if not shared_only:
        want.append(["build", target, "--backend", "native", "-o",
                     str(out / "tandem-smalltalk"), "--opt", "opt=1"])
    assert seen == want
    m = json.loads((out / "tandem.json").read_text())
    assert (m["vm"], m["backend"], m["library"], m["executable"]) == \
        ("smalltalk", "native", "libtandem-smalltalk.so",
         None if shared_only else "tandem-smalltalk")


def test_build_passes_failure_through(tmp_path, monkeypatch):
    monkeypatch.setattr(translate, "_jitgen", lambda argv: 3)
    assert translate.build(str(tmp_path / "p.py"), "cli",
                           str(tmp_path / "o"), []) == 3
    assert not (tmp_path / "o").exists()


@pytest.mark.skipif(importlib.util.find_spec("jitgen.__main__") is None,
                    reason="jitgen/__main__.py does not exist yet")
@pytest.mark.parametrize("prog", [
    "def main(argv: list[str]) -> int:\n    print('hi')\n    return 0\n",
    "def main(argv):\n    return 0\n",
])
def test_check_is_jitgen_check(fake, tmp_path, prog):
    path = tmp_path / "prog.py"
    path.write_text(prog)
    ours = fake("translate", "--check", str(path))
    theirs = subprocess.run([sys.executable, "-m", "jitgen", "check",
                             str(path)], capture_output=True, text=True,
                            cwd=str(ROOT), env=clean_env(tmp_path))
    assert (ours.returncode, ours.stdout, ours.stderr) == \
        (theirs.returncode, theirs.stdout, theirs.stderr)


# ------------------------------------------------------------ REPL helpers

def _codeop_complete(src: str) -> bool:
    import codeop
    try:
        return codeop.compile_command(src, "<stdin>", "single") is not None
    except SyntaxError:
        return True


@pytest.mark.parametrize("text, chunks", [
    ("1 + 2", ["1 + 2"]),
    ("x = 1\ny = 2\nx + y", ["x = 1", "y = 2", "x + y"]),
    ("def f():\n    return 1\n\nf()", ["def f():\n    return 1", "f()"]),
    ("if a:\n    b\nelse:\n    c\nd", ["if a:\n    b\nelse:\n    c", "d"]),
    ("x = (\n1,\n2)\nx", ["x = (\n1,\n2)", "x"]),
    ("@dec\ndef g():\n    pass\n", ["@dec\ndef g():\n    pass"]),
    ("try:\n    a\nexcept E:\n    b\nfinally:\n    c",
     ["try:\n    a\nexcept E:\n    b\nfinally:\n    c"]),
])
def test_split_python_input(text, chunks):
    # codeop is the reference for completeness here: what the VM's
    # is_complete must follow (docs/embedding.md).
    assert split_python_input(text, _codeop_complete) == chunks


@pytest.mark.parametrize("line, py, want", [
    ("def f(x):", True, "    "),
    ("    if x:  ", True, "        "),
    ("    return x", True, "    "),
    ("x = 1", True, ""),
    ("  [:a |", False, "  "),
    ("foo:", False, ""),
])
def test_next_indent(line, py, want):
    assert _next_indent(line, py) == want


def test_history_path(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert history_path(PYTHON) == tmp_path / "tandem" / "python_history"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert history_path(SMALLTALK) == \
        tmp_path / ".local" / "state" / "tandem" / "smalltalk_history"
