"""Python source text -> a list of tokens (with INDENT/DEDENT/NEWLINE).

Columns are 0-based character offsets; lines are 1-based.  String tokens
keep their prefix and quotes (the parser decodes them; f-strings are parsed
from their text as in CPython 3.11).  Errors are PySyntaxError with
CPython's messages.
"""
from interpreters.python.syntaxerror import (
    PySyntaxError, PyIndentationError, PyTabError)

T_NAME = 1
T_NUMBER = 2
T_STRING = 3
T_OP = 4
T_NEWLINE = 5
T_INDENT = 6
T_DEDENT = 7
T_ENDMARKER = 8
T_ERROR = 9         # where tokenizing failed (deferred errors, see tokenize)

TOKEN_NAMES = ["?", "NAME", "NUMBER", "STRING", "OP", "NEWLINE", "INDENT",
               "DEDENT", "ENDMARKER", "ERROR"]

OPERATORS_3 = ["**=", "//=", ">>=", "<<=", "..."]
OPERATORS_2 = ["!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
               ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="]
OPERATORS_1 = "%&()*+,-./:;<=>@[]^{|}~"

OPEN_BRACKETS = "([{"
CLOSE_BRACKETS = ")]}"

STRING_PREFIXES = ["r", "u", "b", "f", "br", "rb", "fr", "rf"]


class Token:
    kind: int
    value: str
    lineno: int
    col: int
    end_lineno: int
    end_col: int

    def __init__(self, kind: int, value: str, lineno: int, col: int,
                 end_lineno: int, end_col: int) -> None:
        self.kind = kind
        self.value = value
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col

    def __repr__(self) -> str:
        return "Token(%s, %r, %d:%d-%d:%d)" % (
            TOKEN_NAMES[self.kind], self.value, self.lineno, self.col,
            self.end_lineno, self.end_col)


class Bracket:
    char: str
    lineno: int
    col: int
    token_index: int    # index of the bracket's token

    def __init__(self, char: str, lineno: int, col: int, token_index: int) -> None:
        self.char = char
        self.lineno = lineno
        self.col = col
        self.token_index = token_index


def is_identifier_start(c: str) -> bool:
    if c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z"):
        return True
    return ord(c) >= 128 and c.isalpha()


def is_identifier_char(c: str) -> bool:
    if c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9"):
        return True
    return ord(c) >= 128 and (c.isalnum() or c == "\u00b7")


def is_digit(c: str) -> bool:
    return "0" <= c <= "9"


class SourceLines:
    """The source split into lines, for error reports."""
    starts: list[int]
    source: str
    filename: str
    # a bracket still open at the end of the input: the parser reports it
    # (as CPython does) unless it fails before reading past the bracket
    unclosed: Bracket | None
    # a tokenizer error found while deferring errors (see Tokenizer.tokenize)
    pending: PySyntaxError | None

    def __init__(self, source: str, filename: str) -> None:
        self.source = source
        self.filename = filename
        self.unclosed = None
        self.pending = None
        self.starts = [0]
        i = 0
        n = len(source)
        while i < n:
            c = source[i]
            if c == "\n":
                self.starts.append(i + 1)
            elif c == "\r":
                if i + 1 < n and source[i + 1] == "\n":
                    i += 1
                self.starts.append(i + 1)
            i += 1

    def line_text(self, lineno: int) -> str:
        """Line `lineno` (1-based) with its newline, "" past the end."""
        if lineno < 1 or lineno > len(self.starts):
            return ""
        start = self.starts[lineno - 1]
        if lineno < len(self.starts):
            end = self.starts[lineno]
        else:
            end = len(self.source)
        text = self.source[start:end]
        if text.endswith("\r\n"):
            text = text[:-2] + "\n"
        elif text.endswith("\r"):
            text = text[:-1] + "\n"
        return text

    def error(self, msg: str, lineno: int, col: int, end_lineno: int,
              end_col: int) -> PySyntaxError:
        """A SyntaxError at 0-based columns col..end_col."""
        return PySyntaxError(msg, self.filename, lineno, col + 1, end_lineno,
                             end_col + 1, self.line_text(lineno))


class Tokenizer:
    source: str
    lines: SourceLines
    pos: int
    lineno: int
    line_start: int
    indents: list[int]
    alt_indents: list[int]
    brackets: list[Bracket]
    tokens: list[Token]
    at_line_start: bool
    continued: bool

    def __init__(self, source: str, filename: str) -> None:
        self.source = source
        self.lines = SourceLines(source, filename)
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.indents = [0]
        self.alt_indents = [0]
        self.brackets = []
        self.tokens = []
        self.at_line_start = True
        self.continued = False

    # --- helpers -----------------------------------------------------------
    def col(self) -> int:
        return self.pos - self.line_start

    def peek(self, k: int) -> str:
        i = self.pos + k
        if i < len(self.source):
            return self.source[i]
        return ""

    def error(self, msg: str, lineno: int, col: int) -> PySyntaxError:
        return self.lines.error(msg, lineno, col, lineno, col + 1)

    def add(self, kind: int, value: str, lineno: int, col: int) -> None:
        self.tokens.append(Token(kind, value, lineno, col, self.lineno,
                                 self.col()))

    def newline_here(self) -> None:
        """Consume a line break at pos (\\n, \\r\\n or \\r)."""
        if self.source[self.pos] == "\r" and self.peek(1) == "\n":
            self.pos += 1
        self.pos += 1
        self.lineno += 1
        self.line_start = self.pos

    # --- main loop ---------------------------------------------------------
    def tokenize(self) -> list[Token]:
        """All tokens; raises PySyntaxError at the first error."""
        return self.tokenize_inner()

    def tokenize_deferred(self) -> list[Token]:
        """All tokens up to the first error, which becomes a T_ERROR token
        (and lines.pending): as in CPython, the parser reports an indentation
        error met before it, and the tokenizer error wins otherwise."""
        try:
            return self.tokenize_inner()
        except PySyntaxError as e:
            self.lines.pending = e
            self.lines.unclosed = None
            self.tokens.append(Token(T_ERROR, "", e.lineno, 0, e.lineno, 0))
            self.tokens.append(Token(T_ENDMARKER, "", e.lineno, 0, e.lineno, 0))
            return self.tokens

    def tokenize_inner(self) -> list[Token]:
        src = self.source
        n = len(src)
        nul = src.find("\x00")
        if nul >= 0:
            # as when CPython runs a file: the line up to the NUL, no caret
            lineno = 1
            for k in range(nul):
                if src[k] == "\n":
                    lineno += 1
            start = src.rfind("\n", 0, nul) + 1
            raise PySyntaxError("source code cannot contain null bytes",
                                self.lines.filename, lineno, 0, lineno, 0,
                                src[start:nul])
        if n > 0 and src[0] == "\ufeff":
            self.pos = 1        # a UTF-8 byte-order mark is not part of the code
            self.line_start = 1
        while True:
            if self.at_line_start and len(self.brackets) == 0:
                if not self.read_indentation():
                    break
                if self.pos >= n:
                    break
            self.at_line_start = False
            if self.pos >= n:
                break
            c = src[self.pos]
            if c == " " or c == "\t" or c == "\x0c":
                self.pos += 1
                continue
            if c == "#":
                while self.pos < n and src[self.pos] != "\n" and src[self.pos] != "\r":
                    self.pos += 1
                continue
            if c == "\n" or c == "\r":
                if len(self.brackets) == 0:
                    # a line that is only a `\` continuation and a comment
                    # holds no statement
                    if len(self.tokens) > 0 and self.tokens[-1].kind != T_NEWLINE:
                        self.tokens.append(Token(T_NEWLINE, "", self.lineno, self.col(),
                                                 self.lineno, self.col() + 1))
                    self.newline_here()
                    self.at_line_start = True
                else:
                    self.newline_here()
                continue
            if c == "\\":
                nxt = self.peek(1)
                if nxt == "\n" or nxt == "\r":
                    self.pos += 1
                    self.newline_here()
                    if self.pos >= n:
                        raise self.lines.error("unexpected EOF while parsing",
                                               self.lineno - 1, 0, self.lineno - 1, 1)
                    continue
                if nxt == "":
                    raise self.lines.error("unexpected EOF while parsing",
                                           self.lineno, self.col(), self.lineno, self.col() + 1)
                raise self.error("unexpected character after line continuation character",
                                 self.lineno, self.col() + 1)
            if is_identifier_start(c):
                self.read_name_or_string()
                continue
            if is_digit(c) or (c == "." and is_digit(self.peek(1))):
                self.read_number()
                continue
            if c == "'" or c == '"':
                self.read_string(self.pos)
                continue
            self.read_operator()
        return self.finish()

    def finish(self) -> list[Token]:
        if len(self.brackets) > 0:
            self.lines.unclosed = self.brackets[-1]
        col = self.col()
        if len(self.tokens) > 0 and self.tokens[-1].kind != T_NEWLINE and \
                self.tokens[-1].kind != T_DEDENT and self.tokens[-1].kind != T_INDENT:
            self.tokens.append(Token(T_NEWLINE, "", self.lineno, col,
                                     self.lineno, col + 1))
        while len(self.indents) > 1:
            self.indents.pop()
            self.tokens.append(Token(T_DEDENT, "", self.lineno, col,
                                     self.lineno, col))
        self.tokens.append(Token(T_ENDMARKER, "", self.lineno, col,
                                 self.lineno, col))
        return self.tokens

    def read_indentation(self) -> bool:
        """At the start of a logical line: skip blank lines, emit INDENT/DEDENT.

        Returns False at the end of the input."""
        src = self.source
        n = len(src)
        while True:
            width = 0
            alt = 0
            start = self.pos
            while self.pos < n:
                c = src[self.pos]
                if c == " ":
                    width += 1
                    alt += 1
                elif c == "\t":
                    width = (width // 8 + 1) * 8
                    alt += 1
                elif c == "\x0c":
                    width = 0
                    alt = 0
                else:
                    break
                self.pos += 1
            if self.pos >= n:
                return False
            c = src[self.pos]
            if c == "#":
                while self.pos < n and src[self.pos] != "\n" and src[self.pos] != "\r":
                    self.pos += 1
                if self.pos >= n:
                    return False
                c = src[self.pos]
            if c == "\n" or c == "\r":
                self.newline_here()
                continue
            if c == "\\" and (self.peek(1) == "\n" or self.peek(1) == "\r"):
                # a continuation line that starts a statement: indentation
                # is what precedes the backslash
                pass
            break
        col = self.pos - start
        if width == self.indents[-1]:
            if alt != self.alt_indents[-1]:
                raise self.tab_error()
        elif width > self.indents[-1]:
            if alt <= self.alt_indents[-1]:
                raise self.tab_error()
            self.indents.append(width)
            self.alt_indents.append(alt)
            self.tokens.append(Token(T_INDENT, "", self.lineno, 0, self.lineno, col))
        else:
            while len(self.indents) > 1 and width < self.indents[-1]:
                self.indents.pop()
                self.alt_indents.pop()
                self.tokens.append(Token(T_DEDENT, "", self.lineno, col,
                                         self.lineno, col))
            if width != self.indents[-1]:
                text = self.lines.line_text(self.lineno)
                end = len(text.rstrip("\n"))
                raise PyIndentationError(
                    "unindent does not match any outer indentation level",
                    self.lines.filename, self.lineno, end + 1, self.lineno,
                    end + 1, text)
            if alt != self.alt_indents[-1]:
                raise self.tab_error()
        return True

    def tab_error(self) -> PySyntaxError:
        text = self.lines.line_text(self.lineno)
        return PyTabError("inconsistent use of tabs and spaces in indentation",
                          self.lines.filename, self.lineno, 0, self.lineno,
                          0, text)

    # --- names, numbers, strings, operators --------------------------------
    def read_name_or_string(self) -> None:
        src = self.source
        n = len(src)
        start = self.pos
        col = self.col()
        while self.pos < n and is_identifier_char(src[self.pos]):
            self.pos += 1
        word = src[start:self.pos]
        if self.pos < n and (src[self.pos] == "'" or src[self.pos] == '"') and \
                word.lower() in STRING_PREFIXES:
            self.read_string(start)
            return
        if self.pos < n and ord(src[self.pos]) >= 128 and not src[self.pos].isspace():
            raise self.invalid_character(self.pos)
        self.add(T_NAME, word, self.lineno, col)

    def invalid_character(self, at: int) -> PySyntaxError:
        c = self.source[at]
        col = at - self.line_start
        code = hex4(ord(c))
        if is_printable(c):
            msg = "invalid character '%s' (U+%s)" % (c, code)
        else:
            msg = "invalid non-printable character U+%s" % code
        return self.error(msg, self.lineno, col)

    def read_digits(self, kind: str) -> bool:
        """Digits with single underscores between them; False if none."""
        src = self.source
        n = len(src)
        seen = False
        while self.pos < n:
            c = src[self.pos]
            if kind == "x":
                ok = is_digit(c) or ("a" <= c <= "f") or ("A" <= c <= "F")
            elif kind == "o":
                ok = "0" <= c <= "7"
            elif kind == "b":
                ok = c == "0" or c == "1"
            else:
                ok = is_digit(c)
            if ok:
                seen = True
                self.pos += 1
            elif c == "_" and seen:
                self.pos += 1
                d = self.peek(0)
                if kind == "x":
                    ok2 = is_digit(d) or ("a" <= d <= "f") or ("A" <= d <= "F")
                elif kind == "o":
                    ok2 = "0" <= d <= "7"
                elif kind == "b":
                    ok2 = d == "0" or d == "1"
                else:
                    ok2 = is_digit(d)
                if not ok2:
                    raise self.error("invalid %s literal" % KIND_WORDS[kind],
                                     self.lineno, self.col() - 1)
            else:
                break
        return seen

    def read_number(self) -> None:
        src = self.source
        start = self.pos
        col = self.col()
        c = src[self.pos]
        if c == "0" and (self.peek(1) in "xXoObB") and self.peek(1) != "":
            kind = self.peek(1).lower()
            self.pos += 2
            if self.peek(0) == "_":
                self.pos += 1
            if (kind == "o" or kind == "b") and is_digit(self.peek(0)) and \
                    not (kind == "o" and self.peek(0) < "8") and \
                    not (kind == "b" and self.peek(0) < "2"):
                raise self.error("invalid digit '%s' in %s literal" % (
                    self.peek(0), KIND_WORDS[kind]), self.lineno, self.col())
            if not self.read_digits(kind):
                raise self.error("invalid %s literal" % KIND_WORDS[kind],
                                 self.lineno, self.col() - 1)
            if kind == "o" and is_digit(self.peek(0)):
                raise self.error("invalid digit '%s' in octal literal" % self.peek(0),
                                 self.lineno, self.col())
            if kind == "b" and is_digit(self.peek(0)):
                raise self.error("invalid digit '%s' in binary literal" % self.peek(0),
                                 self.lineno, self.col())
            self.check_number_end(KIND_WORDS[kind])
            self.add(T_NUMBER, src[start:self.pos], self.lineno, col)
            return
        is_float = False
        if c != ".":
            self.read_digits("d")
        if self.peek(0) == ".":
            is_float = True
            self.pos += 1
            self.read_digits("d")
        e = self.peek(0)
        if e == "e" or e == "E":
            save = self.pos
            self.pos += 1
            if self.peek(0) == "+" or self.peek(0) == "-":
                self.pos += 1
            if not self.read_digits("d"):
                self.pos = save
                raise self.error("invalid decimal literal", self.lineno, self.col() - 1)
            is_float = True
        j = self.peek(0)
        if j == "j" or j == "J":
            self.pos += 1
            is_float = True
        text = src[start:self.pos]
        if not is_float and len(text) > 1 and text[0] == "0":
            zeros = 0
            while zeros < len(text) and (text[zeros] == "0" or text[zeros] == "_"):
                zeros += 1
            if zeros < len(text):
                raise self.lines.error(
                    "leading zeros in decimal integer literals are not "
                    "permitted; use an 0o prefix for octal integers",
                    self.lineno, col, self.lineno, col + zeros)
        self.check_number_end("decimal")
        self.add(T_NUMBER, text, self.lineno, col)

    def check_number_end(self, word: str) -> None:
        c = self.peek(0)
        if c != "" and is_identifier_char(c):
            # `1if x else y` is allowed: a keyword may follow a number
            for kw in ["and", "else", "for", "if", "in", "is", "not", "or"]:
                if self.source.startswith(kw, self.pos):
                    after = self.pos + len(kw)
                    if after >= len(self.source) or not is_identifier_char(self.source[after]):
                        return
            raise self.error("invalid %s literal" % word, self.lineno, self.col() - 1)

    def read_string(self, start: int) -> None:
        """A string literal whose prefix (if any) starts at `start`."""
        src = self.source
        n = len(src)
        lineno = self.lineno
        col = start - self.line_start
        quote = src[self.pos]
        triple = self.pos + 2 < n and src[self.pos + 1] == quote and src[self.pos + 2] == quote
        prefix = src[start:self.pos].lower()
        raw = "r" in prefix
        if triple:
            self.pos += 3
        else:
            self.pos += 1
        while True:
            if self.pos >= n:
                if triple:
                    last = self.lineno
                    if self.pos == self.line_start and last > 1:
                        last -= 1       # the input ends with a newline
                    raise self.lines.error(
                        "unterminated triple-quoted string literal (detected at line %d)"
                        % last, lineno, col, lineno, col + 1)
                raise self.lines.error(
                    "unterminated string literal (detected at line %d)" % lineno,
                    lineno, col, lineno, col + 1)
            c = src[self.pos]
            if c == "\\":
                self.pos += 1
                if self.pos < n and (src[self.pos] == "\n" or src[self.pos] == "\r"):
                    self.newline_here()
                elif self.pos < n:
                    self.pos += 1
                continue
            if c == "\n" or c == "\r":
                if not triple:
                    raise self.lines.error(
                        "unterminated string literal (detected at line %d)" % lineno,
                        lineno, col, lineno, col + 1)
                self.newline_here()
                continue
            if c == quote:
                if not triple:
                    self.pos += 1
                    break
                if self.pos + 2 < n and src[self.pos + 1] == quote and src[self.pos + 2] == quote:
                    self.pos += 3
                    break
            self.pos += 1
        if raw:
            pass
        self.tokens.append(Token(T_STRING, src[start:self.pos], lineno, col,
                                 self.lineno, self.col()))

    def read_operator(self) -> None:
        src = self.source
        col = self.col()
        three = src[self.pos:self.pos + 3]
        two = src[self.pos:self.pos + 2]
        if three in OPERATORS_3:
            op = three
        elif two in OPERATORS_2:
            op = two
        else:
            c = src[self.pos]
            if c == "!" or c == "$" or c == "?" or c == "`":
                # no rule accepts these: the parser reports them where it
                # meets them (as CPython's ERRORTOKEN)
                self.pos += 1
                self.add(T_OP, c, self.lineno, col)
                return
            if c not in OPERATORS_1:
                raise self.invalid_character(self.pos)
            op = c
        if op in OPEN_BRACKETS:
            if len(self.brackets) >= 200:
                raise self.error("too many nested parentheses", self.lineno, col)
            self.brackets.append(Bracket(op, self.lineno, col, len(self.tokens)))
        elif op in CLOSE_BRACKETS:
            if len(self.brackets) == 0:
                raise self.error("unmatched '%s'" % op, self.lineno, col)
            b = self.brackets.pop()
            want = CLOSE_BRACKETS[OPEN_BRACKETS.index(b.char)]
            if want != op:
                if b.lineno != self.lineno:
                    msg = "closing parenthesis '%s' does not match opening " \
                          "parenthesis '%s' on line %d" % (op, b.char, b.lineno)
                else:
                    msg = "closing parenthesis '%s' does not match opening " \
                          "parenthesis '%s'" % (op, b.char)
                raise self.error(msg, self.lineno, col)
        self.pos += len(op)
        self.add(T_OP, op, self.lineno, col)


KIND_WORDS = {"x": "hexadecimal", "o": "octal", "b": "binary", "d": "decimal"}


def hex4(n: int) -> str:
    """Upper-case hex with at least 4 digits (as in U+20AC)."""
    digits = "0123456789ABCDEF"
    out = ""
    while n > 0 or len(out) < 4:
        out = digits[n % 16] + out
        n = n // 16
    return out


def is_printable(c: str) -> bool:
    """str.isprintable() for one character, approximated by ranges."""
    o = ord(c)
    if o < 0x20 or 0x7F <= o <= 0xA0 or o == 0xAD:
        return False
    if 0x2000 <= o <= 0x200F or 0x2028 <= o <= 0x202F or 0x205F <= o <= 0x206F:
        return False
    if o == 0x3000 or o == 0xFEFF or 0xFFF9 <= o <= 0xFFFB:
        return False
    if 0xD800 <= o <= 0xF8FF:
        return False
    return True


def tokenize(source: str, filename: str) -> list[Token]:
    return Tokenizer(source, filename).tokenize()
