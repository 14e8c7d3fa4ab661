"""SyntaxError as the front end reports it, formatted the way CPython does.

Positions follow CPython's SyntaxError attributes: `lineno` is 1-based,
`offset` and `end_offset` are 1-based columns (in characters), and `text` is
the source line the error points into (with its newline).
"""


class PySyntaxError(Exception):
    kind: str           # "SyntaxError", "IndentationError" or "TabError"
    msg: str
    filename: str
    lineno: int
    offset: int
    end_lineno: int
    end_offset: int
    text: str

    def __init__(self, msg: str, filename: str, lineno: int, offset: int,
                 end_lineno: int, end_offset: int, text: str) -> None:
        self.kind = "SyntaxError"
        self.msg = msg
        self.filename = filename
        self.lineno = lineno
        self.offset = offset
        self.end_lineno = end_lineno
        self.end_offset = end_offset
        self.text = text

    def __str__(self) -> str:
        return self.msg

    def format(self) -> str:
        """CPython's report, as printed for an uncaught SyntaxError."""
        out = '  File "%s", line %d\n' % (self.filename, self.lineno)
        if self.text != "":
            end = self.end_offset
            offset = self.offset
            if self.kind != "SyntaxError":
                end = offset            # CPython marks one column here
                if self.msg.startswith("expected an indented block") and \
                        offset > len(self.text.rstrip("\n")):
                    offset = 0          # ... and none past the line's end
                    end = 0
            out += format_source_line(self.text, offset, end,
                                      self.lineno, self.end_lineno)
        return out + self.kind + ": " + self.msg + "\n"


class PyIndentationError(PySyntaxError):
    def __init__(self, msg: str, filename: str, lineno: int, offset: int,
                 end_lineno: int, end_offset: int, text: str) -> None:
        PySyntaxError.__init__(self, msg, filename, lineno, offset,
                               end_lineno, end_offset, text)
        self.kind = "IndentationError"


class PyTabError(PySyntaxError):
    def __init__(self, msg: str, filename: str, lineno: int, offset: int,
                 end_lineno: int, end_offset: int, text: str) -> None:
        PySyntaxError.__init__(self, msg, filename, lineno, offset,
                               end_lineno, end_offset, text)
        self.kind = "TabError"


def format_source_line(text: str, offset: int, end_offset: int,
                       lineno: int, end_lineno: int) -> str:
    """The quoted line and its caret line, as CPython prints them."""
    rtext = text.rstrip("\n")
    start = 0
    while start < len(rtext) and (rtext[start] == " " or rtext[start] == "\n"
                                  or rtext[start] == "\x0c"):
        start += 1
    ltext = rtext[start:]
    out = "    " + ltext + "\n"
    if offset == 0 and end_offset == 0:
        return out
    end = end_offset if end_offset != 0 else offset
    if end == offset or end == -1:
        end = offset + 1
    col = offset - 1 - start
    end_col = end - 1 - start
    if col < 0:
        return out
    if end_col > len(ltext) and col < len(ltext):
        end_col = len(ltext)    # the caret line stops at the end of the text
    spaces = ""
    i = 0
    while i < col:
        # tabs and other whitespace are kept so that the caret lines up
        if i < len(ltext) and ltext[i].isspace():
            spaces += ltext[i]
        else:
            spaces += " "
        i += 1
    return out + "    " + spaces + "^" * (end_col - col) + "\n"
