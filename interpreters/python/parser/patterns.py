"""Patterns of the `match` statement (PEP 634)."""
from interpreters.python.bytecode import ConstNone, ConstBool
from interpreters.python.tokenizer import T_NAME, T_NUMBER, T_STRING, T_OP
from interpreters.python.parser.core import KEYWORDS
from interpreters.python.parser.targets import TargetParser
from interpreters.python import pyast as A


class PatternParser(TargetParser):

    def patterns(self) -> A.Pattern:
        """The pattern after `case`: an open sequence when it has commas."""
        start = self.tok()
        first = self.maybe_star_pattern()
        if not self.at_op(","):
            if isinstance(first, A.MatchStar):
                seq = A.MatchSequence([first])
                self.finish(seq, start)
                return seq
            return first
        items = [first]
        while self.accept_op(","):
            if self.at_op(":") or self.at_kw("if"):
                break
            items.append(self.maybe_star_pattern())
        seq2 = A.MatchSequence(items)
        self.finish(seq2, start)
        return seq2

    def maybe_star_pattern(self) -> A.Pattern:
        if self.at_op("*"):
            start = self.advance()
            name = self.expect_name()
            star = A.MatchStar(None if name == "_" else name)
            self.finish(star, start)
            return star
        return self.pattern()

    def pattern(self) -> A.Pattern:
        start = self.tok()
        p = self.or_pattern()
        if self.at_kw("as"):
            self.advance()
            t = self.tok()
            if not self.at_name():
                if t.kind == T_NAME:
                    raise self.syntax_error_here()
                bad = self.bitwise_or()
                raise self.error_node("invalid pattern target", bad)
            name = self.expect_name()
            if name == "_":
                raise self.error_at("cannot use '_' as a target", t)
            m = A.MatchAs(p, name)
            self.finish(m, start)
            return m
        return p

    def or_pattern(self) -> A.Pattern:
        start = self.tok()
        first = self.closed_pattern()
        if not self.at_op("|"):
            return first
        alts = [first]
        while self.accept_op("|"):
            alts.append(self.closed_pattern())
        o = A.MatchOr(alts)
        self.finish(o, start)
        return o

    def closed_pattern(self) -> A.Pattern:
        t = self.tok()
        if t.kind == T_NUMBER or t.kind == T_STRING or \
                (t.kind == T_OP and t.value == "-"):
            value = self.literal_value()
            m = A.MatchValue(value)
            self.finish(m, t)
            return m
        if t.kind == T_NAME and (t.value == "None" or t.value == "True" or
                                 t.value == "False"):
            self.advance()
            if t.value == "None":
                s = A.MatchSingleton(ConstNone())
            else:
                s = A.MatchSingleton(ConstBool(t.value == "True"))
            self.finish(s, t)
            return s
        if t.kind == T_NAME and t.value not in KEYWORDS:
            nxt = self.ahead(1)
            if nxt.kind == T_OP and (nxt.value == "." or nxt.value == "("):
                return self.value_or_class_pattern()
            self.advance()
            if t.value == "_":
                w = A.MatchAs(None, None)
                self.finish(w, t)
                return w
            c = A.MatchAs(None, t.value)
            self.finish(c, t)
            return c
        if t.kind == T_OP and t.value == "(":
            self.advance()
            if self.accept_op(")"):
                e = A.MatchSequence([])
                self.finish(e, t)
                return e
            first = self.maybe_star_pattern()
            if self.at_op(","):
                items = [first]
                while self.accept_op(","):
                    if self.at_op(")"):
                        break
                    items.append(self.maybe_star_pattern())
                self.expect_op(")")
                seq = A.MatchSequence(items)
                self.finish(seq, t)
                return seq
            self.expect_op(")")
            if isinstance(first, A.MatchStar):
                one = A.MatchSequence([first])
                self.finish(one, t)
                return one
            return first
        if t.kind == T_OP and t.value == "[":
            self.advance()
            items2: list[A.Pattern] = []
            while not self.at_op("]"):
                items2.append(self.maybe_star_pattern())
                if not self.accept_op(","):
                    break
            self.expect_op("]")
            seq3 = A.MatchSequence(items2)
            self.finish(seq3, t)
            return seq3
        if t.kind == T_OP and t.value == "{":
            return self.mapping_pattern()
        raise self.syntax_error_here()

    def literal_value(self) -> A.Expr:
        """A signed number, a complex `a+bj`, or strings."""
        t = self.tok()
        if t.kind == T_STRING:
            e = self.parse_strings()
            if isinstance(e, A.JoinedStr):
                raise self.error_node("patterns may only match literals and "
                                      "attribute lookups", e)
            return e
        left: A.Expr
        if self.at_op("-"):
            self.advance()
            operand = self.atom()
            u = A.UnaryOp("USub", operand)
            self.finish(u, t)
            left = u
        else:
            left = self.atom()
        if self.at_op("+") or self.at_op("-"):
            op = "Add" if self.advance().value == "+" else "Sub"
            right = self.atom()
            b = A.BinOp(left, op, right)
            self.finish(b, t)
            return b
        return left

    def dotted_value(self) -> A.Expr:
        t = self.tok()
        name = self.expect_name()
        e: A.Expr = A.Name(name, A.LOAD)
        self.finish(e, t)
        while self.accept_op("."):
            attr = self.tok()
            if attr.kind != T_NAME:
                raise self.syntax_error_here()
            self.advance()
            a = A.Attribute(e, attr.value, A.LOAD)
            self.finish(a, t)
            e = a
        return e

    def value_or_class_pattern(self) -> A.Pattern:
        start = self.tok()
        cls = self.dotted_value()
        if not self.at_op("("):
            v = A.MatchValue(cls)
            self.finish(v, start)
            return v
        self.advance()
        patterns: list[A.Pattern] = []
        kwd_attrs: list[str] = []
        kwd_patterns: list[A.Pattern] = []
        while not self.at_op(")"):
            t = self.tok()
            nxt = self.ahead(1)
            if t.kind == T_NAME and nxt.kind == T_OP and nxt.value == "=":
                self.advance()
                self.advance()
                kwd_attrs.append(t.value)
                kwd_patterns.append(self.pattern())
            else:
                p = self.pattern()
                if len(kwd_attrs) > 0:
                    raise self.error_node("positional patterns follow keyword "
                                          "patterns", p)
                patterns.append(p)
            if not self.accept_op(","):
                break
        self.expect_op(")")
        c = A.MatchClass(cls, patterns, kwd_attrs, kwd_patterns)
        self.finish(c, start)
        return c

    def mapping_pattern(self) -> A.Pattern:
        start = self.expect_op("{")
        keys: list[A.Expr] = []
        values: list[A.Pattern] = []
        rest: str | None = None
        while not self.at_op("}"):
            if self.at_op("**"):
                self.advance()
                if self.at_name() and self.tok().value == "_":
                    raise self.syntax_error_here()
                rest = self.expect_name()
                self.accept_op(",")
                break
            t = self.tok()
            if t.kind == T_NAME and t.value not in KEYWORDS:
                keys.append(self.dotted_value())
            elif t.kind == T_NAME:
                self.advance()
                if t.value == "None":
                    kc = A.Constant(ConstNone(), "")
                else:
                    kc = A.Constant(ConstBool(t.value == "True"), "")
                self.finish(kc, t)
                keys.append(kc)
            else:
                keys.append(self.literal_value())
            self.expect_op(":")
            values.append(self.pattern())
            if not self.accept_op(","):
                break
        self.expect_op("}")
        m = A.MatchMapping(keys, values, rest)
        self.finish(m, start)
        return m
