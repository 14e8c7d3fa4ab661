"""Entry point of the frontend: a live Python function -> (FunctionInfo, flow graph)."""
from __future__ import annotations

import ast

from jitgen.frontend.errors import ErrorLog
from jitgen.frontend.flowbuilder import FlowBuilder, FunctionInfo, _NoValue
from jitgen.frontend.source import SourceCache
from jitgen.lower.llgraph import Graph, Position


def function_info(func, cache: SourceCache, errors: ErrorLog, is_method: bool) -> FunctionInfo | None:
    """Check the function's signature against the subset's rules."""
    node, file = cache.function_node(func)
    if node is None:
        code = func.__code__
        errors.error(Position(file, code.co_firstlineno, 1),
                     f"cannot find the source of function '{func.__qualname__}'"
                     " (functions made by exec or lambda are not in the subset)")
        return None
    info = FunctionInfo(func, node, file)
    if isinstance(node, ast.AsyncFunctionDef):
        errors.error(info.pos(), f"'async' function '{func.__name__}' is not in the subset")
    a = node.args
    if a.vararg is not None:
        errors.error(info.pos(a.vararg), f"'*{a.vararg.arg}' parameters are not in the subset (function '{func.__name__}')")
    if a.kwarg is not None:
        errors.error(info.pos(a.kwarg), f"'**{a.kwarg.arg}' parameters are not in the subset (function '{func.__name__}')")
    if a.kwonlyargs or a.posonlyargs:
        errors.error(info.pos(), f"keyword-only and positional-only parameters are not in the subset (function '{func.__name__}')")
    for i, arg in enumerate(a.args):
        ann = arg.annotation
        if ann is None and not (i == 0 and is_method):
            errors.error(info.pos(arg), f"parameter '{arg.arg}' of function '{func.__qualname__}' has no type annotation")
        info.arg_annotations.append(ann)
    if node.returns is None:
        errors.error(info.pos(), f"function '{func.__qualname__}' has no return type annotation")
    defaults = list(func.__defaults__ or ())
    n = len(info.argnames)
    info.defaults = [_NoValue] * (n - len(defaults)) + defaults
    for sub in ast.walk(node):
        if isinstance(sub, (ast.Yield, ast.YieldFrom)):
            errors.error(info.pos(sub), f"generator functions are not in the subset ('yield' in function '{func.__name__}')")
    return info


def build_flow_graph(info: FunctionInfo, errors: ErrorLog, is_method: bool) -> Graph:
    return FlowBuilder(info, errors, is_method).build()
