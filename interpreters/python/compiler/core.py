"""Compiler state: one Unit per code object being built, names and errors."""
from interpreters.python import bytecode as B
from interpreters.python import pyast as A
from interpreters.python.compiler.assembler import CodeBuilder
from interpreters.python.symtable import (
    Scope, SymbolTable, SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS, RES_LOCAL,
    RES_CELL, RES_FREE, RES_GLOBAL_EXPLICIT, mangle)
from interpreters.python.syntaxerror import PySyntaxError
from interpreters.python.tokenizer import SourceLines

# frame blocks: what an early exit (break/continue/return) must undo
FB_WHILE = 0
FB_FOR = 1             # the iterator is on the stack
FB_TRY_EXCEPT = 2      # body of a try with handlers
FB_TRY_FINALLY = 3     # body of a try with finally: run finalbody on exit
FB_HANDLER = 4         # in an except clause: [prev_exc] on the stack
FB_FINALLY_END = 5     # in a finally run for an exception: [prev_exc, exc]
FB_WITH = 6            # [exit] on the stack
FB_POP_VALUE = 7       # one value to pop (e.g. a match subject)
FB_EXCEPT_STAR = 8     # an except* clause body: no break/continue/return
FB_ASYNC_WITH = 9      # [aexit] on the stack


class FBlock:
    kind: int
    start: int              # continue target (loops)
    exit: int               # break target (loops)
    finalbody: list[A.Stmt]
    name: str | None        # except clause's `as` name
    outer_handler: int      # handler active outside this block

    def __init__(self, kind: int, start: int, exit: int, outer_handler: int) -> None:
        self.kind = kind
        self.start = start
        self.exit = exit
        self.finalbody = []
        self.name = None
        self.outer_handler = outer_handler


class Unit:
    b: CodeBuilder
    scope: Scope
    name: str
    qualname: str
    varnames: list[str]
    var_index: dict[str, int]
    fblocks: list[FBlock]
    class_name: str | None
    argcount: int
    posonlyargcount: int
    kwonlyargcount: int
    flags: int
    firstlineno: int
    docstring: str | None

    def __init__(self, scope: Scope, name: str, qualname: str,
                 firstlineno: int, class_name: str | None) -> None:
        self.b = CodeBuilder(firstlineno)
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.varnames = []
        self.var_index = {}
        self.fblocks = []
        self.class_name = class_name
        self.argcount = 0
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.flags = 0
        self.firstlineno = firstlineno
        self.docstring = None

    def add_var(self, name: str) -> int:
        if name in self.var_index:
            return self.var_index[name]
        self.varnames.append(name)
        self.var_index[name] = len(self.varnames) - 1
        return len(self.varnames) - 1


class CompilerBase:
    unit: Unit
    units: list[Unit]
    table: SymbolTable
    lines: SourceLines
    filename: str
    interactive: bool
    future_annotations: bool    # `from __future__ import annotations`

    def __init__(self, table: SymbolTable, lines: SourceLines) -> None:
        self.table = table
        self.lines = lines
        self.filename = lines.filename
        self.units = []
        self.interactive = False
        self.future_annotations = False
        top = table.top
        self.unit = Unit(top, "<module>", "<module>", 1, None)

    # --- errors ------------------------------------------------------------
    def error(self, msg: str, node: A.Node) -> PySyntaxError:
        return self.lines.error(msg, node.lineno, node.col_offset,
                                node.end_lineno, node.end_col_offset)

    # --- units -------------------------------------------------------------
    def enter_unit(self, node: A.Node, name: str, firstlineno: int) -> Unit:
        scope = self.table.scope_of(node)
        parent = self.unit
        qualname = name
        if parent.scope.kind != SCOPE_MODULE:
            mangled = mangle(parent.class_name, name)
            if parent.scope.kind == SCOPE_CLASS and \
                    parent.scope.lookup(mangled) == RES_GLOBAL_EXPLICIT:
                qualname = name
            elif parent.scope.kind == SCOPE_FUNCTION:
                qualname = parent.qualname + ".<locals>." + name
            else:
                qualname = parent.qualname + "." + name
        class_name = parent.class_name
        if scope.kind == SCOPE_CLASS:
            class_name = name
        u = Unit(scope, name, qualname, firstlineno, class_name)
        for p in scope.params:
            u.add_var(p)
        if scope.kind == SCOPE_FUNCTION:
            u.flags = B.CO_OPTIMIZED | B.CO_NEWLOCALS
            if parent.scope.kind == SCOPE_FUNCTION:
                u.flags |= B.CO_NESTED
            if scope.is_generator and not scope.is_coroutine:
                u.flags |= B.CO_GENERATOR
            for n in scope.order:
                if scope.resolved[n] == RES_LOCAL:
                    u.add_var(n)
        self.units.append(parent)
        self.unit = u
        return u

    def leave_unit(self) -> B.CodeObject:
        u = self.unit
        code = self.make_code(u)
        self.unit = self.units.pop()
        return code

    def make_code(self, u: Unit) -> B.CodeObject:
        pair = u.b.assemble()
        flags = u.flags
        if len(u.scope.cellvars) == 0 and len(u.scope.freevars) == 0:
            flags |= B.CO_NOFREE
        return B.CodeObject(u.name, u.qualname, self.filename, u.firstlineno,
                            u.argcount, u.posonlyargcount, u.kwonlyargcount,
                            flags, u.varnames, list(u.scope.cellvars),
                            list(u.scope.freevars), u.b.names, u.b.consts,
                            pair[0], u.b.lines, u.b.positions, u.b.max_depth,
                            pair[1], u.docstring)

    # --- emitting helpers --------------------------------------------------
    def emit(self, op: int, arg: int) -> None:
        self.unit.b.emit(op, arg)

    def emit0(self, op: int) -> None:
        self.unit.b.emit(op, 0)

    def new_label(self) -> int:
        return self.unit.b.new_label()

    def place(self, label: int) -> None:
        self.unit.b.place(label)

    def load_const(self, c: B.Const) -> None:
        self.emit(B.LOAD_CONST, self.unit.b.add_const(c))

    def load_none(self) -> None:
        self.load_const(B.ConstNone())

    def load_str(self, s: str) -> None:
        self.load_const(B.ConstStr(s))

    def set_loc(self, node: A.Node | None) -> A.Node | None:
        old = self.unit.b.loc
        self.unit.b.loc = node
        return old

    # --- names ---------------------------------------------------------------
    def cell_index(self, name: str) -> int:
        s = self.unit.scope
        for i in range(len(s.cellvars)):
            if s.cellvars[i] == name:
                return i
        for j in range(len(s.freevars)):
            if s.freevars[j] == name:
                return len(s.cellvars) + j
        raise ValueError("no cell for " + name)

    def name_op(self, name: str, ctx: int) -> None:
        """Load, store or delete `name` with the op its scope calls for."""
        u = self.unit
        mangled = mangle(u.class_name, name)
        s = u.scope
        r = s.lookup(mangled)
        if s.kind == SCOPE_FUNCTION:
            if r == RES_LOCAL:
                idx = u.add_var(mangled)
                self.emit(pick(ctx, B.LOAD_FAST, B.STORE_FAST, B.DELETE_FAST), idx)
                return
            if r == RES_CELL or r == RES_FREE:
                self.emit(pick(ctx, B.LOAD_DEREF, B.STORE_DEREF, B.DELETE_DEREF),
                          self.cell_index(mangled))
                return
            self.emit(pick(ctx, B.LOAD_GLOBAL, B.STORE_GLOBAL, B.DELETE_GLOBAL),
                      u.b.add_name(mangled))
            return
        if r == RES_GLOBAL_EXPLICIT:
            self.emit(pick(ctx, B.LOAD_GLOBAL, B.STORE_GLOBAL, B.DELETE_GLOBAL),
                      u.b.add_name(mangled))
            return
        if s.kind == SCOPE_CLASS and (r == RES_FREE or r == RES_CELL):
            if ctx == A.LOAD:
                self.emit(B.LOAD_CLASSDEREF, self.cell_index(mangled))
            else:
                self.emit(pick(ctx, B.LOAD_DEREF, B.STORE_DEREF, B.DELETE_DEREF),
                          self.cell_index(mangled))
            return
        self.emit(pick(ctx, B.LOAD_NAME, B.STORE_NAME, B.DELETE_NAME),
                  u.b.add_name(mangled))

    def attr_name(self, name: str) -> int:
        return self.unit.b.add_name(mangle(self.unit.class_name, name))


def pick(ctx: int, load: int, store: int, delete: int) -> int:
    if ctx == A.LOAD:
        return load
    if ctx == A.STORE:
        return store
    return delete
