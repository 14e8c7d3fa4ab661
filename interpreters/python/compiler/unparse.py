"""Expressions back to source text, for `from __future__ import annotations`
(PEP 563 stores annotations as the strings CPython's unparser produces)."""
from interpreters.python import bytecode as B
from interpreters.python import pyast as A

# precedence levels, loosest first
P_TUPLE = 1
P_TEST = 2          # if-else, lambda
P_OR = 3
P_AND = 4
P_NOT = 5
P_CMP = 6
P_BOR = 7
P_BXOR = 8
P_BAND = 9
P_SHIFT = 10
P_ARITH = 11
P_TERM = 12
P_FACTOR = 13
P_POWER = 14
P_AWAIT = 15
P_ATOM = 16

BINOP_TEXT = {"Add": "+", "Sub": "-", "Mult": "*", "MatMult": "@", "Div": "/",
              "Mod": "%", "Pow": "**", "LShift": "<<", "RShift": ">>",
              "BitOr": "|", "BitXor": "^", "BitAnd": "&", "FloorDiv": "//"}
BINOP_PREC = {"Add": P_ARITH, "Sub": P_ARITH, "Mult": P_TERM, "MatMult": P_TERM,
              "Div": P_TERM, "Mod": P_TERM, "FloorDiv": P_TERM, "Pow": P_POWER,
              "LShift": P_SHIFT, "RShift": P_SHIFT, "BitOr": P_BOR,
              "BitXor": P_BXOR, "BitAnd": P_BAND}
CMP_TEXT = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">",
            "GtE": ">=", "Is": "is", "IsNot": "is not", "In": "in",
            "NotIn": "not in"}
UNARY_TEXT = {"Invert": "~", "Not": "not ", "UAdd": "+", "USub": "-"}


def unparse(e: A.Expr) -> str:
    return unparse_at(e, P_TEST)


def paren(text: str, needed: bool) -> str:
    if needed:
        return "(" + text + ")"
    return text


def unparse_list(es: list[A.Expr]) -> str:
    parts: list[str] = []
    for x in es:
        parts.append(unparse_at(x, P_TEST))
    return ", ".join(parts)


def unparse_at(e: A.Expr, level: int) -> str:
    """`e` as text, parenthesised if it binds looser than `level`."""
    if isinstance(e, A.Name):
        return e.id
    if isinstance(e, A.Constant):
        c = e.value
        if isinstance(c, B.ConstEllipsis):
            return "..."
        return c.repr()
    if isinstance(e, A.Attribute):
        base = unparse_at(e.value, P_ATOM)
        if isinstance(e.value, A.Constant) and isinstance(e.value.value, B.ConstInt):
            base = base + " "
        return base + "." + e.attr
    if isinstance(e, A.Subscript):
        s = e.slice
        if isinstance(s, A.Tuple) and len(s.elts) > 0:
            inner = unparse_list(s.elts)
        else:
            inner = unparse_at(s, P_TUPLE)
        return unparse_at(e.value, P_ATOM) + "[" + inner + "]"
    if isinstance(e, A.Starred):
        return "*" + unparse_at(e.value, P_BOR)
    if isinstance(e, A.Tuple):
        if len(e.elts) == 1:
            return "(" + unparse_at(e.elts[0], P_TEST) + ",)"
        return "(" + unparse_list(e.elts) + ")"
    if isinstance(e, A.List):
        return "[" + unparse_list(e.elts) + "]"
    if isinstance(e, A.Set):
        return "{" + unparse_list(e.elts) + "}"
    if isinstance(e, A.Dict):
        items: list[str] = []
        for i in range(len(e.values)):
            k = e.keys[i]
            if k is None:
                items.append("**" + unparse_at(e.values[i], P_BOR))
            else:
                items.append(unparse_at(k, P_TEST) + ": " + unparse_at(e.values[i], P_TEST))
        return "{" + ", ".join(items) + "}"
    if isinstance(e, A.BinOp):
        prec = BINOP_PREC[e.op]
        if e.op == "Pow":
            left = unparse_at(e.left, prec + 1)
            right = unparse_at(e.right, prec)
        else:
            left = unparse_at(e.left, prec)
            right = unparse_at(e.right, prec + 1)
        return paren(left + " " + BINOP_TEXT[e.op] + " " + right, prec < level)
    if isinstance(e, A.UnaryOp):
        prec2 = P_NOT if e.op == "Not" else P_FACTOR
        return paren(UNARY_TEXT[e.op] + unparse_at(e.operand, prec2), prec2 < level)
    if isinstance(e, A.BoolOp):
        prec3 = P_AND if e.op == "And" else P_OR
        parts: list[str] = []
        for v in e.values:
            parts.append(unparse_at(v, prec3 + 1))
        sep = " and " if e.op == "And" else " or "
        return paren(sep.join(parts), prec3 < level)
    if isinstance(e, A.Compare):
        text = unparse_at(e.left, P_CMP + 1)
        for i in range(len(e.ops)):
            text += " " + CMP_TEXT[e.ops[i]] + " " + unparse_at(e.comparators[i], P_CMP + 1)
        return paren(text, P_CMP < level)
    if isinstance(e, A.IfExp):
        text2 = unparse_at(e.body, P_TEST + 1) + " if " + \
            unparse_at(e.test, P_TEST + 1) + " else " + unparse_at(e.orelse, P_TEST)
        return paren(text2, P_TEST < level)
    if isinstance(e, A.Call):
        args: list[str] = []
        for a in e.args:
            args.append(unparse_at(a, P_TEST))
        for k in e.keywords:
            if k.arg is None:
                args.append("**" + unparse_at(k.value, P_TEST))
            else:
                args.append(str(k.arg) + "=" + unparse_at(k.value, P_TEST))
        return unparse_at(e.func, P_ATOM) + "(" + ", ".join(args) + ")"
    if isinstance(e, A.Await):
        return paren("await " + unparse_at(e.value, P_ATOM), P_AWAIT < level)
    if isinstance(e, A.NamedExpr):
        return paren(unparse_at(e.target, P_ATOM) + " := " + unparse_at(e.value, P_ATOM),
                     P_TUPLE < level)
    if isinstance(e, A.Slice):
        text3 = ""
        if e.lower is not None:
            text3 += unparse_at(e.lower, P_TEST)
        text3 += ":"
        if e.upper is not None:
            text3 += unparse_at(e.upper, P_TEST)
        if e.step is not None:
            text3 += ":" + unparse_at(e.step, P_TEST)
        return text3
    if isinstance(e, A.Lambda):
        return paren("lambda: " + unparse_at(e.body, P_TEST), P_TEST < level)
    return "..."
