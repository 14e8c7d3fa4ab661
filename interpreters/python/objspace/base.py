"""The root of every Python object, the error that carries a Python
exception through the VM, and the argument bundle of calls."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace
    from interpreters.python.objspace.typeobject import W_Type


class W_Root:
    """Every Python-level value.  getclass gives its Python type."""

    def getclass(self, space: ObjSpace) -> W_Type:
        raise NotImplementedError

    def is_w(self, other: W_Root) -> bool:
        return self is other


class OperationError(Exception):
    """A Python exception travelling through the VM.  w_value is always an
    exception instance (a W_Object whose class derives from BaseException)."""
    w_value: W_Root

    def __init__(self, w_value: W_Root) -> None:
        self.w_value = w_value

    def __str__(self) -> str:
        return "<OperationError>"


class Args:
    """Positional arguments plus keyword names/values of one call."""
    pos: list[W_Root]
    kwnames: list[str]
    kwvalues: list[W_Root]
    data: int      # the builtin function's data (see W_BuiltinFunction)

    def __init__(self, pos: list[W_Root], kwnames: list[str] | None = None,
                 kwvalues: list[W_Root] | None = None) -> None:
        self.pos = pos
        if kwnames is None:
            self.kwnames = []
            self.kwvalues = []
        else:
            self.kwnames = kwnames
            self.kwvalues = kwvalues if kwvalues is not None else []
        self.data = 0

    def prepend(self, w_first: W_Root) -> Args:
        return Args([w_first] + self.pos, self.kwnames, self.kwvalues)

    def has_kw(self) -> bool:
        return len(self.kwnames) > 0

    def get_kw(self, name: str) -> W_Root | None:
        i = 0
        while i < len(self.kwnames):
            if self.kwnames[i] == name:
                return self.kwvalues[i]
            i += 1
        return None
