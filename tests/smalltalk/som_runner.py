"""Helpers for the Smalltalk library tests: run a SOM class with the host VM
in a subprocess (so `system exit:` and crashes stay isolated)."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))


class SomRun:
    def __init__(self, returncode, out, err):
        self.returncode = returncode
        self.out = out
        self.err = err


def run_som(classpath, class_name, args=(), timeout=300):
    cmd = [sys.executable, "-m", "interpreters.smalltalk", "-cp", ":".join(classpath),
           class_name] + [str(a) for a in args]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    return SomRun(proc.returncode, proc.stdout, proc.stderr)
