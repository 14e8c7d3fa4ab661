"""JIT hints: the driver, promotion and function markers."""
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)
T = TypeVar("T")


class JitDriver:
    """Marks the interpreter's dispatch loop (the portal).

    greens: names of the variables that identify a position in the user
    program (code object, pc).  reds: everything else that is live at the
    merge point.  virtualizables: names among the reds whose object's fields
    (listed in its class's `_virtualizable_`) the JIT may keep in registers.
    """

    def __init__(self, greens: list, reds: list, virtualizables: list | None = None,
                 get_printable_location: Callable | None = None,
                 name: str = "jitdriver", is_recursive: bool = False) -> None:
        greens = list(greens)
        reds = list(reds)
        overlap = set(greens) & set(reds)
        if overlap:
            raise ValueError(f"JitDriver: {sorted(overlap)} both green and red")
        for v in virtualizables or []:
            if v not in reds:
                raise ValueError(f"JitDriver: virtualizable {v!r} must be a red")
        self.greens = greens
        self.reds = reds
        self.virtualizables = list(virtualizables or [])
        self.get_printable_location = get_printable_location
        self.name = name
        self.is_recursive = is_recursive

    def jit_merge_point(self, **livevars) -> None:
        """Top of the dispatch loop: all greens and reds, by keyword."""

    def can_enter_jit(self, **livevars) -> None:
        """At a user-level back-edge: all greens and reds, by keyword."""


def promote(x: T) -> T:
    """Make a red value green here: compiled code switches on its value."""
    return x


def promote_string(x: str) -> str:
    """promote() by string content rather than identity."""
    return x


def _mark(attr: str):
    def deco(func: F) -> F:
        setattr(func, attr, True)
        return func
    return deco


elidable = _mark("_jit_elidable_")
elidable.__doc__ = "Pure function: a call with green arguments is folded at compile time."
unroll_safe = _mark("_jit_unroll_safe_")
unroll_safe.__doc__ = "The JIT may inline this function although it contains a loop."
dont_look_inside = _mark("_jit_dont_look_inside_")
dont_look_inside.__doc__ = "The JIT calls this function as a black box."
look_inside = _mark("_jit_look_inside_")
look_inside.__doc__ = "The JIT inlines this function even if it would not by default."


def we_are_jitted() -> bool:
    """True only in code that the JIT has compiled."""
    return False


def we_are_translated() -> bool:
    """True only in a translated executable (native or cli)."""
    return False


def external(name: str):
    """The function is a backend primitive called `name`.

    Its Python body is what runs on CPython and in the graph interpreter;
    each backend supplies its own implementation under `name`.
    """
    def deco(func: F) -> F:
        func._jit_external_ = name
        return func
    return deco
