"""Expressions: precedence climbing by hand, one method per grammar level."""
from interpreters.python.bytecode import (
    ConstNone, ConstBool, ConstEllipsis)
from interpreters.python.syntaxerror import PySyntaxError
from interpreters.python.tokenizer import (
    Token, SourceLines, T_NAME, T_NUMBER, T_STRING, T_OP, T_NEWLINE, T_ENDMARKER)
from interpreters.python.parser.core import KEYWORDS
from interpreters.python.parser.fstrings import StringParser
from interpreters.python.parser.literals import parse_number
from interpreters.python import pyast as A

COMPARE_OPS = {"<": "Lt", ">": "Gt", "==": "Eq", ">=": "GtE", "<=": "LtE",
               "!=": "NotEq"}
UNARY_OPS = {"+": "UAdd", "-": "USub", "~": "Invert"}
# binary operators: precedence level (higher binds tighter) and AST name
BINARY_LEVELS = {"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
                 "*": 6, "/": 6, "//": 6, "%": 6, "@": 6}
BINARY_NAMES = {"|": "BitOr", "^": "BitXor", "&": "BitAnd", "<<": "LShift",
                ">>": "RShift", "+": "Add", "-": "Sub", "*": "Mult",
                "/": "Div", "//": "FloorDiv", "%": "Mod", "@": "MatMult"}

# Tokens that can start an expression (for "Perhaps you forgot a comma?").
EXPR_START_OPS = ["(", "[", "{", "-", "+", "~", "..."]


class ExpressionParser(StringParser):
    nesting: int    # open brackets around the current position
    comma_check: bool   # look for "Perhaps you forgot a comma?"
    in_call_args: bool  # directly in a call's arguments (keyword rules)
    bare_genexp_call: bool  # the last call's sole argument was `x for x in y`

    def __init__(self, tokens: list[Token], lines: SourceLines) -> None:
        StringParser.__init__(self, tokens, lines)
        self.nesting = 0
        self.comma_check = True
        self.in_call_args = False
        self.bare_genexp_call = False

    # --- entry points ------------------------------------------------------
    def parse_fstring_expression(self) -> A.Expr:
        self.expect_op("(")
        self.nesting += 1
        if self.at_kw("yield"):
            e = self.yield_expr()
        else:
            e = self.star_expressions()
        self.nesting -= 1
        if not self.at_op(")"):
            raise self.syntax_error_here()
        self.advance()
        if not self.at_kind(T_NEWLINE) and not self.at_kind(T_ENDMARKER):
            raise self.syntax_error_here()
        return e

    def starts_expression(self) -> bool:
        t = self.tok()
        if t.kind == T_NAME:
            return t.value not in KEYWORDS or t.value in (
                "None", "True", "False", "not", "lambda", "await")
        if t.kind == T_NUMBER or t.kind == T_STRING:
            return True
        return t.kind == T_OP and t.value in EXPR_START_OPS

    # --- tuples and starred ------------------------------------------------
    def star_expressions(self) -> A.Expr:
        """`a`, `a, b`, `*a, b`: a tuple when there is a comma."""
        start = self.tok()
        first = self.star_expression()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if not self.starts_expression() and not self.at_op("*"):
                break
            elts.append(self.star_expression())
        t = A.Tuple(elts, A.LOAD)
        self.finish(t, start)
        return t

    def star_expression(self) -> A.Expr:
        if self.at_op("*"):
            start = self.advance()
            value = self.bitwise_or()
            s = A.Starred(value, A.LOAD)
            self.finish(s, start)
            return s
        return self.expression()

    def star_named_expression(self) -> A.Expr:
        if self.at_op("*"):
            start = self.advance()
            value = self.bitwise_or()
            s = A.Starred(value, A.LOAD)
            self.finish(s, start)
            return s
        return self.named_expression()

    def named_expression(self) -> A.Expr:
        t = self.tok()
        if t.kind == T_NAME and t.value not in KEYWORDS and \
                self.ahead(1).kind == T_OP and self.ahead(1).value == ":=":
            self.advance()
            self.advance()
            target = A.Name(t.value, A.STORE)
            target.set_pos(t.lineno, t.col, t.end_lineno, t.end_col)
            if t.value == "__debug__":
                raise self.error_at("cannot assign to __debug__", t)
            value = self.expression()
            n = A.NamedExpr(target, value)
            self.finish(n, t)
            return n
        e = self.expression()
        if self.at_op(":=") and self.nesting > 0:
            raise self.error_node("cannot use assignment expressions with %s"
                                  % describe(e), e)
        if self.at_op("=") and self.nesting > 0 and not self.in_call_args:
            self.misplaced_equals(e)
        return e

    def misplaced_equals(self, e: A.Expr) -> None:
        """`x = 1` where an expression is expected: CPython's hints."""
        save = self.pos
        self.advance()
        try:
            rhs = self.bitwise_or()
        except PySyntaxError:
            self.pos = save
            return
        if self.at_op("=") or self.at_op(":="):
            self.pos = save
            return
        if isinstance(e, A.Name):
            raise self.error_range("invalid syntax. Maybe you meant '==' or ':=' "
                                   "instead of '='?", e.lineno, e.col_offset,
                                   rhs.end_lineno, rhs.end_col_offset)
        if isinstance(e, A.Attribute) or isinstance(e, A.Subscript) or \
                isinstance(e, A.Call) or isinstance(e, A.BinOp) or \
                isinstance(e, A.UnaryOp) and e.op != "Not" or isinstance(e, A.Constant):
            raise self.error_node("cannot assign to %s here. Maybe you meant '==' "
                                  "instead of '='?" % describe(e), e)
        self.pos = save

    # --- expression levels -------------------------------------------------
    def expression(self) -> A.Expr:
        if self.at_kw("lambda"):
            return self.lambdef()
        start = self.tok()
        body = self.disjunction()
        if self.at_kw("if"):
            self.advance()
            test = self.disjunction()
            if self.at_op(":"):
                raise self.syntax_error_here()
            if not self.at_kw("else"):
                raise self.error_range("expected 'else' after 'if' expression",
                                       start.lineno, start.col,
                                       self.prev().end_lineno, self.prev().end_col)
            self.advance()
            orelse = self.expression()
            e = A.IfExp(test, body, orelse)
            self.finish(e, start)
            return e
        if self.nesting > 0 and self.comma_check and self.starts_expression():
            self.forgot_comma(body)
        return body

    def forgot_comma(self, left: A.Expr) -> None:
        """Two expressions side by side inside brackets."""
        t = self.tok()
        if t.kind == T_NAME and t.value in ("not", "await") or \
                t.kind == T_OP and t.value in ("-", "+", "~"):
            return
        save = self.pos
        self.comma_check = False
        try:
            right = self.expression()
        except PySyntaxError:
            self.pos = save
            self.comma_check = True
            return
        self.comma_check = True
        raise self.error_range("invalid syntax. Perhaps you forgot a comma?",
                               left.lineno, left.col_offset, right.end_lineno,
                               right.end_col_offset)

    def disjunction(self) -> A.Expr:
        start = self.tok()
        first = self.conjunction()
        if not self.at_kw("or"):
            return first
        values = [first]
        while self.accept_kw("or"):
            values.append(self.conjunction())
        e = A.BoolOp("Or", values)
        self.finish(e, start)
        return e

    def conjunction(self) -> A.Expr:
        start = self.tok()
        # (inversion inlined when there is no `not`: fewer frames per
        # nesting level, so deeper nesting fits the host's stack)
        first = self.inversion() if self.at_kw("not") else self.comparison()
        if not self.at_kw("and"):
            return first
        values = [first]
        while self.accept_kw("and"):
            values.append(self.inversion())
        e = A.BoolOp("And", values)
        self.finish(e, start)
        return e

    def inversion(self) -> A.Expr:
        if self.at_kw("not"):
            start = self.advance()
            operand = self.inversion()
            e = A.UnaryOp("Not", operand)
            self.finish(e, start)
            return e
        return self.comparison()

    def compare_op(self) -> str:
        """The comparison operator at the cursor (consumed), or ""."""
        t = self.tok()
        if t.kind == T_OP and t.value in COMPARE_OPS:
            self.advance()
            return COMPARE_OPS[t.value]
        if t.kind == T_NAME:
            if t.value == "in":
                self.advance()
                return "In"
            if t.value == "not":
                nxt = self.ahead(1)
                if nxt.kind == T_NAME and nxt.value == "in":
                    self.advance()
                    self.advance()
                    return "NotIn"
                # `a not b`: CPython reports the token after `not`
                raise self.error_at("invalid syntax", nxt)
            if t.value == "is":
                self.advance()
                if self.accept_kw("not"):
                    return "IsNot"
                return "Is"
        return ""

    def comparison(self) -> A.Expr:
        start = self.tok()
        left = self.binary_expr(1)
        op = self.compare_op()
        if op == "":
            return left
        ops: list[str] = []
        comparators: list[A.Expr] = []
        while op != "":
            ops.append(op)
            comparators.append(self.binary_expr(1))
            op = self.compare_op()
        e = A.Compare(left, ops, comparators)
        self.finish(e, start)
        return e

    def binary(self, left: A.Expr, op: str, right: A.Expr, start: Token) -> A.Expr:
        e = A.BinOp(left, op, right)
        self.finish(e, start)
        return e

    def bitwise_or(self) -> A.Expr:
        return self.binary_expr(1)

    def binary_expr(self, min_level: int) -> A.Expr:
        """The binary operators | ^ & << >> + - * / // % @ by precedence
        climbing (one call per level actually used, not one per level)."""
        start = self.tok()
        e = self.factor()
        while True:
            t = self.tok()
            if t.kind != T_OP or t.value not in BINARY_LEVELS:
                return e
            level = BINARY_LEVELS[t.value]
            if level < min_level:
                return e
            self.advance()
            right = self.binary_expr(level + 1)
            e = self.binary(e, BINARY_NAMES[t.value], right, start)

    def factor(self) -> A.Expr:
        t = self.tok()
        if t.kind == T_OP and t.value in UNARY_OPS:
            self.advance()
            operand = self.factor()
            e = A.UnaryOp(UNARY_OPS[t.value], operand)
            self.finish(e, t)
            return e
        return self.power()

    def power(self) -> A.Expr:
        start = self.tok()
        if self.at_kw("await"):
            self.advance()
            value = self.primary()
            e: A.Expr = A.Await(value)
            self.finish(e, start)
        else:
            e = self.primary()
        if self.at_op("**"):
            self.advance()
            right = self.factor()
            return self.binary(e, "Pow", right, start)
        return e

    # --- primaries ---------------------------------------------------------
    def primary(self) -> A.Expr:
        start = self.tok()
        e = self.atom()
        while True:
            if self.at_op("."):
                self.advance()
                t = self.tok()
                if t.kind != T_NAME or t.value in KEYWORDS:
                    raise self.syntax_error_here()
                self.advance()
                a = A.Attribute(e, t.value, A.LOAD)
                self.finish(a, start)
                e = a
            elif self.at_op("("):
                e = self.call(e, start)
            elif self.at_op("["):
                self.advance()
                self.nesting += 1
                index = self.slices()
                self.nesting -= 1
                self.expect_op("]")
                s = A.Subscript(e, index, A.LOAD)
                self.finish(s, start)
                e = s
            else:
                return e

    def slices(self) -> A.Expr:
        start = self.tok()
        first = self.slice_item()
        if not self.at_op(",") and not isinstance(first, A.Starred):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_op("]"):
                break
            elts.append(self.slice_item())
        t = A.Tuple(elts, A.LOAD)
        self.finish(t, start)
        return t

    def slice_item(self) -> A.Expr:
        start = self.tok()
        if self.at_op("*"):
            return self.star_named_expression()
        lower: A.Expr | None = None
        if not self.at_op(":"):
            lower = self.named_expression()
            if not self.at_op(":"):
                return lower
        self.expect_op(":")
        upper: A.Expr | None = None
        step: A.Expr | None = None
        if not self.at_op(":") and not self.at_op("]") and not self.at_op(","):
            upper = self.expression()
        if self.accept_op(":"):
            if not self.at_op("]") and not self.at_op(","):
                step = self.expression()
        s = A.Slice(lower, upper, step)
        self.finish(s, start)
        return s

    def call(self, func: A.Expr, start: Token) -> A.Expr:
        """Arguments of a call (parser/arguments.py)."""
        raise NotImplementedError

    # --- atoms -------------------------------------------------------------
    def atom(self) -> A.Expr:
        t = self.tok()
        if t.kind == T_NAME:
            if t.value == "None" or t.value == "True" or t.value == "False":
                self.advance()
                if t.value == "None":
                    c = A.Constant(ConstNone(), "")
                else:
                    c = A.Constant(ConstBool(t.value == "True"), "")
                self.finish(c, t)
                return c
            if t.value in KEYWORDS:
                raise self.syntax_error_here()
            self.advance()
            n = A.Name(t.value, A.LOAD)
            self.finish(n, t)
            return n
        if t.kind == T_NUMBER:
            self.advance()
            c = A.Constant(parse_number(t.value), "")
            self.finish(c, t)
            return c
        if t.kind == T_STRING:
            return self.parse_strings()
        if t.kind == T_OP:
            if t.value == "(":
                return self.paren_atom()
            if t.value == "[":
                return self.list_atom()
            if t.value == "{":
                return self.brace_atom()
            if t.value == "...":
                self.advance()
                c = A.Constant(ConstEllipsis(), "")
                self.finish(c, t)
                return c
        raise self.syntax_error_here()

    def paren_atom(self) -> A.Expr:
        start = self.advance()
        self.nesting += 1
        if self.at_op(")"):
            self.advance()
            self.nesting -= 1
            e = A.Tuple([], A.LOAD)
            self.finish(e, start)
            return e
        if self.at_kw("yield"):
            y = self.yield_expr()
            self.nesting -= 1
            self.expect_op(")")
            return y
        first = self.star_named_expression() if self.at_op("*") else \
            self.named_expression()
        if self.at_kw("for") or self.at_kw("async"):
            g = self.comprehension_tail(first, "(", start)
            self.nesting -= 1
            self.expect_op(")")
            self.finish(g, start)
            return g
        if self.at_op(","):
            elts = [first]
            while self.accept_op(","):
                if self.at_op(")"):
                    break
                elts.append(self.star_named_expression())
            self.nesting -= 1
            if not self.at_op(")"):
                raise self.syntax_error_here()
            self.advance()
            tup = A.Tuple(elts, A.LOAD)
            self.finish(tup, start)
            return tup
        self.nesting -= 1
        if not self.at_op(")"):
            raise self.syntax_error_here()
        self.advance()
        if isinstance(first, A.Starred):
            raise self.error_node("cannot use starred expression here", first)
        return first

    def list_atom(self) -> A.Expr:
        start = self.advance()
        self.nesting += 1
        elts: list[A.Expr] = []
        if not self.at_op("]"):
            first = self.star_named_expression() if self.at_op("*") else \
                self.named_expression()
            if self.at_kw("for") or self.at_kw("async"):
                c = self.comprehension_tail(first, "[", start)
                self.nesting -= 1
                self.expect_op("]")
                self.finish(c, start)
                return c
            elts.append(first)
            while self.accept_op(","):
                if self.at_op("]"):
                    break
                elts.append(self.star_named_expression())
            self.check_unparenthesized_target(elts)
        self.nesting -= 1
        if not self.at_op("]"):
            raise self.syntax_error_here()
        self.advance()
        e = A.List(elts, A.LOAD)
        self.finish(e, start)
        return e

    def brace_atom(self) -> A.Expr:
        start = self.advance()
        self.nesting += 1
        if self.at_op("}"):
            self.advance()
            self.nesting -= 1
            d = A.Dict([], [])
            self.finish(d, start)
            return d
        if self.at_op("**"):
            return self.dict_rest(start, None, None)
        first = self.star_named_expression()
        if self.at_op(":") and not isinstance(first, A.Starred):
            colon = self.advance()
            value = self.dict_value(colon)
            if self.at_kw("for") or self.at_kw("async"):
                gens = self.comprehension_clauses()
                self.nesting -= 1
                self.expect_op("}")
                dc = A.DictComp(first, value, gens)
                self.finish(dc, start)
                return dc
            return self.dict_rest(start, first, value)
        if self.at_kw("for") or self.at_kw("async"):
            c = self.comprehension_tail(first, "{", start)
            self.nesting -= 1
            self.expect_op("}")
            self.finish(c, start)
            return c
        elts = [first]
        while self.accept_op(","):
            if self.at_op("}"):
                break
            elts.append(self.star_named_expression())
        self.check_unparenthesized_target(elts)
        self.nesting -= 1
        if not self.at_op("}"):
            raise self.syntax_error_here()
        self.advance()
        s = A.Set(elts)
        self.finish(s, start)
        return s

    def dict_rest(self, start: Token, key: A.Expr | None,
                  value: A.Expr | None) -> A.Expr:
        keys: list[A.Expr | None] = []
        values: list[A.Expr] = []
        if value is not None:
            keys.append(key)
            values.append(value)
            if not self.accept_op(","):
                return self.close_dict(start, keys, values)
        while not self.at_op("}"):
            if self.at_op("**"):
                star = self.advance()
                keys.append(None)
                unpacked = self.bitwise_or()
                values.append(unpacked)
                if self.at_kw("for") or self.at_kw("async"):
                    raise self.error_at("dict unpacking cannot be used in dict "
                                        "comprehension", star)
            else:
                k = self.expression()
                if not self.at_op(":"):
                    if self.at_op("}") or self.at_op(","):
                        raise self.error_range("':' expected after dictionary key",
                                               k.lineno, k.col_offset,
                                               k.end_lineno, k.end_col_offset)
                    raise self.syntax_error_here()
                colon = self.advance()
                keys.append(k)
                values.append(self.dict_value(colon))
            if not self.accept_op(","):
                break
        return self.close_dict(start, keys, values)

    def dict_value(self, colon: Token) -> A.Expr:
        if self.at_op("}") or self.at_op(","):
            raise self.error_at("expression expected after dictionary key and ':'",
                                colon)
        if self.at_op("*"):
            star = self.tok()
            self.advance()
            v = self.bitwise_or()
            raise self.error_range("cannot use a starred expression in a "
                                   "dictionary value", star.lineno, star.col,
                                   v.end_lineno, v.end_col_offset)
        return self.expression()

    def close_dict(self, start: Token, keys: list[A.Expr | None],
                   values: list[A.Expr]) -> A.Expr:
        self.nesting -= 1
        if not self.at_op("}"):
            raise self.syntax_error_here()
        self.advance()
        d = A.Dict(keys, values)
        self.finish(d, start)
        return d

    def check_unparenthesized_target(self, elts: list[A.Expr]) -> None:
        if len(elts) > 1 and (self.at_kw("for") or self.at_kw("async")):
            raise self.error_range("did you forget parentheses around the "
                                   "comprehension target?", elts[0].lineno,
                                   elts[0].col_offset, elts[-1].end_lineno,
                                   elts[-1].end_col_offset)

    # --- comprehensions ----------------------------------------------------
    def comprehension_tail(self, elt: A.Expr, bracket: str, start: Token) -> A.Expr:
        if isinstance(elt, A.Starred):
            what = "iterable unpacking cannot be used in comprehension"
            raise self.error_node(what, elt)
        gens = self.comprehension_clauses()
        e: A.Expr
        if bracket == "[":
            e = A.ListComp(elt, gens)
        elif bracket == "{":
            e = A.SetComp(elt, gens)
        else:
            e = A.GeneratorExp(elt, gens)
        self.finish(e, start)
        return e

    def comprehension_clauses(self) -> list[A.Comprehension]:
        gens: list[A.Comprehension] = []
        while self.at_kw("for") or self.at_kw("async"):
            start = self.tok()
            is_async = self.accept_kw("async")
            self.expect_kw("for")
            target = self.target_list("in")
            self.expect_kw("in")
            it = self.disjunction()
            ifs: list[A.Expr] = []
            while self.at_kw("if"):
                self.advance()
                ifs.append(self.disjunction())
            c = A.Comprehension(target, it, ifs, is_async)
            self.finish(c, start)
            gens.append(c)
        return gens

    def target_list(self, stop_kw: str) -> A.Expr:
        """Targets of `for` (up to `in`), in Store context."""
        start = self.tok()
        first = self.target_item()
        e = first
        if self.at_op(","):
            elts = [first]
            while self.accept_op(","):
                if self.at_kw(stop_kw) or self.at_op("=") or self.at_op(")"):
                    break
                elts.append(self.target_item())
            t = A.Tuple(elts, A.LOAD)
            self.finish(t, start)
            e = t
        self.set_context(e, A.STORE, False)
        return e

    def target_item(self) -> A.Expr:
        if self.at_op("*"):
            start = self.advance()
            value = self.bitwise_or()
            s = A.Starred(value, A.LOAD)
            self.finish(s, start)
            return s
        return self.bitwise_or()

    # --- yield ---------------------------------------------------------------
    def yield_expr(self) -> A.Expr:
        start = self.expect_kw("yield")
        if self.accept_kw("from"):
            value = self.expression()
            yf = A.YieldFrom(value)
            self.finish(yf, start)
            return yf
        v: A.Expr | None = None
        if self.starts_expression() or self.at_op("*"):
            v = self.star_expressions()
        y = A.Yield(v)
        self.finish(y, start)
        return y

    def lambdef(self) -> A.Expr:
        """A lambda (parser/arguments.py)."""
        raise NotImplementedError

    # --- contexts (overridden by TargetParser) ---------------------------------
    def set_context(self, e: A.Expr, ctx: int, statement: bool) -> None:
        raise NotImplementedError


def describe(e: A.Expr) -> str:
    """How CPython's messages name an expression that cannot be a target."""
    if isinstance(e, A.Call):
        return "function call"
    if isinstance(e, A.Constant):
        k = e.value.kind
        if k == 0:
            return "None"
        if k == 1:
            return "True" if e.value.repr() == "True" else "False"
        if k == 8:
            return "ellipsis"
        return "literal"
    if isinstance(e, A.Compare):
        return "comparison"
    if isinstance(e, A.Lambda):
        return "lambda"
    if isinstance(e, A.IfExp):
        return "conditional expression"
    if isinstance(e, A.NamedExpr):
        return "named expression"
    if isinstance(e, A.Await):
        return "await expression"
    if isinstance(e, A.Yield) or isinstance(e, A.YieldFrom):
        return "yield expression"
    if isinstance(e, A.ListComp):
        return "list comprehension"
    if isinstance(e, A.SetComp):
        return "set comprehension"
    if isinstance(e, A.DictComp):
        return "dict comprehension"
    if isinstance(e, A.GeneratorExp):
        return "generator expression"
    if isinstance(e, A.Dict):
        return "dict literal"
    if isinstance(e, A.Set):
        return "set display"
    if isinstance(e, A.JoinedStr) or isinstance(e, A.FormattedValue):
        return "f-string expression"
    if isinstance(e, A.Attribute):
        return "attribute"
    if isinstance(e, A.Subscript):
        return "subscript"
    if isinstance(e, A.Tuple):
        return "tuple"
    if isinstance(e, A.List):
        return "list"
    if isinstance(e, A.Starred):
        return "starred"
    if isinstance(e, A.Name):
        return "name"
    return "expression"
