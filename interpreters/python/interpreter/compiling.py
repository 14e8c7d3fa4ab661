"""Compiling source for the runtime: front-end errors become Python
SyntaxError objects (carrying CPython's formatted report)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from interpreters.python.bytecode import CodeObject
from interpreters.python.syntaxerror import PySyntaxError
from interpreters.python.objspace.base import OperationError
from interpreters.python import compiler as _compiler

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def compile_for_space(space: ObjSpace, source: str, filename: str, mode: str) -> CodeObject:
    try:
        return _compiler.compile_source(source, filename, mode)
    except PySyntaxError as e:
        raise syntax_error(space, e)
    except RecursionError:
        raise space.error(space.exc_types["RecursionError"], "maximum recursion depth exceeded during compilation")


def syntax_error(space: ObjSpace, e: PySyntaxError) -> OperationError:
    w_type = space.exc_types.get(e.kind)
    if w_type is None:
        w_type = space.w_SyntaxError
    w_exc = space.new_exception(w_type, [space.newstr(e.msg)])
    w_exc.setdictvalue("msg", space.newstr(e.msg))
    w_exc.setdictvalue("filename", space.newstr(e.filename))
    w_exc.setdictvalue("lineno", space.newint(e.lineno))
    w_exc.setdictvalue("offset", space.newint(e.offset))
    w_exc.setdictvalue("text", space.newstr(e.text))
    w_exc.setdictvalue("_report", space.newstr(e.format()))
    return OperationError(w_exc)
