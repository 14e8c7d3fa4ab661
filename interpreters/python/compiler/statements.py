"""Compiling statements: control flow, exceptions, with, defs and classes."""
from interpreters.python import bytecode as B
from interpreters.python import pyast as A
from interpreters.python.compiler.core import (
    FBlock, FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_TRY_FINALLY, FB_HANDLER,
    FB_FINALLY_END, FB_WITH, FB_POP_VALUE, FB_EXCEPT_STAR, FB_ASYNC_WITH)
from interpreters.python.compiler.exceptions import ExceptionCompiler
from interpreters.python.compiler.expressions import BINOPS
from interpreters.python.compiler.unparse import unparse
from interpreters.python.syntaxerror import PySyntaxError
from interpreters.python.symtable import SCOPE_FUNCTION, mangle


class StatementCompiler(ExceptionCompiler):

    def body(self, stmts: list[A.Stmt]) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s: A.Stmt) -> None:
        old = self.set_loc(s)
        self.stmt_inner(s)
        self.set_loc(old)

    def stmt_inner(self, s: A.Stmt) -> None:
        if isinstance(s, A.ExprStmt):
            v = s.value
            if self.interactive and len(self.units) == 0:
                self.expr(v)
                self.emit0(B.PRINT_EXPR)
                return
            if isinstance(v, A.Constant):
                return
            self.expr(v)
            self.emit0(B.POP_TOP)
        elif isinstance(s, A.Assign):
            self.expr(s.value)
            n = len(s.targets)
            for i in range(n):
                if i < n - 1:
                    self.emit(B.COPY, 1)
                self.store(s.targets[i])
        elif isinstance(s, A.AugAssign):
            self.aug_assign(s)
        elif isinstance(s, A.AnnAssign):
            self.ann_assign(s)
        elif isinstance(s, A.If):
            self.if_stmt(s)
        elif isinstance(s, A.While):
            self.while_stmt(s)
        elif isinstance(s, A.For):
            self.for_stmt(s)
        elif isinstance(s, A.Break):
            self.break_stmt(s)
        elif isinstance(s, A.Continue):
            self.continue_stmt(s)
        elif isinstance(s, A.Return):
            self.return_stmt(s)
        elif isinstance(s, A.Pass):
            pass
        elif isinstance(s, A.FunctionDef):
            self.funcdef(s)
        elif isinstance(s, A.ClassDef):
            self.classdef(s)
        elif isinstance(s, A.Try):
            self.try_stmt(s)
        elif isinstance(s, A.With):
            if s.is_async:
                self.check_await(s, "'async with' outside async function")
            self.with_stmt(s, 0)
        elif isinstance(s, A.Raise):
            n = 0
            if s.exc is not None:
                self.expr(s.exc)
                n = 1
                if s.cause is not None:
                    self.expr(s.cause)
                    n = 2
            self.emit(B.RAISE_VARARGS, n)
        elif isinstance(s, A.Assert):
            end = self.new_label()
            self.jump_if(s.test, True, end)
            self.emit0(B.LOAD_ASSERTION_ERROR)
            if s.msg is not None:
                self.expr(s.msg)
                self.emit(B.CALL_FUNCTION, 1)
            self.emit(B.RAISE_VARARGS, 1)
            self.place(end)
        elif isinstance(s, A.Delete):
            for t in s.targets:
                self.delete(t)
        elif isinstance(s, A.Import):
            self.import_stmt(s)
        elif isinstance(s, A.ImportFrom):
            self.import_from(s)
        elif isinstance(s, A.Global) or isinstance(s, A.Nonlocal):
            pass
        elif isinstance(s, A.Match):
            self.match_stmt(s)
        else:
            raise self.error("unknown statement", s)

    # --- assignments ---------------------------------------------------------
    def aug_assign(self, s: A.AugAssign) -> None:
        op = BINOPS[s.op] + B.NB_INPLACE_OFFSET
        t = s.target
        if isinstance(t, A.Name):
            self.name_op(t.id, A.LOAD)
            self.expr(s.value)
            self.emit(B.BINARY_OP, op)
            self.name_op(t.id, A.STORE)
        elif isinstance(t, A.Attribute):
            self.expr(t.value)
            self.emit(B.COPY, 1)
            self.emit(B.LOAD_ATTR, self.attr_name(t.attr))
            self.expr(s.value)
            self.emit(B.BINARY_OP, op)
            self.emit(B.SWAP, 2)
            self.emit(B.STORE_ATTR, self.attr_name(t.attr))
        elif isinstance(t, A.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
            self.emit(B.COPY, 2)
            self.emit(B.COPY, 2)
            self.emit0(B.BINARY_SUBSCR)
            self.expr(s.value)
            self.emit(B.BINARY_OP, op)
            self.emit(B.SWAP, 3)
            self.emit(B.SWAP, 2)
            self.emit0(B.STORE_SUBSCR)
        else:
            raise self.error("illegal expression for augmented assignment", t)

    def ann_assign(self, s: A.AnnAssign) -> None:
        t = s.target
        if s.value is not None:
            self.expr(s.value)
            self.store(t)
        kind = self.unit.scope.kind
        if kind == SCOPE_FUNCTION:
            return
        if isinstance(t, A.Name) and s.simple != 0:
            if self.future_annotations:
                self.load_str(unparse(s.annotation))
            else:
                self.expr(s.annotation)
            self.emit(B.LOAD_NAME, self.unit.b.add_name("__annotations__"))
            self.load_str(mangle(self.unit.class_name, t.id))
            self.emit0(B.STORE_SUBSCR)
            return
        if s.value is None:
            if isinstance(t, A.Attribute):
                self.expr(t.value)
                self.emit0(B.POP_TOP)
            elif isinstance(t, A.Subscript):
                self.expr(t.value)
                self.emit0(B.POP_TOP)
                self.expr(t.slice)
                self.emit0(B.POP_TOP)
        if not self.future_annotations:
            self.expr(s.annotation)
            self.emit0(B.POP_TOP)

    # --- control flow --------------------------------------------------------
    def if_stmt(self, s: A.If) -> None:
        end = self.new_label()
        if len(s.orelse) > 0:
            orelse = self.new_label()
            self.jump_if(s.test, False, orelse)
            self.body(s.body)
            self.emit(B.JUMP_FORWARD, end)
            self.place(orelse)
            self.body(s.orelse)
        else:
            self.jump_if(s.test, False, end)
            self.body(s.body)
        self.place(end)

    def while_stmt(self, s: A.While) -> None:
        start = self.new_label()
        orelse = self.new_label()
        end = self.new_label()
        self.place(start)
        if not is_true_constant(s.test):
            self.jump_if(s.test, False, orelse)
        self.push_fblock(FB_WHILE, start, end)
        self.body(s.body)
        self.pop_fblock()
        self.set_loc(s)
        self.emit(B.JUMP_BACKWARD, start)
        self.place(orelse)
        self.body(s.orelse)
        self.place(end)

    def for_stmt(self, s: A.For) -> None:
        if s.is_async:
            self.async_for(s)
            return
        start = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        if isinstance(s.iter, A.List):
            self.container_operand(s.iter)
            self.emit0(B.GET_ITER)
        else:
            # a generator made by the iterable itself is closed when the
            # loop is left early (CPython's reference counting frees it)
            self.owned_iter(s.iter)
        self.place(start)
        self.emit(B.FOR_ITER, cleanup)
        self.store(s.target)
        self.push_fblock(FB_FOR, start, end)
        self.body(s.body)
        self.pop_fblock()
        self.set_loc(s)
        self.emit(B.JUMP_BACKWARD, start)
        self.place(cleanup)
        self.body(s.orelse)
        self.place(end)

    def async_for(self, s: A.For) -> None:
        self.check_await(s, "'async for' outside async function")
        b = self.unit.b
        start = self.new_label()
        stop = self.new_label()
        end = self.new_label()
        self.expr(s.iter)
        self.emit0(B.GET_AITER)
        depth = b.depth
        self.place(start)
        outer = b.push_handler(stop, depth)
        self.emit0(B.GET_ANEXT)
        self.load_none()
        self.yield_from_loop()
        b.restore_handler(outer)
        self.store(s.target)
        self.push_fblock(FB_FOR, start, end)
        self.body(s.body)
        self.pop_fblock()
        self.set_loc(s)
        self.emit(B.JUMP_BACKWARD, start)
        # [aiter exc]: StopAsyncIteration ends the loop
        self.place(stop)
        self.emit0(B.END_ASYNC_FOR)
        self.body(s.orelse)
        self.place(end)

    def loop_block(self, s: A.Stmt, what: str) -> int:
        """Index of the innermost loop fblock, or raise."""
        fbs = self.unit.fblocks
        i = len(fbs) - 1
        while i >= 0:
            k = fbs[i].kind
            if k == FB_WHILE or k == FB_FOR:
                return i
            if k == FB_EXCEPT_STAR:
                raise self.error(EXCEPT_STAR_EXIT, s)
            i -= 1
        if what == "break":
            raise self.error("'break' outside loop", s)
        raise self.error("'continue' not properly in loop", s)

    def break_stmt(self, s: A.Break) -> None:
        i = self.loop_block(s, "break")
        fb = self.unit.fblocks[i]
        saved = self.unwind(i + 1, False)
        if fb.kind == FB_FOR:
            self.emit0(B.POP_ITER)
        self.emit(B.JUMP_FORWARD, fb.exit)
        self.unit.b.restore_handler(saved)

    def continue_stmt(self, s: A.Continue) -> None:
        i = self.loop_block(s, "continue")
        fb = self.unit.fblocks[i]
        saved = self.unwind(i + 1, False)
        self.emit(B.JUMP_BACKWARD, fb.start)
        self.unit.b.restore_handler(saved)

    def return_stmt(self, s: A.Return) -> None:
        if self.unit.scope.kind != SCOPE_FUNCTION:
            raise self.error("'return' outside function", s)
        sc = self.unit.scope
        if sc.is_coroutine and sc.is_generator and s.value is not None:
            raise self.error("'return' with value in async generator", s)
        for fb in self.unit.fblocks:
            if fb.kind == FB_EXCEPT_STAR:
                v = s.value
                raise self.error(EXCEPT_STAR_EXIT, v if v is not None else s)
        if s.value is not None:
            self.expr(s.value)
        else:
            self.load_none()
        saved = self.unwind(0, True)
        self.emit0(B.RETURN_VALUE)
        self.unit.b.restore_handler(saved)

    def unwind(self, downto: int, preserve_tos: bool) -> int:
        """Undo the fblocks above index `downto` before leaving them early.

        The handler active outside them stays current (for the jump or
        return that follows); the caller restores the returned one."""
        u = self.unit
        saved = list(u.fblocks)
        saved_handler = u.b.current_handler
        i = len(saved) - 1
        while i >= downto:
            fb = saved[i]
            # code run while leaving a block is not protected by it
            u.fblocks = saved[:i]
            u.b.current_handler = fb.outer_handler
            self.unwind_one(fb, preserve_tos)
            i -= 1
        u.fblocks = saved
        return saved_handler

    def unwind_one(self, fb: FBlock, preserve_tos: bool) -> None:
        k = fb.kind
        if k == FB_WHILE or k == FB_TRY_EXCEPT:
            return
        if k == FB_FOR or k == FB_POP_VALUE:
            if preserve_tos:
                self.emit(B.SWAP, 2)
            self.emit0(B.POP_ITER if k == FB_FOR else B.POP_TOP)
            return
        if k == FB_TRY_FINALLY:
            if preserve_tos:
                # a break/continue in this finally drops the pending
                # return value: it is one more value to pop on the way out
                self.push_fblock(FB_POP_VALUE, -1, -1)
                self.body(fb.finalbody)
                self.pop_fblock()
            else:
                self.body(fb.finalbody)
            return
        if k == FB_HANDLER:
            if preserve_tos:
                self.emit(B.SWAP, 2)
            self.emit0(B.POP_EXCEPT)
            name = fb.name
            if name is not None:
                self.load_none()
                self.name_op(name, A.STORE)
                self.name_op(name, A.DEL)
            return
        if k == FB_FINALLY_END:
            if preserve_tos:
                self.emit(B.SWAP, 2)
            self.emit0(B.POP_TOP)
            if preserve_tos:
                self.emit(B.SWAP, 2)
            self.emit0(B.POP_EXCEPT)
            return
        if k == FB_WITH or k == FB_ASYNC_WITH:
            if preserve_tos:
                self.emit(B.SWAP, 2)
            self.load_none()
            self.load_none()
            self.load_none()
            self.emit(B.CALL_FUNCTION, 3)
            if k == FB_ASYNC_WITH:
                self.await_top()
            self.emit0(B.POP_TOP)
            return

    # --- imports -------------------------------------------------------------
    def import_stmt(self, s: A.Import) -> None:
        for alias in s.names:
            self.load_const(B.ConstInt(0))
            self.load_none()
            self.emit(B.IMPORT_NAME, self.unit.b.add_name(alias.name))
            asname = alias.asname
            if asname is not None:
                parts = alias.name.split(".")
                if len(parts) > 1:
                    for i in range(1, len(parts)):
                        self.emit(B.IMPORT_FROM, self.unit.b.add_name(parts[i]))
                        if i < len(parts) - 1:
                            self.emit(B.SWAP, 2)
                            self.emit0(B.POP_TOP)
                    self.name_op(asname, A.STORE)
                    self.emit0(B.POP_TOP)
                else:
                    self.name_op(asname, A.STORE)
            else:
                top = alias.name.split(".")[0]
                self.name_op(top, A.STORE)

    def import_from(self, s: A.ImportFrom) -> None:
        names: list[B.Const] = []
        for alias in s.names:
            names.append(B.ConstStr(alias.name))
        self.load_const(B.ConstInt(s.level))
        self.load_const(B.ConstTuple(names))
        module = s.module
        self.emit(B.IMPORT_NAME, self.unit.b.add_name(module if module is not None else ""))
        if len(s.names) == 1 and s.names[0].name == "*":
            self.emit0(B.IMPORT_STAR)
            return
        for alias in s.names:
            self.emit(B.IMPORT_FROM, self.unit.b.add_name(alias.name))
            asname = alias.asname
            self.name_op(asname if asname is not None else alias.name, A.STORE)
        self.emit0(B.POP_TOP)

    # --- definitions ---------------------------------------------------------
    def funcdef(self, s: A.FunctionDef) -> None:
        for d in s.decorator_list:
            self.expr(d)
        self.set_loc(s)
        flags = self.defaults(s.args)
        flags |= self.annotations(s.args, s.returns)
        firstlineno = s.lineno
        if len(s.decorator_list) > 0:
            firstlineno = s.decorator_list[0].lineno
        self.enter_unit(s, s.name, firstlineno)
        if s.is_async:
            if self.unit.scope.is_generator:
                self.unit.flags |= B.CO_ASYNC_GENERATOR
            else:
                self.unit.flags |= B.CO_COROUTINE
        self.set_arg_counts(s.args)
        self.unit.docstring = docstring_of(s.body)
        self.set_loc(s)
        self.copy_cell_params()
        self.body(s.body)
        self.end_function()
        code = self.leave_unit()
        self.set_loc(s)
        self.make_closure(code, flags)
        for i in range(len(s.decorator_list)):
            self.emit(B.CALL_FUNCTION, 1)
        self.name_op(s.name, A.STORE)

    def end_function(self) -> None:
        """Falling off the end returns None."""
        b = self.unit.b
        if b.reachable or b.last_op() != B.RETURN_VALUE:
            self.load_none()
            self.emit0(B.RETURN_VALUE)

    def classdef(self, s: A.ClassDef) -> None:
        for d in s.decorator_list:
            self.expr(d)
        self.set_loc(s)
        self.emit0(B.LOAD_BUILD_CLASS)
        firstlineno = s.lineno
        if len(s.decorator_list) > 0:
            firstlineno = s.decorator_list[0].lineno
        u = self.enter_unit(s, s.name, firstlineno)
        self.set_loc(s)
        self.emit(B.LOAD_NAME, u.b.add_name("__name__"))
        self.emit(B.STORE_NAME, u.b.add_name("__module__"))
        self.load_str(u.qualname)
        self.emit(B.STORE_NAME, u.b.add_name("__qualname__"))
        if u.scope.has_annotations:
            self.emit0(B.SETUP_ANNOTATIONS)
        doc = docstring_of(s.body)
        u.docstring = doc
        if doc is not None:
            self.load_str(doc)
            self.emit(B.STORE_NAME, u.b.add_name("__doc__"))
        self.body(s.body)
        self.set_loc(None)
        if u.scope.needs_class_cell:
            self.emit(B.LOAD_CLOSURE, self.closure_index("__class__"))
            self.emit(B.COPY, 1)
            self.emit(B.STORE_NAME, u.b.add_name("__classcell__"))
            self.emit0(B.RETURN_VALUE)
        else:
            self.load_none()
            self.emit0(B.RETURN_VALUE)
        code = self.leave_unit()
        self.set_loc(s)
        self.make_closure(code, 0)
        self.load_str(s.name)
        self.call_args(s.bases, s.keywords, 2)
        for i in range(len(s.decorator_list)):
            self.emit(B.CALL_FUNCTION, 1)
        self.name_op(s.name, A.STORE)

    # --- whole programs --------------------------------------------------------
    def check_future(self, stmts: list[A.Stmt]) -> None:
        """`from __future__ import ...`: only at the top; notes `annotations`."""
        at_top = True
        first = True
        for s in stmts:
            is_doc = first and isinstance(s, A.ExprStmt) and \
                isinstance(s.value, A.Constant) and isinstance(s.value.value, B.ConstStr)
            first = False
            if is_doc:
                continue
            if isinstance(s, A.ImportFrom) and s.module == "__future__" and s.level == 0:
                if not at_top:
                    raise self.error("from __future__ imports must occur at the "
                                     "beginning of the file", s)
                for alias in s.names:
                    name = alias.name
                    if name == "annotations":
                        self.future_annotations = True
                    elif name == "braces":
                        raise self.point_error("not a chance", s)
                    elif name not in FUTURE_FEATURES:
                        raise self.point_error("future feature %s is not defined"
                                               % name, s)
            else:
                at_top = False

    def point_error(self, msg: str, node: A.Node) -> PySyntaxError:
        """An error that CPython marks with one caret at the node's start."""
        return self.lines.error(msg, node.lineno, node.col_offset,
                                node.lineno, node.col_offset + 1)

    def module_body(self, stmts: list[A.Stmt]) -> None:
        self.check_future(stmts)
        u = self.unit
        if u.scope.has_annotations:
            self.emit0(B.SETUP_ANNOTATIONS)
        doc = docstring_of(stmts)
        if doc is not None and not self.interactive:
            u.docstring = doc
            self.set_loc(stmts[0])
            self.load_str(doc)
            self.emit(B.STORE_NAME, u.b.add_name("__doc__"))
            self.body(stmts[1:])
        else:
            self.body(stmts)
        self.set_loc(None)
        self.load_none()
        self.emit0(B.RETURN_VALUE)


EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block"

FUTURE_FEATURES = ["nested_scopes", "generators", "division", "absolute_import",
                   "with_statement", "print_function", "unicode_literals",
                   "barry_as_FLUFL", "generator_stop", "annotations"]


def docstring_of(stmts: list[A.Stmt]) -> str | None:
    if len(stmts) == 0:
        return None
    first = stmts[0]
    if isinstance(first, A.ExprStmt) and isinstance(first.value, A.Constant):
        c = first.value.value
        if isinstance(c, B.ConstStr):
            return c.value
    return None


def is_true_constant(e: A.Expr) -> bool:
    if isinstance(e, A.Constant):
        c = e.value
        if isinstance(c, B.ConstBool):
            return c.value
        if isinstance(c, B.ConstInt):
            return c.value != 0
    return False
