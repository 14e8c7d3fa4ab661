"""Statements, blocks and the three start symbols (file, eval, single)."""
from interpreters.python.syntaxerror import PySyntaxError, PyIndentationError
from interpreters.python.tokenizer import (
    Token, T_NAME, T_OP, T_NEWLINE, T_INDENT, T_DEDENT, T_ENDMARKER)
from interpreters.python.parser.patterns import PatternParser
from interpreters.python.parser.expressions import describe
from interpreters.python import pyast as A

AUG_OPS = {"+=": "Add", "-=": "Sub", "*=": "Mult", "/=": "Div",
           "//=": "FloorDiv", "%=": "Mod", "@=": "MatMult", "&=": "BitAnd",
           "|=": "BitOr", "^=": "BitXor", "<<=": "LShift", ">>=": "RShift",
           "**=": "Pow"}


class StatementParser(PatternParser):

    # --- start symbols -----------------------------------------------------
    def parse_module(self) -> A.Module:
        try:
            body: list[A.Stmt] = []
            while not self.at_kind(T_ENDMARKER):
                self.statement(body)
            self.check_unclosed()
            return A.Module(body)
        except PySyntaxError as e:
            raise self.unclosed_error(e)

    def parse_eval(self) -> A.Expression:
        try:
            return self.parse_eval_inner()
        except PySyntaxError as e:
            raise self.unclosed_error(e)

    def parse_interactive(self) -> A.Interactive:
        try:
            return self.parse_interactive_inner()
        except PySyntaxError as e:
            raise self.unclosed_error(e)

    def check_unclosed(self) -> None:
        b = self.lines.unclosed
        if b is not None:
            raise self.error_range("'%s' was never closed" % b.char, b.lineno,
                                   b.col, b.lineno, b.col + 1)

    def unclosed_error(self, e: PySyntaxError) -> PySyntaxError:
        """An unclosed bracket wins over an error found after its first token;
        a deferred tokenizer error wins over all but unexpected indents."""
        if e.kind == "IndentationError" and (e.msg == "unexpected indent" or
                                             e.msg == "unexpected unindent"):
            return e
        pending = self.lines.pending
        if pending is not None:
            return pending
        b = self.lines.unclosed
        if b is None or b.token_index + 1 >= len(self.tokens):
            return e
        nxt = self.tokens[b.token_index + 1]
        at_bracket = e.lineno == b.lineno and e.offset - 1 == b.col
        # (measured on thousands of damaged sources, this matches CPython's
        # choice better than "the parser looked as far as the end")
        if at_bracket or nxt.kind == T_NEWLINE or nxt.kind == T_ENDMARKER or \
                e.end_lineno > nxt.end_lineno or \
                (e.end_lineno == nxt.end_lineno and e.end_offset - 1 > nxt.end_col) or \
                e.end_offset <= 0:
            return self.error_range("'%s' was never closed" % b.char, b.lineno,
                                    b.col, b.lineno, b.col + 1)
        return e

    def parse_eval_inner(self) -> A.Expression:
        while self.at_kind(T_NEWLINE):
            self.advance()
        e = self.star_expressions()
        while self.at_kind(T_NEWLINE):
            self.advance()
        if not self.at_kind(T_ENDMARKER):
            raise self.syntax_error_here()
        self.check_unclosed()
        return A.Expression(e)

    def parse_interactive_inner(self) -> A.Interactive:
        body: list[A.Stmt] = []
        while self.at_kind(T_NEWLINE):
            self.advance()
        if not self.at_kind(T_ENDMARKER):
            self.statement(body)
        while self.at_kind(T_NEWLINE):
            self.advance()
        if not self.at_kind(T_ENDMARKER):
            t = self.tok()
            raise self.error_at("multiple statements found while compiling a "
                                "single statement", t)
        self.check_unclosed()
        return A.Interactive(body)

    # --- statements ----------------------------------------------------------
    def statement(self, out: list[A.Stmt]) -> None:
        """One statement (a simple-statement line may hold several)."""
        t = self.tok()
        if t.kind == T_INDENT or t.kind == T_DEDENT:
            raise self.syntax_error_here()
        if t.kind == T_NAME:
            v = t.value
            if v == "if":
                out.append(self.if_stmt())
                return
            if v == "while":
                out.append(self.while_stmt())
                return
            if v == "for":
                out.append(self.for_stmt(t, False))
                return
            if v == "try":
                out.append(self.try_stmt())
                return
            if v == "with":
                out.append(self.with_stmt(t, False))
                return
            if v == "def":
                out.append(self.funcdef(t, [], False))
                return
            if v == "class":
                out.append(self.classdef(t, []))
                return
            if v == "async":
                self.advance()
                if self.at_kw("def"):
                    out.append(self.funcdef(t, [], True))
                    return
                if self.at_kw("for"):
                    out.append(self.for_stmt(t, True))
                    return
                if self.at_kw("with"):
                    out.append(self.with_stmt(t, True))
                    return
                raise self.syntax_error_here()
            if v == "match":
                m = self.try_match_stmt()
                if m is not None:
                    out.append(m)
                    return
        if t.kind == T_OP and t.value == "@":
            out.append(self.decorated())
            return
        self.simple_stmts(out)

    def simple_stmts(self, out: list[A.Stmt]) -> None:
        while True:
            out.append(self.simple_stmt())
            if self.accept_op(";"):
                if self.at_kind(T_NEWLINE):
                    break
                continue
            break
        if not self.at_kind(T_NEWLINE):
            raise self.syntax_error_here()
        self.advance()

    def simple_stmt(self) -> A.Stmt:
        t = self.tok()
        if t.kind == T_NAME:
            v = t.value
            if v == "pass":
                self.advance()
                p = A.Pass()
                self.finish(p, t)
                return p
            if v == "break":
                self.advance()
                b = A.Break()
                self.finish(b, t)
                return b
            if v == "continue":
                self.advance()
                c = A.Continue()
                self.finish(c, t)
                return c
            if v == "return":
                self.advance()
                rv: A.Expr | None = None
                if self.starts_expression() or self.at_op("*"):
                    rv = self.star_expressions()
                r = A.Return(rv)
                self.finish(r, t)
                return r
            if v == "raise":
                return self.raise_stmt()
            if v == "global" or v == "nonlocal":
                self.advance()
                names = [self.expect_name()]
                while self.accept_op(","):
                    names.append(self.expect_name())
                g: A.Stmt
                if v == "global":
                    g = A.Global(names)
                else:
                    g = A.Nonlocal(names)
                self.finish(g, t)
                return g
            if v == "del":
                return self.del_stmt()
            if v == "assert":
                self.advance()
                test = self.expression()
                msg: A.Expr | None = None
                if self.accept_op(","):
                    msg = self.expression()
                a = A.Assert(test, msg)
                self.finish(a, t)
                return a
            if v == "import":
                return self.import_stmt()
            if v == "from":
                return self.from_import()
        return self.expression_stmt()

    def expression_stmt(self) -> A.Stmt:
        start = self.tok()
        if self.at_kw("yield"):
            e = self.yield_expr()
        else:
            e = self.star_expressions()
        t = self.tok()
        if t.kind == T_OP and t.value == ":":
            return self.ann_assign(start, e)
        if t.kind == T_OP and t.value in AUG_OPS:
            self.check_aug_target(e)
            self.advance()
            if self.at_kw("yield"):
                value = self.yield_expr()
            else:
                value = self.star_expressions()
            aug = A.AugAssign(e, AUG_OPS[t.value], value)
            self.finish(aug, start)
            return aug
        if t.kind == T_OP and t.value == "=":
            targets = [e]
            value2 = e
            while self.accept_op("="):
                if self.at_kw("yield"):
                    value2 = self.yield_expr()
                else:
                    value2 = self.star_expressions()
                targets.append(value2)
            targets.pop()
            first = len(targets) == 1 and is_bitwise_or_level(targets[0])
            for target in targets:
                if isinstance(target, A.Starred):
                    raise self.error_node("starred assignment target must be in "
                                          "a list or tuple", target)
                self.set_context(target, A.STORE, first)
                first = False
            asg = A.Assign(targets, value2)
            self.finish(asg, start)
            return asg
        if isinstance(e, A.Name) and (e.id == "print" or e.id == "exec") and \
                self.starts_expression():
            rest = self.star_expressions()
            raise self.error_range("Missing parentheses in call to '%s'. Did "
                                   "you mean %s(...)?" % (e.id, e.id),
                                   e.lineno, e.col_offset, rest.end_lineno,
                                   rest.end_col_offset)
        if isinstance(e, A.Starred):
            raise self.error_node("can't use starred expression here", e)
        s = A.ExprStmt(e)
        self.finish(s, start)
        return s

    def ann_assign(self, start: Token, target: A.Expr) -> A.Stmt:
        if isinstance(target, A.Name) and target.id == "__debug__":
            self.advance()
            ann0 = self.expression()
            raise self.error_range("cannot assign to __debug__", start.lineno,
                                   start.col, ann0.end_lineno, ann0.end_col_offset)
        if isinstance(target, A.Tuple):
            raise self.error_node("only single target (not tuple) can be annotated",
                                  target)
        if isinstance(target, A.List):
            raise self.error_node("only single target (not list) can be annotated",
                                  target)
        if not (isinstance(target, A.Name) or isinstance(target, A.Attribute)
                or isinstance(target, A.Subscript)):
            # CPython's rule wants an expression after the ':'
            colon = self.pos
            self.advance()
            if not self.starts_expression():
                raise self.syntax_error_at_index(colon)
            raise self.error_node("illegal target for annotation", target)
        self.set_context(target, A.STORE, False)
        self.expect_op(":")
        annotation = self.expression()
        value: A.Expr | None = None
        if self.accept_op("="):
            if self.at_kw("yield"):
                value = self.yield_expr()
            else:
                value = self.star_expressions()
        simple = 1
        if not isinstance(target, A.Name) or \
                (start.kind == T_OP and start.value == "("):
            simple = 0
        a = A.AnnAssign(target, annotation, value, simple)
        self.finish(a, start)
        return a

    def raise_stmt(self) -> A.Stmt:
        start = self.advance()
        exc: A.Expr | None = None
        cause: A.Expr | None = None
        if self.starts_expression():
            exc = self.expression()
            if self.accept_kw("from"):
                cause = self.expression()
        r = A.Raise(exc, cause)
        self.finish(r, start)
        return r

    def del_stmt(self) -> A.Stmt:
        start = self.advance()
        targets: list[A.Expr] = []
        while True:
            e = self.bitwise_or()
            if self.at_kw("in") or self.at_kw("is") or self.at_kw("if") or \
                    (self.tok().kind == T_OP and self.tok().value in (
                        "<", ">", "==", "!=", "<=", ">=")):
                self.pos -= 0
                whole = e
                raise self.error_node("cannot delete %s" % (
                    "comparison" if not self.at_kw("if") else
                    "conditional expression"), whole)
            self.set_context(e, A.DEL, False)
            targets.append(e)
            if not self.accept_op(","):
                break
            if self.at_kind(T_NEWLINE) or self.at_op(";"):
                break
        d = A.Delete(targets)
        self.finish(d, start)
        return d

    def dotted_name(self) -> str:
        name = self.expect_name()
        while self.at_op("."):
            self.advance()
            name = name + "." + self.expect_name()
        return name

    def import_stmt(self) -> A.Stmt:
        start = self.advance()
        names: list[A.Alias] = []
        while True:
            t = self.tok()
            name = self.dotted_name()
            asname: str | None = None
            if self.accept_kw("as"):
                asname = self.expect_name()
            a = A.Alias(name, asname)
            self.finish(a, t)
            names.append(a)
            if not self.accept_op(","):
                break
        i = A.Import(names)
        self.finish(i, start)
        return i

    def from_import(self) -> A.Stmt:
        start = self.advance()
        level = 0
        while self.at_op(".") or self.at_op("..."):
            level += len(self.advance().value)
        module: str | None = None
        if not self.at_kw("import"):
            module = self.dotted_name()
        self.expect_kw("import")
        names: list[A.Alias] = []
        if self.at_op("*"):
            t = self.advance()
            star = A.Alias("*", None)
            self.finish(star, t)
            names.append(star)
        else:
            paren = self.accept_op("(")
            while True:
                t = self.tok()
                name = self.expect_name()
                asname: str | None = None
                if self.accept_kw("as"):
                    asname = self.expect_name()
                a = A.Alias(name, asname)
                self.finish(a, t)
                names.append(a)
                if not self.accept_op(","):
                    break
                if paren and self.at_op(")"):
                    break
                if not paren and self.at_kind(T_NEWLINE):
                    raise self.error_at("trailing comma not allowed without "
                                        "surrounding parentheses", self.tok())
            if paren:
                self.expect_op(")")
        f = A.ImportFrom(module, names, level)
        self.finish(f, start)
        return f

    # --- blocks ----------------------------------------------------------------
    def block(self, what: str) -> list[A.Stmt]:
        """The body after a header's ':' — an indented block or a simple line."""
        body: list[A.Stmt] = []
        if not self.at_kind(T_NEWLINE):
            self.simple_stmts(body)
            return body
        nl = self.advance()
        if not self.at_kind(T_INDENT):
            t = self.tok()
            if t.kind == T_ENDMARKER or t.kind == T_DEDENT and \
                    self.ahead(1).kind in (T_ENDMARKER, T_DEDENT) and t.lineno > nl.lineno + 0 \
                    and self.lines.line_text(t.lineno).strip() == "":
                t = nl
            offset = t.col + 1
            if t.kind == T_DEDENT:
                offset = 0          # CPython has no column for a DEDENT
            raise PyIndentationError("expected an indented block after " + what,
                                     self.filename, t.lineno, offset,
                                     t.lineno, t.end_col + 1 if t.end_col > t.col else -1,
                                     self.lines.line_text(t.lineno))
        self.advance()
        while not self.at_kind(T_DEDENT) and not self.at_kind(T_ENDMARKER):
            self.statement(body)
        self.accept_dedent()
        return body

    def syntax_error_at_index(self, i: int) -> PySyntaxError:
        self.pos = i
        return self.syntax_error_here()

    def token_or_last_newline(self) -> Token:
        """The current token; at the end of input, the last NEWLINE instead."""
        i = self.pos
        while i < len(self.tokens) and self.tokens[i].kind in (T_DEDENT, T_ENDMARKER):
            i += 1
        if i < len(self.tokens):
            return self.tok()
        j = self.pos - 1
        while j > 0 and self.tokens[j].kind != T_NEWLINE:
            j -= 1
        return self.tokens[j]

    def accept_dedent(self) -> None:
        if self.at_kind(T_DEDENT):
            self.advance()

    def header_expression(self) -> A.Expr:
        """The condition of if/elif/while, with the `=` for `==` hint."""
        e = self.named_expression()
        if self.at_op("="):
            self.advance()
            rhs = self.expression()
            if not isinstance(e, A.Name) and is_bitwise_or_level(e):
                raise self.error_node("cannot assign to %s here. Maybe you meant "
                                      "'==' instead of '='?" % describe(e), e)
            raise self.error_range("invalid syntax. Maybe you meant '==' or ':=' "
                                   "instead of '='?", e.lineno, e.col_offset,
                                   rhs.end_lineno, rhs.end_col_offset)
        return e

    def if_stmt(self) -> A.Stmt:
        start = self.advance()
        test = self.header_expression()
        self.expect_colon()
        body = self.block("'%s' statement on line %d" % (start.value, start.lineno))
        orelse: list[A.Stmt] = []
        if self.at_kw("elif"):
            orelse.append(self.if_stmt())
        elif self.at_kw("else"):
            e = self.advance()
            self.expect_colon_forced()
            orelse = self.block("'else' statement on line %d" % e.lineno)
        node = A.If(test, body, orelse)
        self.finish(node, start)
        return node

    def while_stmt(self) -> A.Stmt:
        start = self.advance()
        test = self.header_expression()
        self.expect_colon()
        body = self.block("'while' statement on line %d" % start.lineno)
        orelse = self.else_block()
        node = A.While(test, body, orelse)
        self.finish(node, start)
        return node

    def else_block(self) -> list[A.Stmt]:
        if self.at_kw("else"):
            e = self.advance()
            self.expect_colon_forced()
            return self.block("'else' statement on line %d" % e.lineno)
        return []

    def for_stmt(self, start: Token, is_async: bool) -> A.Stmt:
        self.expect_kw("for")
        target = self.target_list("in")
        self.expect_kw("in")
        it = self.star_expressions()
        self.expect_colon()
        body = self.block("'for' statement on line %d" % start.lineno)
        orelse = self.else_block()
        node = A.For(target, it, body, orelse, is_async)
        self.finish(node, start)
        return node

    def with_item(self) -> A.WithItem:
        start = self.tok()
        e = self.expression()
        target: A.Expr | None = None
        if self.accept_kw("as"):
            target = self.target_item()
            if self.at_op(","):
                # `as (a, b)` is written with parentheses; a bare comma
                # separates items
                pass
            self.set_context(target, A.STORE, False)
        w = A.WithItem(e, target)
        self.finish(w, start)
        return w

    def with_stmt(self, start: Token, is_async: bool) -> A.Stmt:
        self.expect_kw("with")
        items: list[A.WithItem] = []
        parsed = False
        colon_missing = False
        if self.at_op("("):
            save = self.pos
            try:
                self.advance()
                self.nesting += 1
                while not self.at_op(")"):
                    items.append(self.with_item())
                    if not self.accept_op(","):
                        break
                self.nesting -= 1
                self.expect_op(")")
                if self.at_op(":") and len(items) > 0:
                    parsed = True
                elif self.at_kind(T_NEWLINE) and len(items) > 0:
                    has_as = False
                    for it in items:
                        if it.optional_vars is not None:
                            has_as = True
                    colon_missing = has_as
            except PySyntaxError:
                parsed = False
            if colon_missing:
                raise self.error_after_prev("expected ':'")
            if not parsed:
                self.pos = save
                self.nesting = 0
                items = []
        if not parsed:
            while True:
                items.append(self.with_item())
                if not self.accept_op(","):
                    break
        self.expect_colon()
        body = self.block("'with' statement on line %d" % start.lineno)
        node = A.With(items, body, is_async)
        self.finish(node, start)
        return node

    def try_stmt(self) -> A.Stmt:
        start = self.advance()
        self.expect_colon_forced()
        body = self.block("'try' statement on line %d" % start.lineno)
        handlers: list[A.ExceptHandler] = []
        is_star = False
        while self.at_kw("except"):
            h = self.advance()
            star = self.accept_op("*")
            if len(handlers) > 0 and star != is_star:
                last = self.prev()
                raise self.error_range("cannot have both 'except' and 'except*' on "
                                       "the same 'try'", h.lineno, h.col,
                                       last.end_lineno, last.end_col)
            if star:
                is_star = True
            typ: A.Expr | None = None
            name: str | None = None
            if self.at_kind(T_NEWLINE):
                raise self.error_after_prev("expected ':'")
            if not self.at_op(":"):
                typ = self.expression()
                if self.at_op(","):
                    while self.accept_op(","):
                        self.expression()
                    if self.accept_kw("as"):
                        self.expect_name()
                    last = self.prev()
                    raise self.error_range("multiple exception types must be "
                                           "parenthesized", typ.lineno,
                                           typ.col_offset, last.end_lineno,
                                           last.end_col)
                if self.accept_kw("as"):
                    name = self.expect_name()
            elif star:
                raise self.error_at("expected one or more exception types", self.tok())
            self.expect_colon()
            what = "'except*' statement" if star else "'except' statement"
            hbody = self.block("%s on line %d" % (what, h.lineno))
            eh = A.ExceptHandler(typ, name, hbody)
            self.finish(eh, h)
            handlers.append(eh)
        orelse: list[A.Stmt] = []
        if len(handlers) > 0:
            orelse = self.else_block()
        finalbody: list[A.Stmt] = []
        if self.at_kw("finally"):
            f = self.advance()
            self.expect_colon_forced()
            finalbody = self.block("'finally' statement on line %d" % f.lineno)
        if len(handlers) == 0 and len(finalbody) == 0:
            raise self.error_at("expected 'except' or 'finally' block",
                                self.token_or_last_newline())
        node = A.Try(body, handlers, orelse, finalbody, is_star)
        self.finish(node, start)
        return node

    def decorated(self) -> A.Stmt:
        decorators: list[A.Expr] = []
        while self.at_op("@"):
            self.advance()
            decorators.append(self.named_expression())
            if not self.at_kind(T_NEWLINE):
                raise self.syntax_error_here()
            self.advance()
        start = self.tok()
        if self.at_kw("def"):
            return self.funcdef(start, decorators, False)
        if self.at_kw("class"):
            return self.classdef(start, decorators)
        if self.at_kw("async"):
            self.advance()
            if self.at_kw("def"):
                return self.funcdef(start, decorators, True)
        raise self.syntax_error_here()

    def funcdef(self, start: Token, decorators: list[A.Expr], is_async: bool) -> A.Stmt:
        self.expect_kw("def")
        name = self.expect_name()
        if not self.at_op("("):
            raise self.error_at("expected '('", self.tok())
        self.advance()
        self.nesting += 1
        args = self.parameters(")", True)
        self.nesting -= 1
        self.expect_op(")")
        returns: A.Expr | None = None
        if self.accept_op("->"):
            returns = self.expression()
        self.expect_colon_forced()
        body = self.block("function definition on line %d" % start.lineno)
        f = A.FunctionDef(name, args, body, decorators, returns, is_async)
        self.finish(f, start)
        return f

    def classdef(self, start: Token, decorators: list[A.Expr]) -> A.Stmt:
        self.expect_kw("class")
        name = self.expect_name()
        bases: list[A.Expr] = []
        keywords: list[A.Keyword] = []
        if self.at_op("("):
            fake = A.Name(name, A.LOAD)
            call = self.call(fake, self.tok())
            if isinstance(call, A.Call):
                bases = call.args
                keywords = call.keywords
                if self.bare_genexp_call:
                    # `class C(x for x in y)`: CPython stops at the `for`
                    g = bases[0]
                    if isinstance(g, A.GeneratorExp):
                        gen = g.generators[0]
                        raise self.error_range("invalid syntax", gen.lineno,
                                               gen.col_offset, gen.lineno,
                                               gen.col_offset + 3)
        self.expect_colon()
        body = self.block("class definition on line %d" % start.lineno)
        c = A.ClassDef(name, bases, keywords, body, decorators)
        self.finish(c, start)
        return c

    # --- match -------------------------------------------------------------
    def try_match_stmt(self) -> A.Stmt | None:
        """`match` is a soft keyword: a match statement only if it parses."""
        start = self.tok()
        nxt = self.ahead(1)
        if nxt.kind == T_NEWLINE or nxt.kind == T_OP and nxt.value in (
                "=", ".", ":", ",", ")", "]", "}", ";") or \
                nxt.kind == T_OP and nxt.value in AUG_OPS:
            return None
        save = self.pos
        self.advance()
        try:
            subject = self.match_subject()
        except PySyntaxError:
            self.pos = save
            return None
        if not self.at_op(":"):
            if self.at_kind(T_NEWLINE) and self.ahead(1).kind == T_INDENT:
                raise self.error_after_prev("expected ':'")
            t2 = self.tok()
            if t2.kind == T_NAME and t2.value not in ("if", "else", "and", "or",
                                                       "in", "is", "not", "for"):
                raise self.syntax_error_here()
            self.pos = save
            return None
        self.advance()
        if not self.at_kind(T_NEWLINE):
            raise self.syntax_error_here()
        self.advance()
        if not self.at_kind(T_INDENT):
            t = self.tok()
            raise PyIndentationError("expected an indented block after 'match' "
                                     "statement on line %d" % start.lineno,
                                     self.filename, t.lineno, t.col + 1, t.lineno,
                                     t.end_col + 1, self.lines.line_text(t.lineno))
        self.advance()
        cases: list[A.MatchCase] = []
        while self.at_kw("case"):
            cases.append(self.case_block())
        if not self.at_kind(T_DEDENT) and not self.at_kind(T_ENDMARKER):
            raise self.syntax_error_here()
        self.accept_dedent()
        if len(cases) == 0:
            raise self.syntax_error_here()
        m = A.Match(subject, cases)
        self.finish(m, start)
        return m

    def match_subject(self) -> A.Expr:
        start = self.tok()
        first = self.star_named_expression()
        if not self.at_op(","):
            if isinstance(first, A.Starred):
                raise self.syntax_error_here()
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_op(":"):
                break
            elts.append(self.star_named_expression())
        t = A.Tuple(elts, A.LOAD)
        self.finish(t, start)
        return t

    def case_block(self) -> A.MatchCase:
        start = self.advance()
        pattern = self.patterns()
        guard: A.Expr | None = None
        if self.accept_kw("if"):
            guard = self.named_expression()
        self.expect_colon()
        body = self.block("'case' statement on line %d" % start.lineno)
        c = A.MatchCase(pattern, guard, body)
        self.finish(c, start)
        return c


def is_bitwise_or_level(e: A.Expr) -> bool:
    """CPython says "cannot assign to X here. Maybe you meant '=='..." only
    for targets at this precedence level."""
    if isinstance(e, A.Compare) or isinstance(e, A.BoolOp) or \
            isinstance(e, A.IfExp) or isinstance(e, A.Lambda) or \
            isinstance(e, A.NamedExpr) or isinstance(e, A.List) or \
            isinstance(e, A.Tuple) or isinstance(e, A.GeneratorExp) or \
            isinstance(e, A.Starred) or isinstance(e, A.Yield) or \
            isinstance(e, A.YieldFrom):
        return False
    if isinstance(e, A.UnaryOp) and e.op == "Not":
        return False
    return True


class Parser(StatementParser):
    """The complete parser."""
