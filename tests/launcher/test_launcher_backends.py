"""Backend selection, the not-built errors, TANDEM_BACKEND, manifests, and the
native/cli loading code driven against real artefacts of test doubles
(doubles/native_double.c compiled with gcc, doubles/CliDouble.cs with mcs)."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from launcher_support import HERE, clean_env, tandem_argv

from launcher.artefacts import MANIFEST_NAME, write_manifest

DOUBLES = HERE / "doubles"


@pytest.fixture(scope="session")
def native_lib(tmp_path_factory) -> Path:
    if shutil.which("gcc") is None:
        pytest.skip("gcc is not installed")
    out = tmp_path_factory.mktemp("native") / "libtandem-double.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(out),
                    str(DOUBLES / "native_double.c")], check=True)
    return out


@pytest.fixture(scope="session")
def cli_dll(tmp_path_factory) -> Path:
    if shutil.which("mcs") is None:
        pytest.skip("mcs (mono-mcs) is not installed")
    out = tmp_path_factory.mktemp("cli") / "Tandem.Double.dll"
    subprocess.run(["mcs", "-target:library", f"-out:{out}",
                    str(DOUBLES / "CliDouble.cs")], check=True,
                   capture_output=True)
    return out


def install(home: Path, lang: str, backend: str, lib: Path) -> Path:
    folder = home / f"{lang}-{backend}"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(lib, folder / lib.name)
    write_manifest(folder, lang, backend)
    return folder


@pytest.mark.parametrize("lang, name", [("python", "Python"),
                                        ("smalltalk", "Smalltalk")])
@pytest.mark.parametrize("backend", ["native", "cli"])
def test_backend_not_built_is_one_line_and_exit_2(fake, lang, name, backend):
    r = fake(lang, "--backend", backend, "-c" if lang == "python" else "-e",
             "1")
    assert r.returncode == 2
    assert r.stdout == ""
    expected = (f"tandem: the {backend} backend of the {name} VM is not "
                f"built; build it with: tandem translate "
                f"interpreters/{lang}/target.py --backend {backend} "
                f"-o {fake.home}/{lang}-{backend}\n")
    assert r.stderr == expected


def test_tandem_backend_env_is_used(fake):
    r = fake("python", "-c", "print(1)", env={"TANDEM_BACKEND": "cli"})
    assert r.returncode == 2
    assert "the cli backend of the Python VM is not built" in r.stderr


def test_option_wins_over_env(fake):
    r = fake("python", "--backend", "host", "-c", "print(1)",
             env={"TANDEM_BACKEND": "native"})
    assert (r.returncode, r.stdout) == (0, "1\n")


def test_backend_option_with_equals(fake):
    r = fake("python", "--backend=host", "-c", "print(2)")
    assert (r.returncode, r.stdout) == (0, "2\n")


@pytest.mark.parametrize("how", ["option", "env"])
def test_unknown_backend(fake, how):
    if how == "option":
        r = fake("python", "--backend", "jvm", "-c", "1")
    else:
        r = fake("python", "-c", "1", env={"TANDEM_BACKEND": "jvm"})
    assert r.returncode == 2
    assert "unknown backend 'jvm'" in r.stderr
    assert len(r.stderr.splitlines()) == 1


def test_default_is_host_when_nothing_is_built(fake):
    r = fake("python", "-c", "print(3)")
    assert (r.returncode, r.stdout, r.stderr) == (0, "3\n", "")


def test_broken_manifest(fake):
    folder = fake.home / "python-native"
    folder.mkdir(parents=True)
    (folder / MANIFEST_NAME).write_text("{not json")
    r = fake("python", "--backend", "native", "-c", "1")
    assert r.returncode == 2
    assert "the native backend of the Python VM cannot be used" in r.stderr
    assert "unreadable manifest" in r.stderr
    # Not asked for: skipped with a warning, and the host runs the program.
    r = fake("python", "-c", "print(4)")
    assert (r.returncode, r.stdout) == (0, "4\n")
    assert "skipping the native backend" in r.stderr


def test_manifest_naming_a_missing_library(fake):
    folder = fake.home / "smalltalk-cli"
    folder.mkdir(parents=True)
    (folder / MANIFEST_NAME).write_text(json.dumps(
        {"vm": "smalltalk", "backend": "cli", "library": "Gone.dll"}))
    r = fake("smalltalk", "--backend", "cli", "-e", "1")
    assert r.returncode == 2
    assert "Gone.dll, does not exist" in r.stderr


def test_library_that_does_not_load(fake):
    folder = fake.home / "python-native"
    folder.mkdir(parents=True)
    (folder / "libtandem-python.so").write_text("not an ELF file")
    write_manifest(folder, "python", "native")
    r = fake("python", "--backend", "native", "-c", "1")
    assert r.returncode == 2
    assert r.stderr.startswith("tandem: cannot load ")
    assert "Traceback" not in r.stderr


def test_info_lists_every_vm_and_backend(fake, native_lib):
    install(fake.home, "smalltalk", "native", native_lib)
    r = fake("info")
    assert r.returncode == 0
    rows = {tuple(line.split()[:3]) for line in r.stdout.splitlines()}
    for lang in ("python", "smalltalk"):
        assert (lang, "host", "available") in rows
        assert (lang, "cli", "not") in rows
    assert ("python", "native", "not") in rows
    assert ("smalltalk", "native", "built") in rows
    assert "python -> host, smalltalk -> native" in r.stdout
    for tool in ("Python", "LLVM", "llvmlite", "pythonnet", "Mono"):
        assert tool in r.stdout


def test_native_backend_calls(fake, native_lib):
    install(fake.home, "python", "native", native_lib)
    r = fake("python", "--backend", "native", "-c", "héllo", "a", "b")
    assert r.returncode == 0, r.stderr
    assert r.stdout == ("create_vm [-c] [a] [b]\n"
                        "eval 7 exec <string> [héllo]\n")


def test_native_is_the_default_when_built(fake, native_lib, tmp_path):
    install(fake.home, "python", "native", native_lib)
    script = tmp_path / "s.py"
    script.write_text("")
    r = fake("python", str(script), "x")
    assert r.stdout == f"create_vm [{script}] [x]\nrun_file 7 {script}\n"


@pytest.mark.parametrize("src, code, err", [
    ("exit 5", 5, ""), ("fail", 1, "Error: fail\n"), ("ok", 0, "")])
def test_native_statuses(fake, native_lib, src, code, err):
    install(fake.home, "python", "native", native_lib)
    r = fake("python", "-c", src)
    assert (r.returncode, r.stderr) == (code, err)


def test_native_plain_repl_uses_is_complete(fake, native_lib):
    install(fake.home, "python", "native", native_lib)
    r = fake("python", "-i", "-q", input="if x:\n  y\n\nfoo\nexit 3\n")
    assert r.stdout == ("create_vm []\n"
                        "eval 7 single <stdin> [if x:\n  y]\n"
                        "eval 7 single <stdin> [foo]\n")
    assert r.returncode == 3
    assert r.stderr == ">>> ... >>> >>> >>> "  # the double: complete unless ":"


def test_native_smalltalk_conventions(fake, native_lib, tmp_path):
    install(fake.home, "smalltalk", "native", native_lib)
    r = fake("smalltalk", "-cp", "a:b", "Hello", "1", "2")
    assert r.stdout == ("create_vm [Hello] [1] [2]\n"
                        "configure 7 classpath=a:b\n"
                        "run_main 7 Hello\n")


def test_native_complete_in_process(native_lib, tmp_path, monkeypatch):
    install(tmp_path, "python", "native", native_lib)
    monkeypatch.setenv("TANDEM_HOME", str(tmp_path))
    from launcher.embedding import select_backend
    backend = select_backend("python", "native")
    vm = backend.create_vm(["x"])
    assert vm.complete("y = al") == ["alpha", "alps"]
    assert vm.complete("zz") == []
    assert vm.is_complete("def f():") is False
    assert vm.is_complete("1") is True


def test_native_ctrl_c_interrupts_running_code(native_lib, tmp_path):
    install(tmp_path, "python", "native", native_lib)
    p = subprocess.Popen(tandem_argv("fake") + ["python", "-c", "loop"],
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True,
                         env=clean_env(tmp_path))
    try:
        lines = []
        while "looping\n" not in lines:  # bounded by the read timeout below
            line = p.stdout.readline()
            assert line, p.stderr.read()
            lines.append(line)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=30)
    finally:
        p.kill()
    # The VM reported the interrupt and failed: tandem ends by SIGINT.
    assert p.returncode == -signal.SIGINT
    assert err == "Interrupted\n"


def test_cli_backend_calls(fake, cli_dll):
    install(fake.home, "python", "cli", cli_dll)
    r = fake("python", "--backend", "cli", "-c", "héllo", "a")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "create_vm [-c] [a]\neval 5 exec <string> [héllo]\n"
    assert r.stderr == ""
    r = fake("python", "--backend", "cli", "-c", "exit 6")
    assert r.returncode == 6


def test_cli_smalltalk_and_repl(fake, cli_dll):
    install(fake.home, "smalltalk", "cli", cli_dll)
    r = fake("smalltalk", "-cp", "lib", "Hello", "x")
    assert r.stdout == ("create_vm [Hello] [x]\nconfigure 5 classpath=lib\n"
                        "run_main 5 Hello\n")
    r = fake("smalltalk", "-q", "-i", input="a:\nb\n\n3 + 4\n")
    assert r.stdout == ("create_vm []\neval 5 single <stdin> [a:\nb]\n"
                        "eval 5 single <stdin> [3 + 4]\n")


def test_write_manifest_finds_library_and_executable(tmp_path):
    (tmp_path / "libtandem-python.so").write_bytes(b"\x7fELF")
    exe = tmp_path / "tandem-python"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    path = write_manifest(tmp_path, "python", "native",
                          extra={"llvm": "22.1.0"})
    m = json.loads(path.read_text())
    assert (m["vm"], m["backend"], m["library"], m["executable"],
            m["llvm"]) == ("python", "native", "libtandem-python.so",
                           "tandem-python", "22.1.0")


def _make_stale(folder: Path) -> None:
    """A manifest whose sources fingerprint is not the checkout's."""
    path = folder / "tandem.json"
    m = json.loads(path.read_text())
    assert m["sources"], "write_manifest records the sources it was built from"
    m["sources"] = "0" * 16
    path.write_text(json.dumps(m))


def test_stale_native_is_skipped_by_default_with_a_warning(fake, native_lib):
    _make_stale(install(fake.home, "python", "native", native_lib))
    r = fake("python", "-c", "print(1)")
    assert "create_vm" not in r.stdout          # the double did not run
    assert r.stderr.startswith(
        "tandem: skipping the native backend: it was built from older "
        "sources than this checkout's; rebuild it with: tandem translate "
        "interpreters/python/target.py --backend native")


def test_stale_native_asked_for_by_name_runs_with_a_warning(fake, native_lib):
    _make_stale(install(fake.home, "python", "native", native_lib))
    r = fake("python", "--backend", "native", "-c", "ok")
    assert r.returncode == 0
    assert r.stdout == "create_vm [-c]\neval 7 exec <string> [ok]\n"
    assert r.stderr.startswith("tandem: the native backend of the Python VM "
                               "was built from older sources")


def test_info_shows_a_stale_backend(fake, native_lib):
    _make_stale(install(fake.home, "smalltalk", "native", native_lib))
    r = fake("info")
    rows = {tuple(line.split()[:3]) for line in r.stdout.splitlines()}
    assert ("smalltalk", "native", "stale") in rows
    assert "smalltalk -> host" in r.stdout


def test_fresh_manifest_is_not_stale(native_lib, tmp_path, monkeypatch):
    from launcher.artefacts import find_artefact
    install(tmp_path, "python", "native", native_lib)
    monkeypatch.setenv("TANDEM_HOME", str(tmp_path))
    art = find_artefact("python", "native")
    assert art is not None and not art.stale
