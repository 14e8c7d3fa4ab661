"""Shared helpers for the launcher's tests (a uniquely named module: every
test folder has its own conftest.py, so tests import from here).

Two ways to run `tandem`:

- "real": the installed console script (.venv/bin/tandem) on the real VMs;
- "fake": the same CLI code with the host backend pointed at fake_embed.py,
  a test double that checks launcher plumbing before the VMs are complete.

Every run gets an empty TANDEM_HOME, so artefacts in build/ never change
which backend a test gets, and no PYTHON*/TANDEM_* variable leaks in.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
VENV_TANDEM = ROOT / ".venv" / "bin" / "tandem"

LEAKY = ("TANDEM_BACKEND", "TANDEM_HOME", "TANDEM_DEBUG", "PYTHONSTARTUP",
         "PYTHONINSPECT", "PYTHONUNBUFFERED", "FAKE_EMBED_LOG")


def real_vm_present(lang: str) -> bool:
    return (ROOT / "interpreters" / lang / "embed.py").is_file()


def tandem_argv(kind: str) -> list[str]:
    if kind == "fake":
        return [sys.executable, str(HERE / "fake_tandem.py")]
    if VENV_TANDEM.exists():
        return [str(VENV_TANDEM)]
    return [sys.executable, "-m", "launcher.cli"]


def clean_env(home: Path, extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in LEAKY}
    env["TANDEM_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(ROOT)])
    env["XDG_STATE_HOME"] = str(home / "state")
    env["PYTHONIOENCODING"] = "utf-8"
    # prompt_toolkit asks the terminal for the cursor position at each
    # prompt; under load the reply can come after an input was accepted and
    # be echoed onto the screen.  Keys typed by a test arrive faster than a
    # person's, so tests do without it.
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"
    if extra:
        env.update(extra)
    return env


class Tandem:
    """Runs `tandem ARGS` (fake or real) in a clean environment."""

    def __init__(self, kind: str, home: Path, prefix: tuple = ()):
        self.kind = kind
        self.home = home
        self.prefix = list(prefix)

    def __call__(self, *args: str, input: str | None = None,
                 env: dict | None = None, cwd: Path | None = None,
                 timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            tandem_argv(self.kind) + self.prefix + list(args), input=input,
            stdin=None if input is not None else subprocess.DEVNULL,
            capture_output=True, text=True, env=clean_env(self.home, env),
            cwd=str(cwd or ROOT), timeout=timeout)

    def calls(self, *args: str, **kw) -> tuple[subprocess.CompletedProcess,
                                                 list]:
        """Run with the fake and return the embedding calls it received."""
        assert self.kind == "fake"
        log = self.home / "calls.jsonl"
        if log.exists():
            log.unlink()
        env = dict(kw.pop("env", None) or {})
        env["FAKE_EMBED_LOG"] = str(log)
        r = self(*args, env=env, **kw)
        lines = log.read_text().splitlines() if log.exists() else []
        return r, [json.loads(x) for x in lines]


def cpython(*args: str, input: str | None = None, env: dict | None = None,
            cwd: Path | None = None, home: Path | None = None
            ) -> subprocess.CompletedProcess:
    """The oracle: CPython 3.11 (this interpreter) with the same arguments."""
    base = clean_env(home or Path("/nonexistent"), env)
    base.pop("PYTHONPATH", None)
    return subprocess.run(
        [sys.executable] + list(args), input=input,
        stdin=None if input is not None else subprocess.DEVNULL,
        capture_output=True, text=True, env=base,
        cwd=str(cwd or ROOT), timeout=60)
