"""The parser's token cursor, error reporting and position helpers.

The parser is recursive descent over the token list, split by topic into
a chain of classes (single inheritance): ParserBase -> StringParser
(literals, f-strings) -> ExpressionParser -> ArgumentParser (calls,
parameters, lambda) -> TargetParser -> PatternParser -> StatementParser.
"""
from interpreters.python.syntaxerror import (
    PySyntaxError, PyIndentationError)
from interpreters.python.tokenizer import (
    Token, SourceLines, T_NAME, T_NUMBER, T_STRING, T_OP, T_NEWLINE,
    T_INDENT, T_DEDENT, T_ENDMARKER, T_ERROR)
from interpreters.python import pyast as A

KEYWORDS: dict[str, bool] = {}
for _kw in ["False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else",
            "except", "finally", "for", "from", "global", "if", "import",
            "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield"]:
    KEYWORDS[_kw] = True


class ParserBase:
    tokens: list[Token]
    pos: int
    lines: SourceLines
    filename: str
    # nesting of function bodies etc. is checked later; here only syntax
    in_fstring: int
    error_at_eof: bool      # the last error was at the end of the input

    def __init__(self, tokens: list[Token], lines: SourceLines) -> None:
        self.tokens = tokens
        self.pos = 0
        self.lines = lines
        self.filename = lines.filename
        self.in_fstring = 0
        self.error_at_eof = False

    # --- cursor ------------------------------------------------------------
    def tok(self) -> Token:
        return self.tokens[self.pos]

    def ahead(self, k: int) -> Token:
        i = self.pos + k
        if i >= len(self.tokens):
            return self.tokens[-1]
        return self.tokens[i]

    def prev(self) -> Token:
        """The last consumed token that is not NEWLINE/INDENT/DEDENT."""
        i = self.pos - 1
        while i > 0 and self.tokens[i].kind in (T_NEWLINE, T_INDENT, T_DEDENT):
            i -= 1
        if i < 0:
            return self.tokens[0]
        return self.tokens[i]

    def advance(self) -> Token:
        t = self.tokens[self.pos]
        if t.kind != T_ENDMARKER:
            self.step()
        return t

    def step(self) -> None:
        """Move to the next token."""
        self.pos += 1

    def at_op(self, op: str) -> bool:
        t = self.tokens[self.pos]
        return t.kind == T_OP and t.value == op

    def at_kw(self, kw: str) -> bool:
        t = self.tokens[self.pos]
        return t.kind == T_NAME and t.value == kw

    def at_kind(self, kind: int) -> bool:
        return self.tokens[self.pos].kind == kind

    def accept_op(self, op: str) -> bool:
        if self.at_op(op):
            self.step()
            return True
        return False

    def accept_kw(self, kw: str) -> bool:
        if self.at_kw(kw):
            self.step()
            return True
        return False

    def expect_op(self, op: str) -> Token:
        if self.at_op(op):
            return self.advance()
        if op == ":" or op == "(" or op == ")" or op == "]" or op == "}" or \
                op == "=" or op == "->":
            pass
        raise self.syntax_error_here()

    def expect_colon(self) -> Token:
        """':' ending a compound statement's header."""
        if self.at_op(":"):
            return self.advance()
        if self.at_kind(T_NEWLINE):
            raise self.error_after_prev("expected ':'")
        raise self.syntax_error_here()

    def expect_colon_forced(self) -> Token:
        """A ':' that CPython's grammar forces (def, try, finally, else):
        anything else there is "expected ':'"."""
        if self.at_op(":"):
            return self.advance()
        if self.at_kind(T_NEWLINE):
            raise self.error_after_prev("expected ':'")
        t = self.tok()
        if t.kind == T_ERROR or t.kind == T_ENDMARKER:
            raise self.syntax_error_here()
        raise self.error_at("expected ':'", t)

    def expect_kw(self, kw: str) -> Token:
        if self.at_kw(kw):
            return self.advance()
        raise self.syntax_error_here()

    def at_name(self) -> bool:
        t = self.tokens[self.pos]
        return t.kind == T_NAME and t.value not in KEYWORDS

    def expect_name(self) -> str:
        t = self.tokens[self.pos]
        if t.kind == T_NAME and t.value not in KEYWORDS:
            self.step()
            return t.value
        raise self.syntax_error_here()

    # --- errors ------------------------------------------------------------
    def error_at(self, msg: str, t: Token) -> PySyntaxError:
        end_col = t.end_col if t.end_lineno == t.lineno else t.col + 1
        if end_col <= t.col:
            end_col = t.col + 1
        return self.lines.error(msg, t.lineno, t.col, t.lineno, end_col)

    def error_range(self, msg: str, lineno: int, col: int, end_lineno: int,
                    end_col: int) -> PySyntaxError:
        return self.lines.error(msg, lineno, col, end_lineno, end_col)

    def error_node(self, msg: str, node: A.Node) -> PySyntaxError:
        return self.lines.error(msg, node.lineno, node.col_offset,
                                node.end_lineno, node.end_col_offset)

    def error_after_prev(self, msg: str) -> PySyntaxError:
        """An error placed just after the previous token (e.g. expected ':')."""
        p = self.prev()
        return self.lines.error(msg, p.end_lineno, p.end_col, p.end_lineno,
                                p.end_col + 1)

    def syntax_error_here(self) -> PySyntaxError:
        """'invalid syntax' (or a more precise message) at the current token."""
        t = self.tok()
        pending = self.lines.pending
        if t.kind == T_ERROR and pending is not None:
            return pending
        if t.kind == T_INDENT:
            return PyIndentationError("unexpected indent", self.filename,
                                      t.lineno, t.end_col, t.lineno, -1,
                                      self.lines.line_text(t.lineno))
        if t.kind == T_DEDENT:
            return PyIndentationError("unexpected unindent", self.filename,
                                      t.lineno, t.col + 1, t.lineno,
                                      t.col + 1, self.lines.line_text(t.lineno))
        if t.kind == T_ENDMARKER:
            # CPython: a generic error at the end marker, on the last line
            self.error_at_eof = True
            p = self.prev()
            return PySyntaxError("invalid syntax", self.filename, p.end_lineno,
                                 0, p.end_lineno, -1,
                                 self.lines.line_text(p.end_lineno))
        if t.kind == T_NAME and t.value == "print" and \
                self.ahead(1).kind in (T_NAME, T_NUMBER, T_STRING):
            pass
        return self.error_at("invalid syntax", t)

    # --- positions ---------------------------------------------------------
    def finish(self, node: A.Node, start: Token) -> None:
        """Give `node` the span from `start` to the previous token's end."""
        p = self.prev()
        node.set_pos(start.lineno, start.col, p.end_lineno, p.end_col)

    def span(self, node: A.Node, first: A.Node, last: A.Node) -> None:
        node.set_pos(first.lineno, first.col_offset, last.end_lineno,
                     last.end_col_offset)

    def span_from(self, node: A.Node, first: A.Node) -> None:
        p = self.prev()
        node.set_pos(first.lineno, first.col_offset, p.end_lineno, p.end_col)

    # --- hooks overridden further down the chain -----------------------------
    def parse_fstring_expression(self) -> A.Expr:
        raise NotImplementedError
