"""Drive a program in a real terminal: tmux with a private server socket.

Every wait polls the screen until the expected text appears, with a bound;
no test relies on a fixed sleep.
"""
from __future__ import annotations

import re
import shlex
import subprocess
import time
from pathlib import Path


class Terminal:
    _count = 0

    def __init__(self, argv: list[str], env: dict, workdir: Path,
                 width: int = 120, height: int = 40):
        Terminal._count += 1  # a server of its own, even after a restart
        self.sock = str(workdir / f"tmux{Terminal._count}.sock")
        self.env = env
        # After the program ends, its status stays on screen for the test.
        shell = (f"cd {shlex.quote(str(workdir))} && "
                 f"{shlex.join(argv)}; echo EXIT=$?; sleep 600")
        self._tmux("new-session", "-d", "-x", str(width), "-y", str(height),
                   "-s", "t", shell)

    def _tmux(self, *args: str) -> str:
        r = subprocess.run(["tmux", "-S", self.sock] + list(args),
                           capture_output=True, text=True, env=self.env,
                           timeout=30)
        if r.returncode != 0:
            raise AssertionError(f"tmux {args[0]} failed: {r.stderr}")
        return r.stdout

    def keys(self, *keys: str) -> None:
        """tmux key names: Enter, Up, Tab, C-c, C-d, ..."""
        self._tmux("send-keys", "-t", "t", *keys)

    def type(self, text: str, timeout: float = 15) -> None:
        """Type literally and wait for the echo: a wait for a bare prompt
        right after could otherwise match the prompt the text was typed
        into, before the terminal had drawn the text."""
        before = self.screen().count(text)
        self._tmux("send-keys", "-t", "t", "-l", text)
        deadline = time.monotonic() + timeout
        while self.screen().count(text) <= before:
            if time.monotonic() > deadline:
                raise AssertionError(f"typed {text!r} never echoed; "
                                     f"screen:\n{self.screen()}")
            time.sleep(0.02)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "t")

    def wait_for(self, pattern: str, timeout: float = 15,
                 count: int = 1) -> str:
        """Wait until the regex matches the screen `count` times.  tmux
        drops trailing blanks: a bare prompt is `^>>>$`."""
        rx = re.compile(pattern, re.M)
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if len(rx.findall(text)) >= count:
                return text
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out waiting for {pattern!r} (x{count}); "
                    f"screen:\n{text}")
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run(["tmux", "-S", self.sock, "kill-server"],
                       capture_output=True, env=self.env, timeout=30)
