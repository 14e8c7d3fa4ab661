"""Runs a bench program on Debian's pypy3 (Python 3.9) for the PyPy column.

    pypy3 bench/native/pypy_launch.py PROGRAM.py ARGS...

PyPy 3.9 evaluates annotations eagerly, and `X | None` between classes only
exists from 3.10 on.  So the program, and the project modules it imports
(jitgen.hints), are compiled here with lazy annotations (PEP 563, the
`from __future__ import annotations` flag): the same source, unchanged,
with annotations left as strings.  Not a subset program: host only.
"""
import __future__
import importlib.machinery
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAZY = __future__.annotations.compiler_flag


class LazyAnnotationsLoader(importlib.machinery.SourceFileLoader):
    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, "exec", flags=LAZY, dont_inherit=True, optimize=_optimize)


def repo_path_hook(path):
    # only the project's own folders; the standard library loads as usual
    if not os.path.abspath(path or ".").startswith(REPO):
        raise ImportError("not a project folder")
    return importlib.machinery.FileFinder(path, (LazyAnnotationsLoader, importlib.machinery.SOURCE_SUFFIXES))


def main():
    program = os.path.abspath(sys.argv[1])
    sys.path_hooks.insert(0, repo_path_hook)
    sys.path_importer_cache.clear()
    sys.path[0] = os.path.dirname(program)
    if REPO not in sys.path:
        sys.path.insert(1, REPO)
    sys.argv = sys.argv[1:]
    with open(program) as f:
        code = compile(f.read(), program, "exec", flags=LAZY, dont_inherit=True)
    exec(code, {"__name__": "__main__", "__file__": program, "__builtins__": __builtins__})


if __name__ == "__main__":
    main()
