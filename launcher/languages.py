"""What the launcher and the REPL need to know about each language."""
from __future__ import annotations

import re
from dataclasses import dataclass

from launcher import tandem_version


@dataclass(frozen=True)
class Language:
    key: str                  # "python", "smalltalk": also the VM's name
    name: str                 # for messages
    ps1: str                  # prompt for a new input
    ps2: str                  # prompt for a continuation line
    lexer: str                # pygments lexer class, in pygments.lexers
    python_indent: bool       # auto-indent after ':' and smart dedent
    split_statements: bool    # run a multi-statement paste one by one
    word: re.Pattern          # the word Tab completes, at the end of a line
    banner_help: str

    def banner(self, backend: str) -> str:
        return (f"Tandem {self.name} (tandem {tandem_version()}, "
                f"{backend} backend)\n{self.banner_help}")


PYTHON = Language(
    key="python", name="Python 3.11", ps1=">>> ", ps2="... ",
    lexer="PythonLexer", python_indent=True, split_statements=True,
    word=re.compile(r"[A-Za-z_0-9.]*$"),
    banner_help='Type "exit()" or press Ctrl-D to leave.',
)

SMALLTALK = Language(
    key="smalltalk", name="Smalltalk (SOM)", ps1="st> ", ps2="... ",
    lexer="SmalltalkLexer", python_indent=False, split_statements=False,
    word=re.compile(r"[A-Za-z_0-9:]*$"),
    banner_help=("Enter statements; the value of the last one is printed. "
                 "Ctrl-D leaves."),
)

LANGUAGES = {"python": PYTHON, "smalltalk": SMALLTALK}

# Lines that continue the statement above them rather than start one.
_CONTINUES = re.compile(r"(else|elif|except|finally)\b")


def split_python_input(text: str, is_complete) -> list[str]:
    """Cut a pasted block into the top-level statements the VM runs one by
    one in "single" mode (as if each was typed at the prompt).

    A new statement starts at a line in column 0 that does not continue the
    one above (else:, except:, ...) once what came before is complete.
    """
    chunks: list[list[str]] = []
    cur: list[str] = []
    for line in text.split("\n"):
        starts = (line[:1] not in ("", " ", "\t", "#", ")", "]", "}")
                  and not _CONTINUES.match(line))
        if (starts and cur and any(s.strip() for s in cur)
                and is_complete("\n".join(cur) + "\n")):
            chunks.append(cur)
            cur = []
        cur.append(line)
    if any(s.strip() for s in cur):
        chunks.append(cur)
    out = []
    for c in chunks:
        while c and not c[-1].strip():
            c = c[:-1]
        out.append("\n".join(c))
    return out
