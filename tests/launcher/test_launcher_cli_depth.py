"""The real Python VM translated by the cli backend and hosted in-process
through pythonnet: deep recursion has the executable's limit, whatever the
thread the launcher calls from (each Tandem.Embed call runs on its own
thread with a 1 GiB stack, docs/backend-cli.md).  Before, a program
recursing ~560 deep died with RecursionError in-process, as the calls ran on
the caller's thread under a 2,800-frame limit.

The VM is translated once per session (`tandem translate ... --backend
cli`, ~60 s cold; a warm build is a cache hit)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from launcher_support import ROOT, Tandem, clean_env, cpython, real_vm_present, tandem_argv

DEEP = """\
import sys
sys.setrecursionlimit(20000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(5000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
print(depth(3000))
"""


@pytest.fixture(scope="session")
def cli_home(tmp_path_factory) -> Path:
    if not real_vm_present("python"):
        pytest.skip("interpreters/python/embed.py does not exist yet")
    home = tmp_path_factory.mktemp("cli-home")
    folder = home / "python-cli"
    r = subprocess.run(tandem_argv("real") + ["translate", "interpreters/python/target.py",
                                              "--backend", "cli", "-o", str(folder)],
                       capture_output=True, text=True, cwd=str(ROOT),
                       env=clean_env(home), timeout=900)
    assert r.returncode == 0, r.stderr
    assert (folder / "tandem.json").is_file() and (folder / "Tandem.Python.dll").is_file()
    return home


def test_deep_recursion_through_the_launcher(cli_home, tmp_path):
    prog = tmp_path / "deep.py"
    prog.write_text(DEEP)
    ours = Tandem("real", cli_home)("python", "--backend", "cli", str(prog), timeout=300)
    theirs = cpython(str(prog))
    assert theirs.stdout == "5000\ncaught RecursionError\n3000\n"
    assert (ours.stdout, ours.returncode) == (theirs.stdout, theirs.returncode), ours.stderr
    assert "Traceback" not in ours.stderr


# Calls eval in-process from a Python thread with a small (512 KiB) stack,
# and from the main thread, without the launcher's worker.
IN_PROCESS = """\
import sys, threading
from launcher.embedding import select_backend
vm = select_backend("python", "cli").create_vm(["x"])
src = open(sys.argv[1]).read()
box = {}
threading.stack_size(512 * 1024)
t = threading.Thread(target=lambda: box.setdefault("s", vm.backend.call("eval", vm.handle, src, "<t>", "exec")))
t.start()
t.join()
sys.stdout.flush()
print("thread status", box["s"], flush=True)
print("main status", vm.backend.call("eval", vm.handle, "print(depth(4000))", "<t>", "exec"), flush=True)
"""


def test_deep_recursion_in_process_from_a_small_thread(cli_home, tmp_path):
    prog = tmp_path / "deep.py"
    prog.write_text(DEEP)
    r = subprocess.run([sys.executable, "-c", IN_PROCESS, str(prog)], capture_output=True,
                       text=True, cwd=str(ROOT), env=clean_env(cli_home), timeout=300)
    expected = cpython(str(prog)).stdout + "thread status 0\n4000\nmain status 0\n"
    assert r.stdout == expected, r.stderr
    assert r.returncode == 0


INTERRUPT = """\
import sys, threading
from launcher.embedding import select_backend
vm = select_backend("python", sys.argv[1]).create_vm(["x"])
box = {}
t = threading.Thread(target=lambda: box.setdefault(
    "s", vm.backend.call("eval", vm.handle, "while True:\\n    pass\\n", "<t>", "exec")))
t.start()
for _ in range(600):
    vm.interrupt()
    t.join(0.05)
    if not t.is_alive():
        break
print("alive", t.is_alive(), "status", box.get("s"), flush=True)
"""


def test_interrupt_reaches_a_call_on_its_big_stack_thread(cli_home):
    """interrupt runs on the caller's thread while eval runs on its own: the
    program sees KeyboardInterrupt and the call's status is the host's."""
    runs = [subprocess.run([sys.executable, "-c", INTERRUPT, kind], capture_output=True,
                           text=True, cwd=str(ROOT), env=clean_env(cli_home), timeout=300)
            for kind in ("cli", "host")]
    assert runs[0].stdout.startswith("alive False status "), runs[0].stderr
    assert runs[0].stdout == runs[1].stdout != "alive False status 0\n"
    assert "KeyboardInterrupt" in runs[0].stderr


def test_a_rebuild_refreshes_the_manifest_and_is_used(cli_home):
    """`tandem translate` into an existing folder rewrites tandem.json, so
    the new build is not skipped as stale; the folder carries Mono's
    ahead-of-time images, and the launcher picks cli on its own."""
    import json
    folder = cli_home / "python-cli"
    manifest = folder / "tandem.json"
    m = json.loads(manifest.read_text())
    m["sources"] = "0" * 16          # as if built from older sources
    manifest.write_text(json.dumps(m))
    r = subprocess.run(tandem_argv("real") + ["translate", "interpreters/python/target.py",
                                              "--backend", "cli", "-o", str(folder)],
                       capture_output=True, text=True, cwd=str(ROOT),
                       env=clean_env(cli_home), timeout=900)
    assert r.returncode == 0, r.stderr
    assert json.loads(manifest.read_text())["sources"] != "0" * 16
    for name in ("Tandem.Python.dll.so", "tandem-python.exe.so", "TandemRuntime.dll.so"):
        assert (folder / name).is_file(), name
    ours = Tandem("real", cli_home)("python", "-c", "print(6 * 7)", timeout=300)
    assert (ours.stdout, ours.returncode, ours.stderr) == ("42\n", 0, "")
