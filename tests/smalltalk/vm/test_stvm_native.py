"""The Smalltalk VM translated by the native backend runs SOM programs like the host.

Skipped until the native runtime provides the VM's two externals
(interpreters/smalltalk/hostos.py: clock_seconds, list_dir).
"""
import glob
import os
import subprocess
import sys

import pytest

from stvm_helpers import ROOT

PROGRAM = """
Prog = (
    fib: n = ( n < 2 ifTrue: [ ^ n ]. ^ (self fib: n - 1) + (self fib: n - 2) )
    find: x in: arr = ( arr do: [:e | e = x ifTrue: [ ^ 'found' ] ]. ^ 'missing' )
    run: args = (
        args println.
        (self fib: 20) println.
        (1 << 80) println.
        (2 raisedTo: 70) println.
        (0.1 + 0.2) println.
        (self find: 3 in: #(1 2 3)) println.
        [ self foo ] ensure: [ 'ensured' println ] )
    doesNotUnderstand: sel arguments: a = ( ('dnu ' + sel) println )
)
"""


def runtime_has_externals():
    text = ""
    for f in glob.glob(os.path.join(ROOT, "vm", "native", "*.c")):
        with open(f) as fh:
            text += fh.read()
    return "rt_ext_clock_seconds" in text and "rt_ext_list_dir" in text


@pytest.mark.skipif(not runtime_has_externals(),
                    reason="native runtime lacks clock_seconds/list_dir")
def test_native_build_matches_host(tmp_path):
    from jitgen.driver import pipeline
    from jitgen.backend import native
    exe = str(tmp_path / "smalltalk")
    native.build(pipeline.translate_to_lowlevel(
        os.path.join(ROOT, "interpreters", "smalltalk", "target.py")), exe, {})
    (tmp_path / "Prog.som").write_text(PROGRAM)
    args = ["-cp", str(tmp_path), "Prog", "a1"]
    nat = subprocess.run([exe] + args, capture_output=True, text=True, timeout=120)
    env = dict(os.environ, PYTHONPATH=ROOT)
    host = subprocess.run([sys.executable, "-m", "interpreters.smalltalk"] + args,
                          capture_output=True, text=True, timeout=120, env=env)
    assert host.returncode == 0, host.stderr
    assert (nat.returncode, nat.stdout) == (host.returncode, host.stdout)
    assert "dnu foo\nensured\n" in host.stdout
