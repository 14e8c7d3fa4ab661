"""Compiling try/except/finally, except* and with (sync and async).

The layouts, with the exception table doing the work of block opcodes:
  try:       body [handler H]; else-part; JUMP end
  H:         [exc] PUSH_EXC_INFO -> [prev exc]; clauses [handler CLEANUP]
  CLEANUP:   [prev exc2] SWAP 2; POP_EXCEPT; RERAISE  (restores prev)
  finally:   the body is inlined on the normal path (and by early exits,
             see StatementCompiler.unwind) and run once more, between
             PUSH_EXC_INFO and RERAISE, on the exceptional path.
  with:      BEFORE_WITH -> [exit value]; body [handler W]; exit(None x3)
  W:         [exit exc] PUSH_EXC_INFO; WITH_EXCEPT_START; true -> suppress
"""
from interpreters.python import bytecode as B
from interpreters.python import pyast as A
from interpreters.python.compiler.core import (
    FBlock, FB_TRY_EXCEPT, FB_TRY_FINALLY, FB_HANDLER, FB_FINALLY_END,
    FB_WITH, FB_EXCEPT_STAR, FB_ASYNC_WITH)
from interpreters.python.compiler.matching import MatchCompiler


class ExceptionCompiler(MatchCompiler):

    def push_fblock(self, kind: int, start: int, exit: int) -> FBlock:
        fb = FBlock(kind, start, exit, self.unit.b.current_handler)
        self.unit.fblocks.append(fb)
        return fb

    def pop_fblock(self) -> None:
        self.unit.fblocks.pop()

    def try_stmt(self, s: A.Try) -> None:
        if len(s.finalbody) > 0:
            self.try_finally(s)
        else:
            self.try_except(s)

    def cleanup_handler(self, label: int) -> None:
        """[.. prev exc2] -> restore prev as the handled exception, re-raise."""
        self.place(label)
        self.emit(B.SWAP, 2)
        self.emit0(B.POP_EXCEPT)
        self.emit0(B.RERAISE)

    def try_finally(self, s: A.Try) -> None:
        b = self.unit.b
        handler = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        depth = b.depth
        fb = self.push_fblock(FB_TRY_FINALLY, -1, -1)
        fb.finalbody = s.finalbody
        outer = b.push_handler(handler, depth)
        if len(s.handlers) > 0:
            self.try_except(s)
        else:
            self.body(s.body)
        b.restore_handler(outer)
        self.pop_fblock()
        self.body(s.finalbody)
        self.emit(B.JUMP_FORWARD, end)
        # exceptional path: [exc]
        self.place(handler)
        self.emit0(B.PUSH_EXC_INFO)
        old2 = b.push_handler(cleanup, depth + 1)
        fin = self.push_fblock(FB_FINALLY_END, -1, -1)
        fin.outer_handler = outer
        self.body(s.finalbody)
        self.pop_fblock()
        self.emit0(B.RERAISE)
        b.restore_handler(old2)
        self.cleanup_handler(cleanup)
        self.place(end)

    def protected_body(self, s: A.Try, end: int) -> int:
        """The try body under a new handler, the else clause and a jump to
        `end`, then the handler's entry: [exc] -> [prev exc].  Returns the
        handler in force around the try statement."""
        b = self.unit.b
        handler = self.new_label()
        self.push_fblock(FB_TRY_EXCEPT, -1, -1)
        outer = b.push_handler(handler, b.depth)
        self.body(s.body)
        b.restore_handler(outer)
        self.pop_fblock()
        self.body(s.orelse)
        self.emit(B.JUMP_FORWARD, end)
        self.place(handler)
        self.emit0(B.PUSH_EXC_INFO)
        return outer

    def try_except(self, s: A.Try) -> None:
        if s.is_star:
            self.try_star(s)
            return
        b = self.unit.b
        cleanup = self.new_label()
        end = self.new_label()
        depth = b.depth
        outer = self.protected_body(s, end)
        old2 = b.push_handler(cleanup, depth + 1)
        cleanup_h = b.current_handler
        n = len(s.handlers)
        for i in range(n):
            h = s.handlers[i]
            self.set_loc(h)
            nxt = self.new_label()
            if h.type is None and i < n - 1:
                raise self.error("default 'except:' must be last", h)
            htype = h.type
            if htype is not None:
                self.expr(htype)
                self.emit0(B.CHECK_EXC_MATCH)
                self.emit(B.POP_JUMP_IF_FALSE, nxt)
            name = h.name
            if name is not None:
                self.name_op(name, A.STORE)
                named_cleanup = self.new_label()
                old3 = b.push_handler(named_cleanup, depth + 1)
                fb = self.push_fblock(FB_HANDLER, -1, -1)
                fb.name = name
                fb.outer_handler = outer
                self.body(h.body)
                self.pop_fblock()
                b.restore_handler(old3)
                self.set_loc(h)
                self.emit0(B.POP_EXCEPT)
                # below the cleanup handler's depth now: outer protection
                b.restore_handler(outer)
                self.load_none()
                self.name_op(name, A.STORE)
                self.name_op(name, A.DEL)
                self.emit(B.JUMP_FORWARD, end)
                b.restore_handler(old3)
                # an exception in the body: unbind the name, then clean up
                self.place(named_cleanup)
                self.load_none()
                self.name_op(name, A.STORE)
                self.name_op(name, A.DEL)
                self.emit0(B.RERAISE)
            else:
                self.emit0(B.POP_TOP)
                fb2 = self.push_fblock(FB_HANDLER, -1, -1)
                fb2.outer_handler = outer
                self.body(h.body)
                self.pop_fblock()
                self.set_loc(h)
                self.emit0(B.POP_EXCEPT)
                b.restore_handler(outer)
                self.emit(B.JUMP_FORWARD, end)
                b.restore_handler(cleanup_h)
            self.place(nxt)
        # no clause matched: [prev exc]
        self.emit0(B.RERAISE)
        b.restore_handler(old2)
        self.cleanup_handler(cleanup)
        self.place(end)

    def try_star(self, s: A.Try) -> None:
        """try/except*: match the clauses one after the other against what
        is left of the exception group, then re-raise what remains."""
        b = self.unit.b
        cleanup = self.new_label()
        end = self.new_label()
        reraise = self.new_label()
        depth = b.depth
        outer = self.protected_body(s, end)
        # [prev exc] -> [prev orig excs rest]
        b.push_handler(cleanup, depth + 1)
        cleanup_h = b.current_handler
        self.emit(B.COPY, 1)
        self.emit(B.BUILD_LIST, 0)
        self.emit(B.SWAP, 2)
        for h in s.handlers:
            self.set_loc(h)
            next_clause = self.new_label()
            no_match = self.new_label()
            raised = self.new_label()
            htype = h.type
            if htype is not None:
                self.expr(htype)
            self.emit0(B.CHECK_EG_MATCH)
            self.emit(B.COPY, 1)
            self.load_none()
            self.emit(B.IS_OP, 0)
            self.emit(B.POP_JUMP_IF_TRUE, no_match)
            name = h.name
            if name is not None:
                self.name_op(name, A.STORE)
            else:
                self.emit0(B.POP_TOP)
            b.push_handler(raised, depth + 4)
            self.push_fblock(FB_EXCEPT_STAR, -1, -1)
            self.body(h.body)
            self.pop_fblock()
            b.restore_handler(cleanup_h)
            self.set_loc(h)
            if name is not None:
                self.load_none()
                self.name_op(name, A.STORE)
                self.name_op(name, A.DEL)
            self.emit(B.JUMP_FORWARD, next_clause)
            # the clause body raised: [prev orig excs rest raised]
            self.place(raised)
            if name is not None:
                self.load_none()
                self.name_op(name, A.STORE)
                self.name_op(name, A.DEL)
            self.emit(B.LIST_APPEND, 2)
            self.emit(B.JUMP_FORWARD, next_clause)
            self.place(no_match)
            self.emit0(B.POP_TOP)
            self.place(next_clause)
        # [prev orig excs rest] -> [prev result]
        self.emit(B.LIST_APPEND, 1)
        self.emit0(B.PREP_RERAISE_STAR)
        self.emit(B.COPY, 1)
        self.load_none()
        self.emit(B.IS_OP, 0)
        self.emit(B.POP_JUMP_IF_FALSE, reraise)
        self.emit0(B.POP_TOP)
        self.emit0(B.POP_EXCEPT)
        b.restore_handler(outer)
        self.emit(B.JUMP_FORWARD, end)
        b.restore_handler(cleanup_h)
        self.place(reraise)
        self.emit0(B.RERAISE)
        b.restore_handler(outer)
        self.cleanup_handler(cleanup)
        self.place(end)

    def with_stmt(self, s: A.With, k: int) -> None:
        b = self.unit.b
        item = s.items[k]
        handler = self.new_label()
        cleanup = self.new_label()
        suppress = self.new_label()
        end = self.new_label()
        self.expr(item.context_expr)
        self.set_loc(s)
        if s.is_async:
            self.emit0(B.BEFORE_ASYNC_WITH)
            self.load_none()
            self.yield_from_loop()
        else:
            self.emit0(B.BEFORE_WITH)
        depth = b.depth - 1          # [exit] stays below the handler
        self.push_fblock(FB_ASYNC_WITH if s.is_async else FB_WITH, -1, -1)
        outer = b.push_handler(handler, depth)
        target = item.optional_vars
        if target is not None:
            self.store(target)
        else:
            self.emit0(B.POP_TOP)
        if k + 1 < len(s.items):
            self.with_stmt(s, k + 1)
        else:
            self.body(s.body)
        self.pop_fblock()
        b.restore_handler(outer)
        self.set_loc(s)
        self.load_none()
        self.load_none()
        self.load_none()
        self.emit(B.CALL_FUNCTION, 3)
        if s.is_async:
            self.await_top()
        self.emit0(B.POP_TOP)
        self.emit(B.JUMP_FORWARD, end)
        # [exit exc] -> [exit prev exc]
        self.place(handler)
        self.emit0(B.PUSH_EXC_INFO)
        b.push_handler(cleanup, depth + 1)
        self.emit0(B.WITH_EXCEPT_START)
        if s.is_async:
            self.await_top()
        self.emit(B.POP_JUMP_IF_TRUE, suppress)
        self.emit0(B.RERAISE)
        self.place(suppress)
        self.emit0(B.POP_TOP)
        self.emit0(B.POP_EXCEPT)
        b.restore_handler(outer)
        self.emit0(B.POP_TOP)
        self.emit(B.JUMP_FORWARD, end)
        self.cleanup_handler(cleanup)
        self.place(end)
