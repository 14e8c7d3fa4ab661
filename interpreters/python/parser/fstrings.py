"""String literals: implicit concatenation, bytes, and f-strings.

As in CPython 3.11, an f-string is one STRING token; its replacement
fields are found here and each expression is tokenized and parsed on its
own (positions are mapped back into the real source).
"""
from interpreters.python.bytecode import ConstStr, ConstBytes
from interpreters.python.syntaxerror import PySyntaxError
from interpreters.python.tokenizer import Token, Tokenizer, T_STRING
from interpreters.python.parser.core import ParserBase
from interpreters.python.parser.literals import (
    StringPieces, LiteralError, decode_escapes)
from interpreters.python import pyast as A


class FStringState:
    """Literal text and parts collected while reading one string group."""
    parts: list[A.Expr]
    literal: list[str]
    first: Token
    last: Token

    def __init__(self, first: Token) -> None:
        self.parts = []
        self.literal = []
        self.first = first
        self.last = first


class StringParser(ParserBase):

    def parse_strings(self) -> A.Expr:
        """One or more adjacent STRING tokens -> Constant or JoinedStr."""
        first = self.tok()
        st = FStringState(first)
        any_f = False
        any_bytes = False
        any_str = False
        kind = ""
        first_piece = True
        while self.at_kind(T_STRING):
            t = self.advance()
            st.last = t
            sp = StringPieces(t.value)
            if first_piece and sp.is_u:
                kind = "u"
            first_piece = False
            if sp.is_bytes:
                any_bytes = True
            else:
                any_str = True
            if any_bytes and any_str:
                raise self.error_range("cannot mix bytes and nonbytes literals",
                                       first.lineno, first.col, t.end_lineno,
                                       t.end_col)
            if sp.is_f:
                any_f = True
                end = self.fstring_parts(t, sp, 0, False, 0, st)
                if end < len(sp.body):
                    raise self.fstring_error("f-string: single '}' is not allowed", t, sp, end)
            else:
                st.literal.append(self.decode(t, sp, sp.body, 0))
        if not any_f:
            text = "".join(st.literal)
            c: A.Expr
            if any_bytes:
                c = A.Constant(ConstBytes(text), "")
            else:
                c = A.Constant(ConstStr(text), kind)
            self.finish(c, first)
            return c
        self.flush_literal(st)
        j = A.JoinedStr(st.parts)
        self.finish(j, first)
        place_parts(st.parts, j)
        return j

    def decode(self, t: Token, sp: StringPieces, text: str, offset: int) -> str:
        if sp.is_raw:
            return text
        try:
            return decode_escapes(text, sp.is_bytes)
        except LiteralError as e:
            raise self.error_range(e.msg, t.lineno, t.col, t.end_lineno, t.end_col)

    def flush_literal(self, st: FStringState) -> None:
        if len(st.literal) > 0:
            text = "".join(st.literal)
            st.literal = []
            if text != "":
                c = A.Constant(ConstStr(text), "")
                st.parts.append(c)

    def source_pos(self, t: Token, sp: StringPieces, i: int) -> tuple[int, int]:
        """(lineno, col) of body offset i of string token t."""
        lineno = t.lineno
        col = t.col
        text = t.value
        k = 0
        stop = sp.body_start + i
        while k < stop and k < len(text):
            if text[k] == "\n":
                lineno += 1
                col = 0
            else:
                col += 1
            k += 1
        return (lineno, col)

    def fstring_error(self, msg: str, t: Token, sp: StringPieces, i: int) -> PySyntaxError:
        """CPython 3.11 reports f-string errors at the end of the string."""
        return self.error_range(msg, t.end_lineno, t.end_col, t.end_lineno,
                                t.end_col + 1)

    def fstring_parts(self, t: Token, sp: StringPieces, i: int, in_spec: bool,
                      depth: int, st: FStringState) -> int:
        """Read literal text and fields from body offset i.

        Stops at the end of the body, or (in a format spec) at the '}'
        that closes the field; returns that offset."""
        body = sp.body
        n = len(body)
        chunk_start = i
        while i < n:
            c = body[i]
            if c == "{":
                if not in_spec and i + 1 < n and body[i + 1] == "{":
                    st.literal.append(self.decode(t, sp, body[chunk_start:i + 1], chunk_start))
                    i += 2
                    chunk_start = i
                    continue
                st.literal.append(self.decode(t, sp, body[chunk_start:i], chunk_start))
                i = self.replacement_field(t, sp, i, depth, st)
                chunk_start = i
                continue
            if c == "}":
                if in_spec:
                    break
                if i + 1 < n and body[i + 1] == "}":
                    st.literal.append(self.decode(t, sp, body[chunk_start:i + 1], chunk_start))
                    i += 2
                    chunk_start = i
                    continue
                raise self.fstring_error("f-string: single '}' is not allowed", t, sp, i)
            i += 1
        st.literal.append(self.decode(t, sp, body[chunk_start:i], chunk_start))
        return i

    def expression_end(self, t: Token, sp: StringPieces, j: int) -> int:
        """Offset where the expression starting at j ends (at !, :, =, })."""
        body = sp.body
        n = len(body)
        k = j
        opened: list[str] = []      # brackets open in the expression
        quote = ""
        while k < n:
            ch = body[k]
            nest = len(opened)
            if quote != "":
                if ch == "\\":
                    raise self.fstring_error(
                        "f-string expression part cannot include a backslash", t, sp, k)
                if body.startswith(quote, k):
                    k += len(quote)
                    quote = ""
                else:
                    k += 1
                continue
            if ch == "'" or ch == '"':
                if body.startswith(ch + ch + ch, k):
                    quote = ch + ch + ch
                else:
                    quote = ch
                k += len(quote)
                continue
            if ch == "\\":
                raise self.fstring_error(
                    "f-string expression part cannot include a backslash", t, sp, k)
            if ch == "#":
                raise self.fstring_error(
                    "f-string expression part cannot include '#'", t, sp, k)
            if ch == "(" or ch == "[" or ch == "{":
                opened.append(ch)
            elif ch == ")" or ch == "]" or (ch == "}" and nest > 0):
                if nest == 0:
                    raise self.fstring_error("f-string: unmatched '%s'" % ch, t, sp, k)
                top = opened.pop()
                if (top == "(" and ch != ")") or (top == "[" and ch != "]") or \
                        (top == "{" and ch != "}"):
                    raise self.fstring_error(
                        "f-string: closing parenthesis '%s' does not match opening "
                        "parenthesis '%s'" % (ch, top), t, sp, k)
            elif ch == "}":
                return k
            elif nest == 0:
                nxt = body[k + 1] if k + 1 < n else ""
                if ch == "!" and nxt != "=":
                    return k
                if ch == ":":
                    return k
                if ch == "=" and nxt != "=":
                    prv = body[k - 1] if k > j else ""
                    if prv != "=" and prv != "!" and prv != "<" and prv != ">":
                        return k
            k += 1
        if quote != "":
            raise self.fstring_error("f-string: unterminated string", t, sp, k)
        raise self.fstring_error("f-string: expecting '}'", t, sp, k)

    def replacement_field(self, t: Token, sp: StringPieces, i: int, depth: int,
                          st: FStringState) -> int:
        """Parse `{expr[=][!c][:spec]}` at body offset i; return the offset after it."""
        if depth >= 2:
            raise self.fstring_error("f-string: expressions nested too deeply", t, sp, i)
        body = sp.body
        n = len(body)
        j = i + 1
        k = self.expression_end(t, sp, j)
        expr_text = body[j:k]
        if expr_text.strip(" \t\n\r\x0c\x0b") == "":
            if k < n and body[k] != "}":
                raise self.fstring_error("f-string: expression required before '%s'"
                                         % body[k], t, sp, k)
            raise self.fstring_error("f-string: empty expression not allowed", t, sp, k)
        value = self.parse_fstring_source(t, sp, j, expr_text)
        conversion = -1
        debug = False
        if body[k] == "=":
            debug = True
            k += 1
            while k < n and body[k].isspace():
                k += 1
            st.literal.append(body[j:k])
        if k < n and body[k] == "!":
            if k + 1 >= n:
                raise self.fstring_error("f-string: expecting '}'", t, sp, k)
            conv = body[k + 1]
            if conv != "s" and conv != "r" and conv != "a":
                raise self.fstring_error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    t, sp, k)
            conversion = ord(conv)
            k += 2
        spec: A.Expr | None = None
        if k < n and body[k] == ":":
            sub = FStringState(t)
            k = self.fstring_parts(t, sp, k + 1, True, depth + 1, sub)
            self.flush_literal(sub)
            js = A.JoinedStr(sub.parts)
            js.set_pos(t.lineno, t.col, t.end_lineno, t.end_col)
            for part in sub.parts:
                if isinstance(part, A.Constant):
                    part.copy_pos(js)
            spec = js
        if k >= n or body[k] != "}":
            raise self.fstring_error("f-string: expecting '}'", t, sp, k)
        if debug and conversion == -1 and spec is None:
            conversion = ord("r")
        self.flush_literal(st)
        fv = A.FormattedValue(value, conversion, spec)
        fv.set_pos(st.first.lineno, st.first.col, t.end_lineno, t.end_col)
        st.parts.append(fv)
        return k + 1

    def parse_fstring_source(self, t: Token, sp: StringPieces, j: int,
                             expr_text: str) -> A.Expr:
        """Tokenize and parse one replacement-field expression."""
        pos = self.source_pos(t, sp, j)
        line0 = pos[0]
        col0 = pos[1]
        try:
            toks = Tokenizer("(" + expr_text + ")", self.filename).tokenize()
        except PySyntaxError as e:
            if not e.msg.startswith("f-string"):
                e.msg = "f-string: " + e.msg
            raise e
        for tk in toks:
            if tk.lineno == 1:
                tk.col = tk.col - 1 + col0
            if tk.end_lineno == 1:
                tk.end_col = tk.end_col - 1 + col0
            tk.lineno = tk.lineno + line0 - 1
            tk.end_lineno = tk.end_lineno + line0 - 1
        saved_tokens = self.tokens
        saved_pos = self.pos
        self.tokens = toks
        self.pos = 0
        self.in_fstring += 1
        try:
            result = self.parse_fstring_expression()
        except PySyntaxError as e:
            if not e.msg.startswith("f-string"):
                e.msg = "f-string: " + e.msg
                # as CPython 3.11: the report quotes "(expr)" itself
                if e.lineno == line0 and e.end_lineno == line0:
                    e.text = "(" + expr_text + ")"
                    e.offset = e.offset - col0 + 1
                    e.end_offset = e.end_offset - col0 + 1
            raise e
        finally:
            self.in_fstring -= 1
            self.tokens = saved_tokens
            self.pos = saved_pos
        return result


def place_parts(parts: list[A.Expr], whole: A.Expr) -> None:
    """CPython 3.11 gives literal parts and fields the whole string's span."""
    for part in parts:
        if isinstance(part, A.Constant):
            part.copy_pos(whole)
        elif isinstance(part, A.FormattedValue):
            part.copy_pos(whole)
            spec = part.format_spec
            if isinstance(spec, A.JoinedStr):
                # a spec keeps its own token's span, and so does its
                # trailing literal; the rest get the whole string's span
                n = len(spec.values)
                for i in range(n):
                    sp = spec.values[i]
                    if isinstance(sp, A.FormattedValue) or i < n - 1:
                        sp.copy_pos(whole)
