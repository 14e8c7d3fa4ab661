"""The interactive prompt, for any language and backend.

On a terminal it is a prompt_toolkit session: highlighting, multi-line
editing where the VM decides when an input is complete, Python auto-indent,
a history file per language, suggestions from history, Tab completion from
the VM, bracketed paste, Ctrl-C to cancel, Ctrl-D to leave.

When stdin or stdout is not a terminal it reads lines like CPython's
non-tty interactive mode: prompts go to stderr, results to stdout.

Either way `run_repl` returns the process exit status: 0 at end of input,
or the code the program asked for (exit(), sys.exit, `system exit:`).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from prompt_toolkit.completion import Completer, Completion

from launcher.embedding import VM
from launcher.languages import Language, split_python_input

STDIN_NAME = "<stdin>"


def history_path(lang: Language) -> Path:
    """$XDG_STATE_HOME/tandem/<lang>_history (default ~/.local/state)."""
    base = os.environ.get("XDG_STATE_HOME")
    root = Path(base) if base else Path.home() / ".local" / "state"
    return root / "tandem" / f"{lang.key}_history"


class Session:
    """Runs inputs on the VM; shared by both front ends."""

    def __init__(self, vm: VM, lang: Language):
        self.vm = vm
        self.lang = lang

    def source_for_check(self, text: str) -> str:
        """The input as the VM judges it: a trailing blank line (which ends
        a Python block) becomes a final newline."""
        lines = text.split("\n")
        if len(lines) > 1 and not lines[-1].strip():
            return "\n".join(lines[:-1]) + "\n"
        return text

    def is_complete(self, text: str) -> bool:
        if not text.strip():
            return True
        try:
            return self.vm.is_complete(self.source_for_check(text))
        except Exception:  # a VM bug must not lock the user in
            return True

    def run(self, text: str) -> int | None:
        """Run one accepted input.  None to go on, or an exit status."""
        if not text.strip():
            return None
        if self.lang.split_statements:
            chunks = split_python_input(text, self.vm.is_complete)
        else:
            chunks = [text.rstrip("\n")]
        for chunk in chunks:
            try:
                status = self.vm.eval(chunk + "\n", STDIN_NAME, "single")
            except KeyboardInterrupt:  # the VM ignored `interrupt`
                sys.stdout.flush()
                sys.stderr.write("\nKeyboardInterrupt (abandoned)\n")
                return None
            except Exception as e:  # a VM bug: report it, keep the session
                sys.stdout.flush()
                sys.stderr.write(f"tandem: internal error in the VM: "
                                 f"{type(e).__name__}: {e}\n")
                return None
            sys.stdout.flush()
            if status == 2:
                return self.vm.exit_code()
        return None


def run_repl(vm: VM, lang: Language, banner: str | None) -> int:
    session = Session(vm, lang)
    if sys.stdin.isatty() and sys.stdout.isatty():
        return _terminal_repl(session, banner)
    return _plain_repl(session, banner)


def _plain_repl(session: Session, banner: str | None) -> int:
    """Line by line, like CPython when stdin is not a terminal."""
    lang = session.lang
    if banner:
        sys.stderr.write(banner + "\n")
    lines: list[str] = []
    while True:
        sys.stderr.write(lang.ps2 if lines else lang.ps1)
        sys.stderr.flush()
        try:
            line = sys.stdin.readline()
        except KeyboardInterrupt:
            sys.stderr.write("\nKeyboardInterrupt\n")
            lines = []
            continue
        if not line:
            sys.stderr.write("\n")
            sys.stderr.flush()
            if any(s.strip() for s in lines):  # end of input ends the block
                done = session.run("\n".join(lines) + "\n")
                if done is not None:
                    return done
            return 0
        lines.append(line.rstrip("\r\n"))
        text = "\n".join(lines)
        if not text.strip():
            lines = []
            continue
        if session.is_complete(text):
            lines = []
            done = session.run(session.source_for_check(text))
            if done is not None:
                return done


def _terminal_repl(session: Session, banner: str | None) -> int:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
    from prompt_toolkit.history import FileHistory, InMemoryHistory
    from prompt_toolkit.lexers import PygmentsLexer
    from prompt_toolkit.styles import style_from_pygments_cls
    import pygments.lexers
    from pygments.styles import get_style_by_name

    lang = session.lang
    try:
        path = history_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        history = FileHistory(str(path))
    except OSError:
        history = InMemoryHistory()
    prompt = PromptSession(
        message=lang.ps1,
        multiline=True,
        prompt_continuation=lambda width, line, wrap: lang.ps2,
        lexer=PygmentsLexer(getattr(pygments.lexers, lang.lexer)),
        style=style_from_pygments_cls(get_style_by_name("default")),
        include_default_pygments_style=False,
        history=history,
        auto_suggest=AutoSuggestFromHistory(),
        completer=VMCompleter(session),
        complete_while_typing=False,
        key_bindings=_key_bindings(session),
        enable_history_search=False,
    )
    if banner:
        sys.stderr.write(banner + "\n")
        sys.stderr.flush()
    while True:
        try:
            text = prompt.prompt()
        except KeyboardInterrupt:
            sys.stderr.write("KeyboardInterrupt\n")
            continue
        except EOFError:
            return 0
        done = session.run(text)
        if done is not None:
            return done


def _key_bindings(session: Session):
    from prompt_toolkit.document import Document
    from prompt_toolkit.key_binding import KeyBindings

    kb = KeyBindings()
    lang = session.lang

    @kb.add("enter")
    def _enter(event) -> None:
        b = event.current_buffer
        if b.complete_state is not None:  # close the menu, keep the choice
            b.complete_state = None
            return
        text = b.text
        at_end = not b.document.text_after_cursor.strip()
        if at_end and session.is_complete(text):
            clean = session.source_for_check(text).rstrip("\n")
            b.document = Document(clean, len(clean))
            b.validate_and_handle()
            return
        b.insert_text("\n" + _next_indent(b.document.current_line_before_cursor,
                                          lang.python_indent))

    @kb.add("escape", "enter")
    def _newline(event) -> None:  # Alt-Enter: a new line, never run
        event.current_buffer.insert_text("\n")

    @kb.add("tab")
    def _tab(event) -> None:
        b = event.current_buffer
        if b.complete_state is not None:
            b.complete_next()
        elif not b.document.current_line_before_cursor.strip():
            b.insert_text("    ")
        else:
            b.start_completion(insert_common_part=True)

    @kb.add("backspace")
    def _backspace(event) -> None:
        b = event.current_buffer
        before = b.document.current_line_before_cursor
        if lang.python_indent and before and not before.strip(" "):
            b.delete_before_cursor((len(before) - 1) % 4 + 1)
        else:
            b.delete_before_cursor(1)

    return kb


def _next_indent(line: str, python_indent: bool) -> str:
    """Keep the line's indent; Python adds 4 after a line ending in ':'."""
    indent = line[:len(line) - len(line.lstrip(" \t"))]
    if python_indent and line.rstrip().endswith(":"):
        indent += "    "
    return indent


class VMCompleter(Completer):
    """Completions from the VM's `complete`, replacing the word at the
    cursor (an identifier, `obj.attr`, or a Smalltalk keyword)."""

    def __init__(self, session: Session):
        self.session = session

    def get_completions(self, document, complete_event):
        line = document.current_line_before_cursor
        word = self.session.lang.word.search(line).group(0)
        try:
            words = self.session.vm.complete(line)
        except Exception:
            return
        seen = set()
        for w in words:
            if w in seen:
                continue
            seen.add(w)
            if w.startswith(word):
                start = len(word)
            else:  # the VM's idea of the word differs: longest overlap
                start = next((k for k in range(len(line), 0, -1)
                              if w.startswith(line[-k:])), 0)
            yield Completion(w, start_position=-start)
