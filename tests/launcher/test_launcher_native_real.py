"""The real VMs translated by the native backend (`tandem translate ...
--shared`, loaded with ctypes): they must answer as CPython (the oracle for
Python behaviour) and as the host backend (the same VM on CPython).

Each VM is built once per session, through the native cache: a warm build
is a cache hit, a cold one takes ~20 s for the Python VM (the fixtures
py_home and st_home are in conftest.py)."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from launcher_support import Tandem, cpython


# ---------------------------------------------------------------- Python

@pytest.mark.parametrize("args", [
    ["examples/python/primes.py", "30"],
    ["-c", "import sys\nprint(sys.argv[1:], sum(i * i for i in range(100)))\nsys.exit(3)",
     "a", "b c"],
    ["-c", "d = {'x': [1, 2.5, 'z']}\nprint(d, repr('q'), 7 // 2, -7 % 3)\nraise SystemExit('bye')"],
])
def test_python_native_matches_cpython(py_home, args):
    ours = Tandem("real", py_home)("python", "--backend", "native", *args)
    theirs = cpython(*args)
    assert (ours.stdout, ours.stderr, ours.returncode) == \
        (theirs.stdout, theirs.stderr, theirs.returncode)


def test_python_native_interactive_matches_host(py_home):
    """Piped `-i`: each input is eval'ed in 'single' mode (expression values
    printed), is_complete decides where a block ends."""
    src = "x = 6\nx * 7\ndef f(a):\n    return a + 1\n\nf(x)\n'%s!' % x\nimport sys\nsys.exit(4)\n"
    runs = [Tandem("real", py_home)("python", "--backend", b, "-i", "-q", input=src)
            for b in ("native", "host")]
    assert runs[0].stdout == "42\n7\n'6!'\n"
    assert (runs[0].stdout, runs[0].stderr, runs[0].returncode) == \
        (runs[1].stdout, runs[1].stderr, runs[1].returncode)


def _in_process(home: Path, lang: str, kind: str, monkeypatch):
    monkeypatch.setenv("TANDEM_HOME", str(home))
    from launcher.embedding import select_backend
    return select_backend(lang, kind).create_vm(["x"])


def test_python_native_complete_and_is_complete(py_home, monkeypatch):
    vms = [_in_process(py_home, "python", k, monkeypatch) for k in ("native", "host")]
    for vm in vms:
        assert vm.eval("primes = [2, 3]\nprimary = 1\n", "<t>", "exec") == 0
    for q in ("pri", "primes.app", "zzz"):
        assert vms[0].complete(q) == vms[1].complete(q)
    assert "primes" in vms[0].complete("pri")
    for src in ("def f():", "1 + 1", "if x:\n  y\n", "(1,"):
        assert vms[0].is_complete(src) == vms[1].is_complete(src)


def test_python_native_interrupt_from_another_thread(py_home, monkeypatch):
    """interrupt() while eval runs in a worker: the program sees
    KeyboardInterrupt, the call returns an error status as on the host."""
    statuses = []
    for kind in ("native", "host"):
        vm = _in_process(py_home, "python", kind, monkeypatch)
        box = {}
        t = threading.Thread(target=lambda: box.setdefault(
            "s", vm.backend.call("eval", vm.handle, "while True:\n    pass\n", "<t>", "exec")))
        t.start()
        for _ in range(600):   # until the loop has seen one
            vm.interrupt()
            t.join(0.05)
            if not t.is_alive():
                break
        assert not t.is_alive()
        statuses.append(box["s"])
    assert statuses[0] == statuses[1] != 0


# ---------------------------------------------------------------- Smalltalk

ECHO = "Echo = (\n    run: args = ( args do: [:a | a println]. (3 + 4) println. ^self )\n)\n"


@pytest.mark.parametrize("args", [
    ["-cp", "{d}", "Echo", "a", "b c"],
    ["-e", "(3 + 4) println. #(1 2 3) inject: 0 into: [:a :b | a + b]"],
    ["-cp", "{d}", "NoSuchClass"],
])
def test_smalltalk_native_matches_host(st_home, tmp_path, args):
    (tmp_path / "Echo.som").write_text(ECHO)
    args = [a.replace("{d}", str(tmp_path)) for a in args]
    runs = [Tandem("real", st_home)("smalltalk", "--backend", b, *args) for b in ("native", "host")]
    assert (runs[0].stdout, runs[0].stderr, runs[0].returncode) == \
        (runs[1].stdout, runs[1].stderr, runs[1].returncode)
    assert runs[0].stdout or runs[0].stderr


def test_smalltalk_native_interactive_matches_host(st_home):
    src = "3 + 4\n#(1 2 3) inject: 0 into: [:a :b |\na + b]\nsystem exit: 4\n"
    runs = [Tandem("real", st_home)("smalltalk", "--backend", b, "-i", "-q", input=src)
            for b in ("native", "host")]
    assert runs[0].stdout == "7\n6\n"
    assert (runs[0].stdout, runs[0].stderr, runs[0].returncode) == \
        (runs[1].stdout, runs[1].stderr, runs[1].returncode)
    assert runs[0].returncode == 4


def test_python_native_calls_from_threads_that_end(py_home, monkeypatch):
    """The launcher runs each long call in a new worker thread: threads that
    ended must not stop the next collection (Boehm GC would abort)."""
    vm = _in_process(py_home, "python", "native", monkeypatch)
    for i in range(4):
        assert vm.eval("junk = [str(i) * 3 for i in range(200000)]\n", "<t>", "exec") == 0
    assert vm.eval("print(len(junk))\n", "<t>", "exec") == 0


def test_smalltalk_native_complete_and_is_complete(st_home, monkeypatch):
    vms = [_in_process(st_home, "smalltalk", k, monkeypatch) for k in ("native", "host")]
    for q in ("print", "Integ", "zzz", "3 inj"):
        assert vms[0].complete(q) == vms[1].complete(q)
    assert vms[0].complete("Integ")
    for src in ("[:a | a", "3 + 4", "#(1 2", "'abc"):
        assert vms[0].is_complete(src) == vms[1].is_complete(src)
    assert vms[0].exit_code() == vms[1].exit_code()
