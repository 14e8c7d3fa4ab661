"""Call arguments, parameter lists (def and lambda) and lambdas."""
from interpreters.python.tokenizer import Token, T_NAME, T_OP
from interpreters.python.parser.core import KEYWORDS
from interpreters.python.parser.expressions import ExpressionParser
from interpreters.python import pyast as A


class ArgumentParser(ExpressionParser):

    def call(self, func: A.Expr, start: Token) -> A.Expr:
        lparen_index = self.pos
        lparen = self.expect_op("(")
        self.nesting += 1
        args: list[A.Expr] = []
        keywords: list[A.Keyword] = []
        seen_kwunpack = False
        seen_keyword = False
        bare_genexp: A.Expr | None = None
        while not self.at_op(")"):
            t = self.tok()
            if self.at_op("*"):
                if seen_kwunpack:
                    raise self.error_at("iterable argument unpacking follows "
                                        "keyword argument unpacking", t)
                self.advance()
                value = self.expression()
                s = A.Starred(value, A.LOAD)
                self.finish(s, t)
                args.append(s)
            elif self.at_op("**"):
                self.advance()
                value = self.expression()
                k = A.Keyword(None, value)
                self.finish(k, t)
                keywords.append(k)
                seen_kwunpack = True
            elif t.kind == T_NAME and self.ahead(1).kind == T_OP and \
                    self.ahead(1).value == "=":
                if t.value == "__debug__":
                    close = self.matching_paren(lparen_index)
                    raise self.error_range("cannot assign to __debug__", start.lineno,
                                           start.col, close.end_lineno, close.end_col)
                if t.value in ("True", "False", "None"):
                    eq = self.ahead(1)
                    raise self.error_range("cannot assign to " + t.value, t.lineno,
                                           t.col, eq.end_lineno, eq.end_col)
                if t.value in KEYWORDS:
                    raise self.syntax_error_here()
                self.advance()
                self.advance()
                value = self.expression()
                k = A.Keyword(t.value, value)
                self.finish(k, t)
                keywords.append(k)
                seen_keyword = True
            else:
                saved_flag = self.in_call_args
                self.in_call_args = True
                e = self.named_expression()
                self.in_call_args = saved_flag
                if self.at_kw("for") or self.at_kw("async"):
                    e = self.comprehension_tail(e, "(", t)
                    bare_genexp = e
                    if len(args) + len(keywords) > 0 or not self.at_op(")"):
                        if self.at_op(","):
                            self.advance()
                            if self.at_op(")"):
                                self.pos -= 1
                        if len(args) + len(keywords) > 0 or not self.at_op(")"):
                            raise self.error_range(
                                "Generator expression must be parenthesized",
                                e.lineno, e.col_offset, e.end_lineno,
                                e.end_col_offset)
                elif self.at_op("="):
                    raise self.error_range(
                        'expression cannot contain assignment, perhaps you '
                        'meant "=="?', e.lineno, e.col_offset,
                        self.tok().end_lineno, self.tok().end_col)
                # CPython points at the token after the argument
                if seen_kwunpack:
                    raise self.error_at("positional argument follows keyword "
                                        "argument unpacking", self.tok())
                if seen_keyword:
                    raise self.error_at("positional argument follows keyword "
                                        "argument", self.tok())
                args.append(e)
            if not self.accept_op(","):
                break
        self.nesting -= 1
        if not self.at_op(")"):
            raise self.syntax_error_here()
        self.advance()
        c = A.Call(func, args, keywords)
        self.finish(c, start)
        self.bare_genexp_call = bare_genexp is not None
        if bare_genexp is not None:
            # a lone generator argument takes the call's parentheses
            g = bare_genexp
            p = self.prev()
            g.col_offset = lparen.col
            g.lineno = lparen.lineno
            g.end_lineno = p.end_lineno
            g.end_col_offset = p.end_col
        return c

    def lambdef(self) -> A.Expr:
        start = self.expect_kw("lambda")
        args = self.parameters(":", False)
        self.expect_op(":")
        body = self.expression()
        e = A.Lambda(args, body)
        self.finish(e, start)
        return e

    def parameter(self, annotated: bool) -> A.Arg:
        return self.parameter_star(annotated, False)

    def parameter_star(self, annotated: bool, star_ok: bool) -> A.Arg:
        """A parameter; `*args: *Ts` (PEP 646) when star_ok."""
        t = self.tok()
        name = self.expect_name()
        ann: A.Expr | None = None
        if annotated and self.accept_op(":"):
            if star_ok and self.at_op("*"):
                ann = self.star_expression()
            else:
                ann = self.expression()
        a = A.Arg(name, ann)
        self.finish(a, t)
        return a

    def parameters(self, closing: str, annotated: bool) -> A.Arguments:
        """Parameters up to `closing` (")" for def, ":" for lambda)."""
        posonly: list[A.Arg] = []
        args: list[A.Arg] = []
        defaults: list[A.Expr] = []
        kwonly: list[A.Arg] = []
        kw_defaults: list[A.Expr | None] = []
        vararg: A.Arg | None = None
        kwarg: A.Arg | None = None
        seen_star = False
        while not self.at_op(closing):
            t = self.tok()
            if kwarg is not None:
                raise self.error_at("arguments cannot follow var-keyword argument", t)
            if self.at_op("/"):
                if seen_star or len(posonly) > 0:
                    raise self.error_at("/ may appear only once" if len(posonly) > 0
                                        else "/ must be ahead of *", t)
                if len(args) == 0:
                    raise self.error_at("at least one argument must precede /", t)
                self.advance()
                posonly = args
                args = []
                if self.at_op("*"):
                    raise self.error_at("expected comma between / and *", self.tok())
            elif self.at_op("*"):
                if seen_star:
                    raise self.error_at("* argument may appear only once", t)
                self.advance()
                seen_star = True
                if self.at_op(",") or self.at_op(closing):
                    nxt = self.ahead(1)
                    if self.at_op(closing) or (nxt.kind == T_OP and nxt.value == "**"):
                        # (CPython points at the `*` of a def, after it in a lambda)
                        where = t if closing == ")" else self.tok()
                        raise self.error_at("named arguments must follow bare *", where)
                else:
                    vararg = self.parameter_star(annotated, True)
                    self.no_default(vararg, "var-positional")
            elif self.at_op("**"):
                self.advance()
                kwarg = self.parameter(annotated)
                self.no_default(kwarg, "var-keyword")
            else:
                if self.at_op("("):
                    what = "Function" if annotated else "Lambda expression"
                    close = self.matching_paren(self.pos)
                    raise self.error_range("%s parameters cannot be parenthesized"
                                           % what, t.lineno, t.col,
                                           close.end_lineno, close.end_col)
                a = self.parameter(annotated)
                default: A.Expr | None = None
                if self.at_op("="):
                    eq = self.advance()
                    if self.at_op(closing) or self.at_op(","):
                        raise self.error_at("expected default value expression", eq)
                    default = self.expression()
                if seen_star:
                    kwonly.append(a)
                    kw_defaults.append(default)
                else:
                    args.append(a)
                    if default is not None:
                        defaults.append(default)
                    elif len(defaults) > 0:
                        raise self.error_node("non-default argument follows "
                                              "default argument", a)
            if not self.accept_op(","):
                break
        if not self.at_op(closing):
            raise self.syntax_error_here()
        return A.Arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg,
                           defaults)

    def matching_paren(self, i: int) -> Token:
        """The token closing the bracket at token index i."""
        depth = 0
        while i < len(self.tokens):
            t = self.tokens[i]
            if t.kind == T_OP and (t.value == "(" or t.value == "[" or t.value == "{"):
                depth += 1
            elif t.kind == T_OP and (t.value == ")" or t.value == "]" or t.value == "}"):
                depth -= 1
                if depth == 0:
                    return t
            i += 1
        return self.tokens[len(self.tokens) - 1]

    def no_default(self, a: A.Arg, what: str) -> None:
        if self.at_op("="):
            raise self.error_at("%s argument cannot have default value" % what,
                                self.tok())
