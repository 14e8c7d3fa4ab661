"""Recursive-descent parser for SOM class files and workspace scripts."""
from interpreters.smalltalk import ast
from interpreters.smalltalk.lexer import (
    Lexer, Token, ParseError, KIND_NAMES,
    T_EOF, T_IDENT, T_KEYWORD, T_OPERATOR, T_INTEGER, T_DOUBLE,
    T_STRING, T_SYMBOL, T_CHAR, T_ASSIGN, T_COLON, T_POUND, T_EXIT, T_PERIOD,
    T_LPAREN, T_RPAREN, T_LBRACKET, T_RBRACKET, T_BAR, T_SEPARATOR,
    T_SEMICOLON, T_LBRACE, T_RBRACE,
)
from jitgen.hints import MAXINT


def parse_int_text(text: str) -> tuple[bool, int]:
    """(fits, value) of a decimal or radix literal; value is 0 if it does not fit 64 bits."""
    digits = text
    base = 10
    if "r" in text:
        i = text.index("r")
        base = int(text[:i])
        digits = text[i + 1:]
    neg = digits.startswith("-")
    if neg:
        digits = digits[1:]
    # 19 decimal digits always fit; longer ones are checked digit by digit
    value = 0
    for ch in digits:
        d = digit_value(ch)
        if d < 0 or d >= base:
            raise ValueError("bad digit")
        try:
            value = value * base + d
            if value > MAXINT:
                if neg and value == MAXINT + 1:
                    continue
                return (False, 0)
        except OverflowError:
            return (False, 0)
    if neg:
        return (True, -value)
    return (True, value)


def digit_value(ch: str) -> int:
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if "a" <= ch <= "z":
        return ord(ch) - ord("a") + 10
    return -1


class Parser:
    tokens: list[Token]
    index: int
    filename: str

    def __init__(self, source: str, filename: str) -> None:
        self.filename = filename
        self.tokens = Lexer(source, filename).tokenize()
        self.index = 0

    # -- token helpers -------------------------------------------------
    def tok(self) -> Token:
        return self.tokens[self.index]

    def peek(self, offset: int) -> Token:
        i = self.index + offset
        if i < len(self.tokens):
            return self.tokens[i]
        return self.tokens[len(self.tokens) - 1]

    def at(self, kind: int) -> bool:
        return self.tokens[self.index].kind == kind

    def next(self) -> Token:
        t = self.tokens[self.index]
        if t.kind != T_EOF:
            self.index += 1
        return t

    def error_at(self, t: Token, expected: str) -> ParseError:
        return ParseError(self.filename, t.line, t.col,
                          "expected " + expected + ", found " + t.describe())

    def expect(self, kind: int, expected: str) -> Token:
        t = self.tok()
        if t.kind != kind:
            raise self.error_at(t, expected)
        return self.next()

    def at_operator(self, text: str) -> bool:
        t = self.tok()
        return (t.kind == T_OPERATOR or t.kind == T_BAR) and t.text == text

    # -- class files ---------------------------------------------------
    def parse_class(self) -> ast.ClassDef:
        name_tok = self.expect(T_IDENT, "a class name")
        cdef = ast.ClassDef(name_tok.line, name_tok.col, name_tok.text, self.filename)
        if not self.at_operator("="):
            raise self.error_at(self.tok(), "'=' after the class name")
        self.next()
        if self.at(T_IDENT):
            cdef.superclass = self.next().text
            cdef.has_superclass = True
        self.expect(T_LPAREN, "'(' to start the class body")
        cdef.instance_fields = self.parse_fields()
        while not self.at(T_SEPARATOR) and not self.at(T_RPAREN):
            cdef.instance_methods.append(self.parse_method())
        if self.at(T_SEPARATOR):
            self.next()
            cdef.class_fields = self.parse_fields()
            while not self.at(T_RPAREN):
                cdef.class_methods.append(self.parse_method())
        self.expect(T_RPAREN, "')' to end the class body")
        self.expect(T_EOF, "end of file after the class")
        return cdef

    def parse_fields(self) -> list[str]:
        names: list[str] = []
        if self.at(T_BAR):
            self.next()
            while self.at(T_IDENT):
                names.append(self.next().text)
            self.expect(T_BAR, "'|' to end the field list")
        return names

    def parse_method(self) -> ast.MethodDef:
        t = self.tok()
        params: list[str] = []
        if t.kind == T_IDENT:
            selector = self.next().text
        elif t.kind == T_OPERATOR or t.kind == T_BAR:
            selector = self.next().text
            params.append(self.expect(T_IDENT, "an argument name after the binary selector").text)
        elif t.kind == T_KEYWORD:
            parts: list[str] = []
            while self.at(T_KEYWORD):
                parts.append(self.next().text)
                params.append(self.expect(T_IDENT, "an argument name after the keyword").text)
            selector = "".join(parts)
        else:
            raise self.error_at(t, "a method pattern (unary, binary or keyword selector) or ')'")
        if not self.at_operator("="):
            raise self.error_at(self.tok(), "'=' after the method pattern")
        self.next()
        if self.at(T_IDENT) and self.tok().text == "primitive":
            self.next()
            return ast.MethodDef(t.line, t.col, selector, params,
                                 ast.Body(t.line, t.col, [], []), True)
        self.expect(T_LPAREN, "'(' or 'primitive' after '='")
        body = self.parse_body(T_RPAREN)
        self.expect(T_RPAREN, "')' to end the method " + selector)
        return ast.MethodDef(t.line, t.col, selector, params, body, False)

    # -- scripts -------------------------------------------------------
    def parse_script(self) -> ast.Body:
        body = self.parse_body(T_EOF)
        self.expect(T_EOF, "end of input")
        return body

    # -- bodies and statements -----------------------------------------
    def parse_body(self, end: int) -> ast.Body:
        t = self.tok()
        temps: list[str] = []
        if self.at(T_BAR):
            self.next()
            while self.at(T_IDENT):
                temps.append(self.next().text)
            self.expect(T_BAR, "'|' to end the temporaries")
        elif self.at_operator("||"):
            self.next()      # empty temporaries
        statements: list[ast.Expr] = []
        while not self.at(end):
            if self.at(T_PERIOD):
                self.next()
                continue
            if self.at(T_EXIT):
                et = self.next()
                value = self.parse_expression()
                statements.append(ast.Return(et.line, et.col, value))
                if self.at(T_PERIOD):
                    self.next()
                if not self.at(end):
                    raise self.error_at(self.tok(), KIND_NAMES[end] + " after a return statement")
                break
            statements.append(self.parse_expression())
            if self.at(T_PERIOD):
                self.next()
            elif not self.at(end):
                raise self.error_at(self.tok(), "'.' or " + KIND_NAMES[end])
        return ast.Body(t.line, t.col, temps, statements)

    def parse_expression(self) -> ast.Expr:
        t = self.tok()
        if t.kind == T_IDENT and self.peek(1).kind == T_ASSIGN:
            self.next()
            self.next()
            value = self.parse_expression()
            return ast.Assign(t.line, t.col, t.text, value)
        return self.parse_cascade()

    def parse_cascade(self) -> ast.Expr:
        t = self.tok()
        is_super = t.kind == T_IDENT and t.text == "super"
        primary = self.parse_primary()
        expr = self.parse_messages(primary, is_super)
        if not self.at(T_SEMICOLON):
            return expr
        if not isinstance(expr, ast.Send):
            raise self.error_at(self.tok(), "a message before ';'")
        parts: list[ast.CascadePart] = []
        parts.append(ast.CascadePart(expr.line, expr.col, expr.selector, expr.args))
        receiver = expr.receiver
        while self.at(T_SEMICOLON):
            self.next()
            st = self.tok()
            dummy = ast.VarRef(st.line, st.col, "nil")
            msg = self.parse_messages(dummy, False)
            if not isinstance(msg, ast.Send) or msg.receiver is not dummy:
                raise self.error_at(st, "a single message after ';'")
            parts.append(ast.CascadePart(msg.line, msg.col, msg.selector, msg.args))
        return ast.Cascade(t.line, t.col, receiver, is_super, parts)

    def parse_messages(self, receiver: ast.Expr, is_super: bool) -> ast.Expr:
        expr = receiver
        sup = is_super
        while self.at(T_IDENT):
            t = self.next()
            expr = ast.Send(t.line, t.col, expr, t.text, [], sup)
            sup = False
        while self.at(T_OPERATOR) or self.at(T_BAR):
            expr = self.parse_binary_send(expr, sup)
            sup = False
        if self.at(T_KEYWORD):
            t = self.tok()
            parts: list[str] = []
            args: list[ast.Expr] = []
            while self.at(T_KEYWORD):
                parts.append(self.next().text)
                args.append(self.parse_keyword_arg())
            expr = ast.Send(t.line, t.col, expr, "".join(parts), args, sup)
        return expr

    def parse_binary_send(self, receiver: ast.Expr, is_super: bool) -> ast.Expr:
        t = self.next()
        at = self.tok()
        arg_super = at.kind == T_IDENT and at.text == "super"
        arg = self.parse_primary()
        while self.at(T_IDENT):
            u = self.next()
            arg = ast.Send(u.line, u.col, arg, u.text, [], arg_super)
            arg_super = False
        return ast.Send(t.line, t.col, receiver, t.text, [arg], is_super)

    def parse_keyword_arg(self) -> ast.Expr:
        t = self.tok()
        sup = t.kind == T_IDENT and t.text == "super"
        expr = self.parse_primary()
        while self.at(T_IDENT):
            u = self.next()
            expr = ast.Send(u.line, u.col, expr, u.text, [], sup)
            sup = False
        while self.at(T_OPERATOR) or self.at(T_BAR):
            expr = self.parse_binary_send(expr, sup)
            sup = False
        return expr

    def parse_primary(self) -> ast.Expr:
        t = self.tok()
        k = t.kind
        if k == T_IDENT:
            self.next()
            if t.text == "nil" or t.text == "true" or t.text == "false":
                return ast.Literal(t.line, t.col, t.text)
            return ast.VarRef(t.line, t.col, t.text)
        if k == T_LPAREN:
            self.next()
            e = self.parse_expression()
            self.expect(T_RPAREN, "')'")
            return e
        if k == T_LBRACKET:
            return self.parse_block()
        if k == T_LBRACE:
            self.next()
            elems: list[ast.Expr] = []
            while not self.at(T_RBRACE):
                elems.append(self.parse_expression())
                if self.at(T_PERIOD):
                    self.next()
                elif not self.at(T_RBRACE):
                    raise self.error_at(self.tok(), "'.' or '}'")
            self.next()
            return ast.BraceArray(t.line, t.col, elems)
        if k == T_OPERATOR and t.text == "-" and (self.peek(1).kind == T_INTEGER or
                                                  self.peek(1).kind == T_DOUBLE):
            return self.parse_literal()
        if k in (T_INTEGER, T_DOUBLE, T_STRING, T_SYMBOL, T_CHAR, T_POUND):
            return self.parse_literal()
        raise self.error_at(t, "an expression (a variable, literal, block or '(')")

    def parse_block(self) -> ast.Block:
        t = self.expect(T_LBRACKET, "'['")
        params: list[str] = []
        while self.at(T_COLON):
            self.next()
            params.append(self.expect(T_IDENT, "a block parameter name after ':'").text)
        if params:
            if self.at_operator("||"):
                # [:x || t | ...]: end of parameters and start of temporaries
                self.tokens[self.index] = Token(T_BAR, "|", self.tok().line, self.tok().col + 1)
            elif not self.at(T_RBRACKET):
                self.expect(T_BAR, "'|' after the block parameters")
        body = self.parse_body(T_RBRACKET)
        self.expect(T_RBRACKET, "']' to end the block")
        return ast.Block(t.line, t.col, params, body)

    # -- literals ------------------------------------------------------
    def parse_literal(self) -> ast.Literal:
        t = self.tok()
        neg = False
        if t.kind == T_OPERATOR and t.text == "-":
            self.next()
            neg = True
            t = self.tok()
        k = t.kind
        if k == T_INTEGER:
            self.next()
            return self.make_int(t, neg)
        if k == T_DOUBLE:
            self.next()
            lit = ast.Literal(t.line, t.col, "double")
            lit.dval = float(t.text)
            if neg:
                lit.dval = -lit.dval
            return lit
        if neg:
            raise self.error_at(t, "a number after '-'")
        if k == T_STRING:
            self.next()
            lit = ast.Literal(t.line, t.col, "string")
            lit.text = t.text
            return lit
        if k == T_SYMBOL:
            self.next()
            lit = ast.Literal(t.line, t.col, "symbol")
            lit.text = t.text
            return lit
        if k == T_CHAR:
            self.next()
            lit = ast.Literal(t.line, t.col, "char")
            lit.text = t.text
            return lit
        if k == T_POUND:
            self.next()
            return self.parse_literal_array(t)
        raise self.error_at(t, "a literal")

    def make_int(self, t: Token, neg: bool) -> ast.Literal:
        text = t.text
        if neg:
            if "r" in text:
                i = text.index("r")
                text = text[:i + 1] + "-" + text[i + 1:]
            else:
                text = "-" + text
        try:
            fits, value = parse_int_text(text)
        except ValueError:
            raise ParseError(self.filename, t.line, t.col,
                             "malformed number literal '" + t.text + "'")
        if fits:
            lit = ast.Literal(t.line, t.col, "int")
            lit.ival = value
            return lit
        lit = ast.Literal(t.line, t.col, "bigint")
        lit.text = text
        return lit

    def parse_literal_array(self, start: Token) -> ast.Literal:
        self.expect(T_LPAREN, "'(' after '#'")
        lit = ast.Literal(start.line, start.col, "array")
        while not self.at(T_RPAREN):
            t = self.tok()
            if t.kind == T_EOF:
                raise self.error_at(t, "')' to end the literal array")
            if t.kind == T_LPAREN:
                lit.items.append(self.parse_literal_array(t))
            elif t.kind == T_POUND:
                self.next()
                lit.items.append(self.parse_literal_array(t))
            elif t.kind == T_IDENT:
                self.next()
                if t.text == "nil" or t.text == "true" or t.text == "false":
                    lit.items.append(ast.Literal(t.line, t.col, t.text))
                else:
                    sym = ast.Literal(t.line, t.col, "symbol")
                    sym.text = t.text
                    lit.items.append(sym)
            elif t.kind == T_KEYWORD:
                # bare keywords in a literal array form one symbol: #(at:put:)
                self.next()
                text = t.text
                while self.at(T_KEYWORD) and self.tok().line == t.line and \
                        self.tok().col == t.col + len(text):
                    text = text + self.next().text
                sym = ast.Literal(t.line, t.col, "symbol")
                sym.text = text
                lit.items.append(sym)
            elif (t.kind == T_OPERATOR or t.kind == T_BAR) and not (
                    t.text == "-" and (self.peek(1).kind == T_INTEGER or self.peek(1).kind == T_DOUBLE)):
                self.next()
                sym = ast.Literal(t.line, t.col, "symbol")
                sym.text = t.text
                lit.items.append(sym)
            else:
                lit.items.append(self.parse_literal())
        self.next()
        return lit


def parse_class_source(source: str, filename: str) -> ast.ClassDef:
    return Parser(source, filename).parse_class()


def parse_script_source(source: str, filename: str) -> ast.Body:
    return Parser(source, filename).parse_script()
