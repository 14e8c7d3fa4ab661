"""Assignment and deletion targets: turning a parsed expression into a target.

The parser reads `a, b[i] = ...` as an expression first; here it is checked
and its context set to Store or Del, with CPython's messages for what
cannot be assigned to.
"""
from interpreters.python.parser.arguments import ArgumentParser
from interpreters.python.parser.expressions import describe
from interpreters.python import pyast as A


class TargetParser(ArgumentParser):

    def set_context(self, e: A.Expr, ctx: int, statement: bool) -> None:
        """Mark `e` as a Store/Del target, or raise CPython's error.

        `statement` is True for the whole left side of an `x = ...`
        statement (CPython then adds "here. Maybe you meant '=='...")."""
        if isinstance(e, A.Name):
            if e.id == "__debug__":
                raise self.error_node("cannot %s __debug__" % verb(ctx), e)
            e.ctx = ctx
            return
        if isinstance(e, A.Attribute):
            if e.attr == "__debug__" and ctx == A.STORE:
                raise self.error_node("cannot assign to __debug__", e)
            e.ctx = ctx
            return
        if isinstance(e, A.Subscript):
            e.ctx = ctx
            return
        if isinstance(e, A.Starred):
            if ctx == A.DEL:
                raise self.error_node("cannot delete starred", e)
            e.ctx = ctx
            self.set_context(e.value, ctx, False)
            return
        if isinstance(e, A.Tuple):
            e.ctx = ctx
            for x in e.elts:
                self.set_context(x, ctx, False)
            return
        if isinstance(e, A.List):
            e.ctx = ctx
            for x in e.elts:
                self.set_context(x, ctx, False)
            return
        what = describe(e)
        if isinstance(e, A.Yield) or isinstance(e, A.YieldFrom):
            if ctx == A.STORE:
                raise self.error_node("assignment to yield expression not possible", e)
        if isinstance(e, A.Constant) and (what == "None" or what == "True" or
                                          what == "False"):
            raise self.error_node("cannot %s %s" % (verb(ctx), what), e)
        if statement and ctx == A.STORE:
            raise self.error_node("cannot assign to %s here. Maybe you meant "
                                  "'==' instead of '='?" % what, e)
        raise self.error_node("cannot %s %s" % (verb(ctx), what), e)

    def check_aug_target(self, e: A.Expr) -> None:
        if isinstance(e, A.Name) or isinstance(e, A.Attribute) or \
                isinstance(e, A.Subscript):
            self.set_context(e, A.STORE, False)
            return
        raise self.error_node("'%s' is an illegal expression for augmented "
                              "assignment" % describe(e), e)


def verb(ctx: int) -> str:
    return "delete" if ctx == A.DEL else "assign to"
