"""Frames: the state of one activation of a code object, and the binding
of call arguments to a function's parameters."""
from __future__ import annotations

from typing import Final, TYPE_CHECKING

from interpreters.python.bytecode import (
    CodeObject, CO_VARARGS, CO_VARKEYWORDS, CO_OPTIMIZED)
from interpreters.python.objspace.base import W_Root, Args
from interpreters.python.objspace.containers import W_Dict
from interpreters.python.objspace.functions import W_Function, W_Cell
from interpreters.python.objspace.primitives import W_Str

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


class Frame:
    _virtualizable_ = ["stack[*]", "sp", "fastlocals[*]"]
    code: Final[CodeObject]
    w_globals: Final[W_Dict]
    w_locals: W_Root | None          # the namespace of module and class bodies
    fastlocals: list[W_Root | None]
    cells: list[W_Cell]
    stack: list[W_Root | None]
    sp: int
    pc: int                          # where to resume (generators)
    last_pc: int                     # the instruction being executed
    f_back: Frame | None
    consts_w: list[W_Root]
    finished: bool
    w_func: W_Function | None
    names_w: list[W_Str]
    gen_mark: int                    # ExecutionContext.gen_serial at MARK_NEW_GENERATORS

    def __init__(self, code: CodeObject, w_globals: W_Dict, w_locals: W_Root | None,
                 consts_w: list[W_Root]) -> None:
        self.code = code
        self.w_globals = w_globals
        self.w_locals = w_locals
        self.fastlocals = [None] * code.nlocals
        self.cells = []
        self.stack = [None] * (code.stacksize + 1)
        self.sp = 0
        self.pc = 0
        self.last_pc = 0
        self.f_back = None
        self.consts_w = consts_w
        self.finished = False
        self.w_func = None
        self.names_w = []
        self.gen_mark = 0

    def push(self, w: W_Root) -> None:
        self.stack[self.sp] = w
        self.sp += 1

    def pop(self) -> W_Root:
        self.sp -= 1
        w = self.stack[self.sp]
        self.stack[self.sp] = None
        assert w is not None
        return w

    def top(self) -> W_Root:
        w = self.stack[self.sp - 1]
        assert w is not None
        return w

    def peek(self, n: int) -> W_Root:
        """stack[-n] (n >= 1)."""
        w = self.stack[self.sp - n]
        assert w is not None
        return w

    def popn(self, n: int) -> list[W_Root]:
        res: list[W_Root] = []
        i = self.sp - n
        while i < self.sp:
            w = self.stack[i]
            assert w is not None
            res.append(w)
            self.stack[i] = None
            i += 1
        self.sp -= n
        return res

    def lineno(self) -> int:
        return self.code.line_at(self.last_pc)


def plural(n: int, word: str) -> str:
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def name_list(names: list[str]) -> str:
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[len(quoted) - 1]


def bind_args(space: ObjSpace, w_func: W_Function, args: Args, frame: Frame) -> None:
    """Fill frame.fastlocals with the parameters, as CPython does."""
    code = w_func.code
    argcount = code.argcount
    kwonly = code.kwonlyargcount
    fname = w_func.qualname
    pos = args.pos
    npos = len(pos)
    locals_w = frame.fastlocals
    has_varargs = (code.flags & CO_VARARGS) != 0
    has_varkw = (code.flags & CO_VARKEYWORDS) != 0
    n = npos if npos < argcount else argcount
    i = 0
    while i < n:
        locals_w[i] = pos[i]
        i += 1
    slot = argcount + kwonly
    if has_varargs:
        locals_w[slot] = space.newtuple(pos[argcount:] if npos > argcount else [])
        slot += 1
    w_kwdict: W_Dict | None = None
    if has_varkw:
        w_kwdict = space.newdict()
        locals_w[slot] = w_kwdict
    elif npos > argcount and not has_varargs:
        ndef = len(w_func.defaults_w)
        nkw_given = 0
        for k in args.kwnames:
            j = 0
            while j < argcount + kwonly:
                if code.varnames[j] == k and j >= argcount:
                    nkw_given += 1
                j += 1
        if ndef > 0:
            takes = "from %d to %d positional arguments" % (argcount - ndef, argcount)
        else:
            takes = plural(argcount, "positional argument")
        given = "%d" % npos
        if nkw_given > 0:
            given = "%d positional argument%s (and %s)" % (npos, "" if npos == 1 else "s", plural(nkw_given, "keyword-only argument"))
        raise space.error_type("%s() takes %s but %s %s given" % (
            fname, takes, given, "was" if npos == 1 and nkw_given == 0 else "were"))
    # keywords
    k = 0
    while k < len(args.kwnames):
        name = args.kwnames[k]
        w_v = args.kwvalues[k]
        j = code.posonlyargcount
        found = -1
        while j < argcount + kwonly:
            if code.varnames[j] == name:
                found = j
                break
            j += 1
        if found < 0:
            if w_kwdict is None:
                posonly = False
                j = 0
                while j < code.posonlyargcount:
                    if code.varnames[j] == name:
                        posonly = True
                    j += 1
                if posonly:
                    raise space.error_type("%s() got some positional-only arguments passed as keyword arguments: '%s'" % (fname, name))
                raise space.error_type("%s() got an unexpected keyword argument '%s'" % (fname, name))
            w_kwdict.setitem(space, space.newstr(name), w_v)
        else:
            if locals_w[found] is not None:
                raise space.error_type("%s() got multiple values for argument '%s'" % (fname, name))
            locals_w[found] = w_v
        k += 1
    # defaults
    if npos < argcount:
        ndef = len(w_func.defaults_w)
        first_default = argcount - ndef
        missing: list[str] = []
        j = npos
        while j < argcount:
            if locals_w[j] is None:
                if j >= first_default:
                    locals_w[j] = w_func.defaults_w[j - first_default]
                else:
                    missing.append(code.varnames[j])
            j += 1
        if len(missing) > 0:
            raise space.error_type("%s() missing %d required positional argument%s: %s" % (
                fname, len(missing), "" if len(missing) == 1 else "s", name_list(missing)))
    if kwonly > 0:
        missing_kw: list[str] = []
        j = argcount
        while j < argcount + kwonly:
            if locals_w[j] is None:
                w_d: W_Root | None = None
                w_kwd = w_func.w_kwdefaults
                if w_kwd is not None:
                    w_d = w_kwd.lookup(space, space.newstr(code.varnames[j]))
                if w_d is None:
                    missing_kw.append(code.varnames[j])
                else:
                    locals_w[j] = w_d
            j += 1
        if len(missing_kw) > 0:
            raise space.error_type("%s() missing %d required keyword-only argument%s: %s" % (
                fname, len(missing_kw), "" if len(missing_kw) == 1 else "s", name_list(missing_kw)))
