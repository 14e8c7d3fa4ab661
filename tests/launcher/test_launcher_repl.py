"""The REPL in a real terminal (tmux): multi-line input, history (also across
restarts, from the history file), Tab completion, Ctrl-C, Ctrl-D, exit().

Python runs on the test double and on the real VM (when it exists);
Smalltalk on the real VM only; each real VM also as the native backend's
shared library.  Expected values are the language's own
(42 is 6 * 7 in both)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from launcher_support import clean_env, real_vm_present, tandem_argv
from launcher_terminal import Terminal

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None,
                                reason="tmux is not installed")

PROMPT = {"python": ">>> ", "smalltalk": "st> "}


class Repl:
    def __init__(self, kind: str, lang: str, home: Path):
        self.kind, self.lang, self.home = kind, lang, home
        self.term: Terminal | None = None

    def start(self, *args: str) -> Terminal:
        if self.term is not None:
            self.term.close()
        env = clean_env(self.home)
        self.term = Terminal(tandem_argv(self.kind) + [self.lang] + list(args),
                             env, self.home)
        self.term.wait_for("^" + PROMPT[self.lang].rstrip() + "$")
        return self.term

    def close(self) -> None:
        if self.term is not None:
            self.term.close()


def _repl(request, tmp_path, kind, lang):
    if kind != "fake" and not real_vm_present(lang):
        pytest.skip(f"interpreters/{lang}/embed.py does not exist yet")
    if kind == "native":   # the real VM, translated, loaded through ctypes
        home = request.getfixturevalue("py_home" if lang == "python" else "st_home")
        shutil.copytree(home / f"{lang}-native", tmp_path / f"{lang}-native")
        kind = "real"      # the same tandem command: a built native is the default
    r = Repl(kind, lang, tmp_path)
    request.addfinalizer(r.close)
    return r


@pytest.fixture(params=["fake", "real", "native"])
def pyrepl(request, tmp_path):
    return _repl(request, tmp_path, request.param, "python")


@pytest.fixture(params=["real", "native"])
def strepl(request, tmp_path):
    return _repl(request, tmp_path, request.param, "smalltalk")


# ---------------------------------------------------------------- Python

def test_python_multiline_def_and_for(pyrepl):
    t = pyrepl.start()
    t.type("def twice(x):")
    t.keys("Enter")
    t.wait_for(r"^\.\.\.$")                 # continuation (tmux drops the
                                             # indent's trailing blanks)
    t.type("return x * 2")
    t.keys("Enter", "Enter")                 # a blank line ends the block
    t.wait_for(r"^>>>$")
    t.type("twice(21)")
    t.keys("Enter")
    t.wait_for(r"^42$")
    t.type("for i in range(3):")
    t.keys("Enter")
    t.type("print('line', i)")
    t.keys("Enter", "Enter")
    screen = t.wait_for(r"^line 2$")
    assert "line 0\nline 1\nline 2" in screen
    assert "...     return x * 2" in screen


def test_python_history_up_and_across_restart(pyrepl):
    t = pyrepl.start()
    t.type("40 + 2")
    t.keys("Enter")
    t.wait_for(r"^42$")
    t.keys("Up")
    t.wait_for(r"^>>> 40 \+ 2$", count=2)     # recalled into the prompt
    t.keys("Enter")
    t.wait_for(r"^42$", count=2)
    t.keys("C-d")
    t.wait_for(r"^EXIT=0$")
    hist = pyrepl.home / "state" / "tandem" / "python_history"
    assert "+40 + 2" in hist.read_text()
    t = pyrepl.start()                        # a new process: from the file
    t.keys("Up")
    t.wait_for(r"^>>> 40 \+ 2$")


def test_python_tab_completion(pyrepl):
    t = pyrepl.start()
    t.type("zebra_count = 5")
    t.keys("Enter")
    t.wait_for(r"^>>>$")
    t.type("print(zebra_co")                  # not a prefix of any history
    t.keys("Tab")
    t.wait_for(r"^>>> print\(zebra_count$")
    t.type(")")
    t.keys("Enter")
    t.wait_for(r"^5$")


def test_python_ctrl_c_cancels_input(pyrepl):
    t = pyrepl.start()
    t.type("undefined_name_xyz")
    t.keys("C-c")
    t.wait_for(r"^KeyboardInterrupt$")
    t.type("6 * 7")
    t.keys("Enter")
    screen = t.wait_for(r"^42$")
    assert "NameError" not in screen


def test_python_ctrl_c_interrupts_running_code(pyrepl):
    t = pyrepl.start()
    t.type("def spin():")
    t.keys("Enter")
    t.type("print('spinning')")
    t.keys("Enter")
    t.type("while True: pass")
    t.keys("Enter", "Enter")
    t.wait_for(r"^>>>$")
    t.type("spin()")
    t.keys("Enter")
    t.wait_for(r"^spinning$")
    t.keys("C-c")
    t.wait_for(r"KeyboardInterrupt")
    t.type("6 * 7")
    t.keys("Enter")
    t.wait_for(r"^42$")


def test_python_ctrl_d_exits(pyrepl):
    t = pyrepl.start()
    t.keys("C-d")
    t.wait_for(r"^EXIT=0$")


def test_python_exit_status(pyrepl):
    t = pyrepl.start()
    t.type("exit(3)")
    t.keys("Enter")
    t.wait_for(r"^EXIT=3$")


def test_python_i_after_script(pyrepl, tmp_path):
    script = tmp_path / "prog.py"
    script.write_text("answer = 6 * 7\nprint('ran')\n")
    t = pyrepl.start("-i", str(script))
    t.wait_for(r"^ran$")
    t.type("answer")
    t.keys("Enter")
    t.wait_for(r"^42$")


# ---------------------------------------------------------------- Smalltalk

def test_smalltalk_multiline_block(strepl):
    t = strepl.start()
    t.type("#(10 20 12) inject: 0 into: [:sum :each |")
    t.keys("Enter")
    t.wait_for(r"^\.\.\.$")                 # the block is still open
    t.type("sum + each]")
    t.keys("Enter")
    t.wait_for(r"^42$")


def test_smalltalk_history_and_restart(strepl):
    t = strepl.start()
    t.type("6 * 7")
    t.keys("Enter")
    t.wait_for(r"^42$")
    t.keys("Up")
    t.wait_for(r"^st> 6 \* 7$", count=2)
    t.keys("C-u", "C-d")
    t.wait_for(r"^EXIT=0$")
    t = strepl.start()
    t.keys("Up")
    t.wait_for(r"^st> 6 \* 7$")


def test_smalltalk_tab_completion(strepl):
    t = strepl.start()
    t.type("Transcr")
    t.keys("Tab")
    t.wait_for(r"^st> Transcript$")


def test_smalltalk_ctrl_c_and_ctrl_d(strepl):
    t = strepl.start()
    t.type("1 +")
    t.keys("C-c")
    t.wait_for(r"^KeyboardInterrupt$")
    t.type("6 * 7")
    t.keys("Enter")
    t.wait_for(r"^42$")
    t.keys("C-d")
    t.wait_for(r"^EXIT=0$")


def test_python_bracketed_paste_runs_each_statement(pyrepl):
    t = pyrepl.start()
    t._tmux("set-buffer", "def g(n):\n    return n + 1\n\na = g(40)\na + 1\n")
    t._tmux("paste-buffer", "-p", "-t", "t")  # -p: as a bracketed paste
    t.wait_for(r"^\.\.\. a \+ 1$")
    t.keys("Enter")
    t.wait_for(r"^42$")


def test_smalltalk_ctrl_c_interrupts_running_code(strepl):
    t = strepl.start()
    t.type("'spinning' println. [true] whileTrue: []")
    t.keys("Enter")
    t.wait_for(r"^spinning$")
    t.keys("C-c")
    t.wait_for(r"interrupted")               # the VM's interrupt error
    t.type("6 * 7")
    t.keys("Enter")
    t.wait_for(r"^42$")
