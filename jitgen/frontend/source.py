"""Finding the AST of a live function, with positions in its real file."""
from __future__ import annotations

import ast
import inspect
import os


class SourceCache:
    def __init__(self) -> None:
        self._files: dict[str, tuple[ast.Module, dict[int, ast.AST]]] = {}

    def display_name(self, path: str) -> str:
        try:
            rel = os.path.relpath(path)
        except ValueError:
            return path
        return path if rel.startswith("..") else rel

    def _load(self, path: str) -> tuple[ast.Module, dict[int, ast.AST]]:
        if path not in self._files:
            with open(path, encoding="utf-8") as f:
                tree = ast.parse(f.read(), filename=path)
            index: dict[int, ast.AST] = {}
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    index.setdefault(node.lineno, node)
                    if node.decorator_list:
                        index.setdefault(node.decorator_list[0].lineno, node)
            self._files[path] = (tree, index)
        return self._files[path]

    def function_node(self, func) -> tuple[ast.FunctionDef | None, str]:
        """The FunctionDef of `func` and its file (display form)."""
        code = func.__code__
        path = code.co_filename
        if not os.path.exists(path):
            return None, path
        _, index = self._load(path)
        node = index.get(code.co_firstlineno)
        if node is not None and node.name != func.__name__:
            node = None
        return node, self.display_name(path)

    def class_node(self, cls) -> tuple[ast.ClassDef | None, str]:
        try:
            path = inspect.getsourcefile(cls)
            _, line = inspect.getsourcelines(cls)
        except (TypeError, OSError):
            return None, "<unknown>"
        if path is None:
            return None, "<unknown>"
        tree, _ = self._load(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
                first = node.decorator_list[0].lineno if node.decorator_list else node.lineno
                if first == line or node.lineno == line:
                    return node, self.display_name(path)
        return None, self.display_name(path)
