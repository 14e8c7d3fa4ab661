"""Helpers and the `st` fixture of the Smalltalk VM tests.

A module of its own, imported by each test file: tests/smalltalk has a
conftest.py that other tests import by that name.
"""
import os
import subprocess
import sys

import pytest

from interpreters.smalltalk import embed

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def run_cli(args, cwd=None, stdin=None):
    """The command-line launcher in a subprocess."""
    env = dict(os.environ)
    env["PYTHONPATH"] = ROOT
    p = subprocess.run([sys.executable, "-m", "interpreters.smalltalk"] + list(args),
                       cwd=cwd or ROOT, env=env, capture_output=True, text=True, timeout=120,
                       input=stdin)
    return p


class Result:
    def __init__(self, status, out, err, exit_code):
        self.status = status
        self.out = out
        self.err = err
        self.exit_code = exit_code


@pytest.fixture
def st(tmp_path, capsys):
    """st(classes={name: source}, main=name, args=[...]) or st(expr="...")."""
    def run(expr=None, classes=None, main=None, args=(), mode="exec", maxdepth=None):
        classes = classes or {}
        for name, src in classes.items():
            (tmp_path / (name + ".som")).write_text(src)
        capsys.readouterr()
        vm = embed.create_vm([main or "script"] + list(args))
        embed.configure(vm, "classpath", str(tmp_path))
        if maxdepth is not None:
            embed.configure(vm, "maxdepth", str(maxdepth))
        if main is not None:
            status = embed.run_main(vm, main)
        else:
            status = embed.eval(vm, expr, "<test>", mode)
        cap = capsys.readouterr()
        return Result(status, cap.out, cap.err, embed.exit_code(vm))
    return run
