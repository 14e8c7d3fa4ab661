"""Tokens of SOM source text: class files and workspace scripts."""

class ParseError(Exception):
    """A syntax error, located by file, line and column."""
    filename: str
    line: int
    col: int
    msg: str

    def __init__(self, filename: str, line: int, col: int, msg: str) -> None:
        self.filename = filename
        self.line = line
        self.col = col
        self.msg = msg

    def __str__(self) -> str:
        return self.filename + ":" + str(self.line) + ":" + str(self.col) + ": " + self.msg


# Token kinds.
T_EOF = 0
T_IDENT = 1          # foo
T_KEYWORD = 2        # foo:
T_KEYWORD_SEQ = 3    # foo:bar:   (only after #)
T_OPERATOR = 4       # + - ** , etc.
T_INTEGER = 5
T_DOUBLE = 6
T_STRING = 7
T_SYMBOL = 8         # #foo  #foo:bar:  #+   (text is the symbol's name)
T_CHAR = 9           # $a  (extension)
T_ASSIGN = 10        # :=
T_COLON = 11         # :
T_POUND = 12         # #  (before a literal array)
T_EXIT = 13          # ^
T_PERIOD = 14
T_LPAREN = 15
T_RPAREN = 16
T_LBRACKET = 17
T_RBRACKET = 18
T_BAR = 19           # |  (also a binary operator)
T_SEPARATOR = 20     # ----
T_SEMICOLON = 21     # ;  (cascade, an extension)
T_LBRACE = 22        # {  (brace array, an extension)
T_RBRACE = 23

KIND_NAMES = ["end of input", "identifier", "keyword", "keyword sequence",
              "operator", "integer", "double", "string", "symbol", "character",
              "':='", "':'", "'#'", "'^'", "'.'", "'('", "')'", "'['", "']'",
              "'|'", "'----'", "';'", "'{'", "'}'"]

OPERATOR_CHARS = "~&|*/\\+=><,@%-"
SIMPLE_TOKENS = {"^": T_EXIT, ".": T_PERIOD, "(": T_LPAREN, ")": T_RPAREN,
                 "[": T_LBRACKET, "]": T_RBRACKET, ";": T_SEMICOLON,
                 "{": T_LBRACE, "}": T_RBRACE}


class Token:
    kind: int
    text: str
    line: int
    col: int

    def __init__(self, kind: int, text: str, line: int, col: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col

    def describe(self) -> str:
        if self.kind == T_EOF:
            return "end of input"
        if self.kind == T_STRING:
            return "string '" + self.text + "'"
        if self.kind == T_SYMBOL:
            return "symbol #" + self.text
        return KIND_NAMES[self.kind] + " '" + self.text + "'"


def is_ident_start(c: str) -> bool:
    return c.isalpha() or c == "_"


def is_ident_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def is_digit(c: str) -> bool:
    return len(c) == 1 and "0" <= c <= "9"


class Lexer:
    source: str
    filename: str
    pos: int
    line: int
    line_start: int

    def __init__(self, source: str, filename: str) -> None:
        self.source = source
        self.filename = filename
        self.pos = 0
        self.line = 1
        self.line_start = 0

    def peek_char(self, offset: int) -> str:
        p = self.pos + offset
        if p < len(self.source):
            return self.source[p]
        return ""

    def advance(self) -> str:
        c = self.source[self.pos]
        self.pos += 1
        if c == "\n":
            self.line += 1
            self.line_start = self.pos
        return c

    def error(self, msg: str) -> ParseError:
        return ParseError(self.filename, self.line, self.pos - self.line_start + 1, msg)

    def skip_blanks(self) -> None:
        while self.pos < len(self.source):
            c = self.source[self.pos]
            if c.isspace():
                self.advance()
            elif c == '"':
                line = self.line
                col = self.pos - self.line_start + 1
                self.advance()
                while True:
                    if self.pos >= len(self.source):
                        raise ParseError(self.filename, line, col,
                                         "unterminated comment: expected '\"', found end of input")
                    if self.advance() == '"':
                        break
            else:
                break

    def tokenize(self) -> list[Token]:
        tokens: list[Token] = []
        while True:
            tok = self.next_token()
            tokens.append(tok)
            if tok.kind == T_EOF:
                return tokens

    def next_token(self) -> Token:
        self.skip_blanks()
        line = self.line
        col = self.pos - self.line_start + 1
        if self.pos >= len(self.source):
            return Token(T_EOF, "", line, col)
        c = self.source[self.pos]
        if is_ident_start(c):
            start = self.pos
            while self.pos < len(self.source) and is_ident_char(self.source[self.pos]):
                self.pos += 1
            if self.peek_char(0) == ":" and self.peek_char(1) != "=":
                self.pos += 1
                return Token(T_KEYWORD, self.source[start:self.pos], line, col)
            return Token(T_IDENT, self.source[start:self.pos], line, col)
        if is_digit(c):
            return self.lex_number(line, col)
        if c == "'":
            return Token(T_STRING, self.lex_string(), line, col)
        if c == "#":
            return self.lex_pound(line, col)
        if c == "$":
            self.advance()
            if self.pos >= len(self.source):
                raise self.error("expected a character after '$', found end of input")
            ch = self.advance()
            return Token(T_CHAR, ch, line, col)
        if c == ":":
            self.advance()
            if self.peek_char(0) == "=":
                self.advance()
                return Token(T_ASSIGN, ":=", line, col)
            return Token(T_COLON, ":", line, col)
        if c == "-" and self.source.startswith("----", self.pos):
            while self.peek_char(0) == "-":
                self.advance()
            return Token(T_SEPARATOR, "----", line, col)
        if c in OPERATOR_CHARS:
            start = self.pos
            while self.pos < len(self.source) and self.source[self.pos] in OPERATOR_CHARS:
                # a '-' after other operator chars starts a negative literal: 3+-2
                if self.pos > start and self.source[self.pos] == "-" and is_digit(self.peek_char(1)):
                    break
                self.pos += 1
            text = self.source[start:self.pos]
            if text == "|":
                return Token(T_BAR, text, line, col)
            return Token(T_OPERATOR, text, line, col)
        if c in SIMPLE_TOKENS:
            self.advance()
            return Token(SIMPLE_TOKENS[c], c, line, col)
        raise self.error("unexpected character '" + c + "'")

    def lex_number(self, line: int, col: int) -> Token:
        start = self.pos
        while is_digit(self.peek_char(0)):
            self.pos += 1
        if self.peek_char(0) == "r":
            # radix integer: 16r1F
            radix_text = self.source[start:self.pos]
            self.pos += 1
            dstart = self.pos
            if self.peek_char(0) == "-":
                self.pos += 1
            while self.pos < len(self.source) and self.source[self.pos].isalnum():
                self.pos += 1
            digits = self.source[dstart:self.pos]
            return Token(T_INTEGER, radix_text + "r" + digits, line, col)
        is_double = False
        if self.peek_char(0) == "." and is_digit(self.peek_char(1)):
            is_double = True
            self.pos += 1
            while is_digit(self.peek_char(0)):
                self.pos += 1
        if self.peek_char(0) in ("e", "E") and (is_digit(self.peek_char(1)) or (
                self.peek_char(1) == "-" and is_digit(self.peek_char(2)))):
            is_double = True
            self.pos += 2
            while is_digit(self.peek_char(0)):
                self.pos += 1
        text = self.source[start:self.pos]
        if is_double:
            return Token(T_DOUBLE, text, line, col)
        return Token(T_INTEGER, text, line, col)

    def lex_string(self) -> str:
        line = self.line
        col = self.pos - self.line_start + 1
        self.advance()
        parts: list[str] = []
        while True:
            if self.pos >= len(self.source):
                raise ParseError(self.filename, line, col,
                                 "unterminated string: expected \"'\", found end of input")
            c = self.advance()
            if c == "'":
                if self.peek_char(0) == "'":
                    self.advance()
                    parts.append("'")
                    continue
                return "".join(parts)
            if c == "\\":
                if self.pos >= len(self.source):
                    continue
                e = self.advance()
                if e == "t":
                    parts.append("\t")
                elif e == "b":
                    parts.append("\b")
                elif e == "n":
                    parts.append("\n")
                elif e == "r":
                    parts.append("\r")
                elif e == "f":
                    parts.append("\f")
                elif e == "0":
                    parts.append("\0")
                elif e == "'":
                    parts.append("'")
                elif e == "\\":
                    parts.append("\\")
                else:
                    parts.append("\\" + e)
            else:
                parts.append(c)

    def lex_pound(self, line: int, col: int) -> Token:
        self.advance()
        c = self.peek_char(0)
        if c == "(":
            return Token(T_POUND, "#", line, col)
        if c == "'":
            return Token(T_SYMBOL, self.lex_string(), line, col)
        if is_ident_start(c):
            start = self.pos
            while True:
                while self.pos < len(self.source) and is_ident_char(self.source[self.pos]):
                    self.pos += 1
                if self.peek_char(0) == ":":
                    self.pos += 1
                    if is_ident_start(self.peek_char(0)):
                        continue
                break
            return Token(T_SYMBOL, self.source[start:self.pos], line, col)
        if c != "" and c in OPERATOR_CHARS:
            start = self.pos
            while self.pos < len(self.source) and self.source[self.pos] in OPERATOR_CHARS:
                self.pos += 1
            return Token(T_SYMBOL, self.source[start:self.pos], line, col)
        raise self.error("expected a symbol after '#', found '" + c + "'")
