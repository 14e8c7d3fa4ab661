"""Values and tables shared by the flow graph builder's parts."""
from __future__ import annotations

import ast

from jitgen.lower.llgraph import Constant


class _Undefined:
    def __repr__(self) -> str:
        return "UNDEF"


UNDEF_VALUE = _Undefined()


def undef() -> Constant:
    return Constant(UNDEF_VALUE, None)


def is_undef(v) -> bool:
    return isinstance(v, Constant) and v.value is UNDEF_VALUE


class _PoisonValue:
    """Stands for a value whose construct was already reported as an error."""

    def __repr__(self) -> str:
        return "<error>"


POISON = _PoisonValue()


def poison() -> Constant:
    return Constant(POISON, None)


class _NoConst:
    pass


_NOCONST = _NoConst()


class _NoValue:
    """Marks a default-less parameter."""


BINOPS = {
    ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "truediv",
    ast.FloorDiv: "floordiv", ast.Mod: "mod", ast.Pow: "pow",
    ast.LShift: "lshift", ast.RShift: "rshift", ast.BitAnd: "and_",
    ast.BitOr: "or_", ast.BitXor: "xor", ast.MatMult: None,
}
CMPOPS = {
    ast.Lt: "lt", ast.LtE: "le", ast.Eq: "eq", ast.NotEq: "ne", ast.Gt: "gt",
    ast.GtE: "ge", ast.Is: "is_", ast.IsNot: "is_not", ast.In: "contains",
    ast.NotIn: "not_contains",
}
# High-level ops that never raise, so they do not end a block in a try body.
# (Literals allocate: a list, tuple or dict display may raise MemoryError.
# `bool` and `not_` may call a program's __bool__ or __len__; where they
# do not, lowering drops the handlers again.)
NONRAISING = {"is_", "is_not",
              "same_as", "exc_match", "annotate", "iter_seq",
              "seq_len", "getattr", "setattr", "classname"}
# Ops whose result is a plain bool: `bool`/`not_` of it calls nothing, so it
# cannot raise and stays in the block of its test (isinstance and None
# tests narrow types through that block's switch).
BOOL_RESULT = set(CMPOPS.values()) | {"bool", "not_", "exc_match"}


def target_names(t: ast.expr) -> list[str]:
    if isinstance(t, ast.Name):
        return [t.id]
    if isinstance(t, (ast.Tuple, ast.List)):
        return [n for x in t.elts for n in target_names(x)]
    return []


def collect_locals(body: list) -> list[str]:
    """Names assigned anywhere in a function body (not in comprehensions)."""
    out: list[str] = []

    def add(n: str) -> None:
        if n not in out:
            out.append(n)

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.ListComp, ast.DictComp, ast.SetComp, ast.GeneratorExp,
                             ast.Lambda, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            if isinstance(node, (ast.ListComp, ast.DictComp)):
                for g in node.generators:
                    visit(g.iter)
            return
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            add(node.target.id)
        for child in ast.iter_child_nodes(node):
            visit(child)

    for s in body:
        visit(s)
    return out
