"""Scope analysis: which names are fast locals, cells, free, global or by-name.

Two passes over the AST.  The first builds one Scope per module, function,
lambda, class body and comprehension, recording how each name is bound or
used.  The second resolves every name, from the outside in, following
Python's rules: class bodies do not enclose their methods, `global` and
`nonlocal` declarations, closures via cells, the implicit `__class__` cell
for zero-argument super(), and `:=` in a comprehension binding in the
enclosing function.
"""
from interpreters.python import pyast as A
from interpreters.python.syntaxerror import PySyntaxError
from interpreters.python.tokenizer import SourceLines

SCOPE_MODULE = 0
SCOPE_FUNCTION = 1
SCOPE_CLASS = 2

# how a name occurs in a scope (bit flags)
DEF_LOCAL = 1        # assigned, imported, def/class name, for/with target
DEF_PARAM = 2
DEF_GLOBAL = 4       # `global x`
DEF_NONLOCAL = 8     # `nonlocal x`
USE = 16
DEF_COMP_ITER = 32   # bound by := inside a comprehension (lives outside)
DEF_BOUND = DEF_LOCAL | DEF_PARAM

# resolved meaning of a name
RES_LOCAL = 1
RES_GLOBAL_EXPLICIT = 2
RES_GLOBAL_IMPLICIT = 3
RES_FREE = 4
RES_CELL = 5


class Scope:
    name: str
    kind: int
    parent: "Scope | None"
    flags: dict[str, int]
    order: list[str]            # names in order of first occurrence
    params: list[str]
    children: list["Scope"]
    resolved: dict[str, int]
    cellvars: list[str]
    freevars: list[str]
    is_generator: bool
    is_coroutine: bool
    is_comprehension: bool
    uses_await: bool            # an await (or async comprehension) directly here
    is_async_comp: bool         # comprehension with async for or await
    is_lambda: bool
    needs_class_cell: bool      # class scope: a method uses __class__/super
    free_in_class: list[str]    # class scope: names both local and free
    has_annotations: bool       # module/class body with an AnnAssign
    node: A.Node
    nonlocal_stmts: dict[str, A.Node]   # where each nonlocal was declared

    def __init__(self, name: str, kind: int, parent: "Scope | None",
                 node: A.Node) -> None:
        self.name = name
        self.kind = kind
        self.parent = parent
        self.flags = {}
        self.order = []
        self.params = []
        self.children = []
        self.resolved = {}
        self.cellvars = []
        self.freevars = []
        self.is_generator = False
        self.is_coroutine = False
        self.is_comprehension = False
        self.uses_await = False
        self.is_async_comp = False
        self.is_lambda = False
        self.needs_class_cell = False
        self.free_in_class = []
        self.has_annotations = False
        self.node = node
        self.nonlocal_stmts = {}

    def add(self, name: str, flag: int) -> None:
        if name in self.flags:
            self.flags[name] = self.flags[name] | flag
        else:
            self.flags[name] = flag
            self.order.append(name)

    def get_flags(self, name: str) -> int:
        if name in self.flags:
            return self.flags[name]
        return 0

    def lookup(self, name: str) -> int:
        """The resolved meaning of `name` here (RES_*)."""
        if name in self.resolved:
            return self.resolved[name]
        if self.kind == SCOPE_FUNCTION:
            return RES_GLOBAL_IMPLICIT
        return 0


class SymbolTable:
    scopes: dict[A.Node, Scope]
    top: Scope

    def __init__(self, top: Scope) -> None:
        self.scopes = {}
        self.top = top

    def scope_of(self, node: A.Node) -> Scope:
        return self.scopes[node]


def mangle(class_name: str | None, name: str) -> str:
    """Private name mangling: __x in class C becomes _C__x."""
    if class_name is None or not name.startswith("__"):
        return name
    if name.endswith("__") or "." in name:
        return name
    stripped = class_name
    while stripped.startswith("_"):
        stripped = stripped[1:]
    if stripped == "":
        return name
    return "_" + stripped + name


class SymbolTableBuilder:
    table: SymbolTable
    cur: Scope
    lines: SourceLines
    class_name: str | None
    in_annotation: bool

    def __init__(self, root: A.Node, lines: SourceLines) -> None:
        top = Scope("top", SCOPE_MODULE, None, root)
        self.table = SymbolTable(top)
        self.table.scopes[root] = top
        self.cur = top
        self.lines = lines
        self.class_name = None
        self.in_annotation = False

    def error(self, msg: str, node: A.Node) -> PySyntaxError:
        return self.lines.error(msg, node.lineno, node.col_offset,
                                node.end_lineno, node.end_col_offset)

    def enter(self, name: str, kind: int, node: A.Node) -> Scope:
        s = Scope(name, kind, self.cur, node)
        self.cur.children.append(s)
        self.table.scopes[node] = s
        self.cur = s
        return s

    def leave(self) -> None:
        parent = self.cur.parent
        if parent is not None:
            self.cur = parent

    def add_def(self, name: str, flag: int, node: A.Node) -> None:
        name = mangle(self.class_name, name)
        old = self.cur.get_flags(name)
        if flag == DEF_PARAM and (old & DEF_PARAM) != 0:
            raise self.error("duplicate argument '%s' in function definition"
                             % name, node)
        self.cur.add(name, flag)

    # --- statements ----------------------------------------------------------
    def visit_body(self, body: list[A.Stmt]) -> None:
        for s in body:
            self.visit_stmt(s)

    def visit_stmt(self, s: A.Stmt) -> None:
        if isinstance(s, A.FunctionDef):
            self.add_def(s.name, DEF_LOCAL, s)
            self.visit_exprs(s.decorator_list)
            self.visit_arg_defaults(s.args)
            self.visit_arg_annotations(s.args)
            if s.returns is not None:
                self.visit_expr(s.returns)
            f = self.enter(s.name, SCOPE_FUNCTION, s)
            f.is_coroutine = s.is_async
            self.visit_params(s.args, s)
            self.visit_body(s.body)
            self.leave()
        elif isinstance(s, A.ClassDef):
            self.add_def(s.name, DEF_LOCAL, s)
            self.visit_exprs(s.decorator_list)
            self.visit_exprs(s.bases)
            for k in s.keywords:
                self.visit_expr(k.value)
            saved = self.class_name
            self.enter(s.name, SCOPE_CLASS, s)
            self.class_name = s.name
            self.visit_body(s.body)
            self.class_name = saved
            self.leave()
        elif isinstance(s, A.Return):
            if s.value is not None:
                self.visit_expr(s.value)
        elif isinstance(s, A.Delete):
            self.visit_exprs(s.targets)
        elif isinstance(s, A.Assign):
            self.visit_exprs(s.targets)
            self.visit_expr(s.value)
        elif isinstance(s, A.AugAssign):
            self.visit_expr(s.target)
            self.visit_expr(s.value)
        elif isinstance(s, A.AnnAssign):
            target = s.target
            if isinstance(target, A.Name):
                name = mangle(self.class_name, target.id)
                fl = self.cur.get_flags(name)
                if (fl & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 and s.simple != 0:
                    what = "global" if (fl & DEF_GLOBAL) != 0 else "nonlocal"
                    raise self.error("annotated name '%s' can't be %s" % (target.id, what), s)
                # `(x): int` with no value binds nothing (as in CPython)
                if s.simple != 0 or s.value is not None:
                    self.add_def(target.id, DEF_LOCAL, target)
            else:
                self.visit_expr(target)
            if self.cur.kind != SCOPE_FUNCTION:
                self.cur.has_annotations = True
            self.visit_expr(s.annotation)
            if s.value is not None:
                self.visit_expr(s.value)
        elif isinstance(s, A.For):
            self.visit_expr(s.target)
            self.visit_expr(s.iter)
            self.visit_body(s.body)
            self.visit_body(s.orelse)
        elif isinstance(s, A.While):
            self.visit_expr(s.test)
            self.visit_body(s.body)
            self.visit_body(s.orelse)
        elif isinstance(s, A.If):
            self.visit_expr(s.test)
            self.visit_body(s.body)
            self.visit_body(s.orelse)
        elif isinstance(s, A.With):
            for item in s.items:
                self.visit_expr(item.context_expr)
                ov = item.optional_vars
                if ov is not None:
                    self.visit_expr(ov)
            self.visit_body(s.body)
        elif isinstance(s, A.Match):
            self.visit_expr(s.subject)
            for case in s.cases:
                self.visit_pattern(case.pattern)
                g = case.guard
                if g is not None:
                    self.visit_expr(g)
                self.visit_body(case.body)
        elif isinstance(s, A.Raise):
            if s.exc is not None:
                self.visit_expr(s.exc)
            if s.cause is not None:
                self.visit_expr(s.cause)
        elif isinstance(s, A.Try):
            self.visit_body(s.body)
            for h in s.handlers:
                if h.type is not None:
                    self.visit_expr(h.type)
                if h.name is not None:
                    self.add_def(h.name, DEF_LOCAL, h)
                self.visit_body(h.body)
            self.visit_body(s.orelse)
            self.visit_body(s.finalbody)
        elif isinstance(s, A.Assert):
            self.visit_expr(s.test)
            if s.msg is not None:
                self.visit_expr(s.msg)
        elif isinstance(s, A.Import):
            for alias in s.names:
                self.visit_alias(alias, s)
        elif isinstance(s, A.ImportFrom):
            for alias in s.names:
                if alias.name == "*":
                    if self.cur.kind != SCOPE_MODULE:
                        raise self.error("import * only allowed at module level", s)
                    continue
                self.visit_alias(alias, s)
        elif isinstance(s, A.Global):
            for name in s.names:
                self.declare(name, DEF_GLOBAL, s)
        elif isinstance(s, A.Nonlocal):
            if self.cur.kind == SCOPE_MODULE:
                raise self.error("nonlocal declaration not allowed at module level", s)
            for name in s.names:
                self.declare(name, DEF_NONLOCAL, s)
        elif isinstance(s, A.ExprStmt):
            self.visit_expr(s.value)

    def declare(self, name: str, flag: int, s: A.Stmt) -> None:
        name = mangle(self.class_name, name)
        old = self.cur.get_flags(name)
        kw = "global" if flag == DEF_GLOBAL else "nonlocal"
        if (old & DEF_PARAM) != 0:
            raise self.error("name '%s' is parameter and %s" % (name, kw), s)
        if (flag == DEF_GLOBAL and (old & DEF_NONLOCAL) != 0) or \
                (flag == DEF_NONLOCAL and (old & DEF_GLOBAL) != 0):
            first: A.Node = s
            if name in self.cur.nonlocal_stmts:
                first = self.cur.nonlocal_stmts[name]
            raise self.error("name '%s' is nonlocal and global" % name, first)
        if (old & DEF_LOCAL) != 0:
            raise self.error("name '%s' is assigned to before %s declaration"
                             % (name, kw), s)
        if (old & USE) != 0:
            raise self.error("name '%s' is used prior to %s declaration"
                             % (name, kw), s)
        self.cur.add(name, flag)
        # (global and nonlocal statements both: for error locations)
        self.cur.nonlocal_stmts[name] = s

    def visit_alias(self, alias: A.Alias, s: A.Stmt) -> None:
        if alias.asname is not None:
            self.add_def(alias.asname, DEF_LOCAL, s)
        else:
            name = alias.name
            dot = name.find(".")
            if dot >= 0:
                name = name[:dot]
            self.add_def(name, DEF_LOCAL, s)

    # --- functions ---------------------------------------------------------
    def visit_arg_defaults(self, args: A.Arguments) -> None:
        self.visit_exprs(args.defaults)
        for d in args.kw_defaults:
            if d is not None:
                self.visit_expr(d)

    def visit_arg_annotations(self, args: A.Arguments) -> None:
        for a in all_args(args):
            ann = a.annotation
            if ann is not None:
                self.visit_expr(ann)

    def visit_params(self, args: A.Arguments, owner: A.Node) -> None:
        for a in all_args(args):
            if a.arg == "__debug__":
                raise self.error("cannot assign to __debug__", owner)
            self.add_def(a.arg, DEF_PARAM, a)
            self.cur.params.append(mangle(self.class_name, a.arg))

    # --- expressions -------------------------------------------------------
    def visit_exprs(self, es: list[A.Expr]) -> None:
        for e in es:
            self.visit_expr(e)

    def visit_expr(self, e: A.Expr) -> None:
        if isinstance(e, A.Name):
            if e.ctx == A.LOAD:
                self.add_def(e.id, USE, e)
                if e.id == "super" and self.cur.kind == SCOPE_FUNCTION:
                    self.cur.add("__class__", USE)
            else:
                self.add_def(e.id, DEF_LOCAL, e)
            if e.id == "__class__" and self.cur.kind == SCOPE_FUNCTION:
                self.cur.add("__class__", USE)
        elif isinstance(e, A.BoolOp):
            self.visit_exprs(e.values)
        elif isinstance(e, A.NamedExpr):
            self.visit_expr(e.value)
            self.visit_named_target(e)
        elif isinstance(e, A.BinOp):
            # the left spine of a long chain, with a loop
            rights: list[A.Expr] = [e.right]
            left = e.left
            while isinstance(left, A.BinOp):
                rights.append(left.right)
                left = left.left
            self.visit_expr(left)
            i = len(rights) - 1
            while i >= 0:
                self.visit_expr(rights[i])
                i -= 1
        elif isinstance(e, A.UnaryOp):
            self.visit_expr(e.operand)
        elif isinstance(e, A.Lambda):
            self.visit_arg_defaults(e.args)
            f = self.enter("<lambda>", SCOPE_FUNCTION, e)
            f.is_lambda = True
            self.visit_params(e.args, e)
            self.visit_expr(e.body)
            self.leave()
        elif isinstance(e, A.IfExp):
            self.visit_expr(e.test)
            self.visit_expr(e.body)
            self.visit_expr(e.orelse)
        elif isinstance(e, A.Dict):
            for k in e.keys:
                if k is not None:
                    self.visit_expr(k)
            self.visit_exprs(e.values)
        elif isinstance(e, A.Set):
            self.visit_exprs(e.elts)
        elif isinstance(e, A.ListComp):
            self.visit_comprehension(e, "<listcomp>", e.generators, e.elt, None)
        elif isinstance(e, A.SetComp):
            self.visit_comprehension(e, "<setcomp>", e.generators, e.elt, None)
        elif isinstance(e, A.DictComp):
            self.visit_comprehension(e, "<dictcomp>", e.generators, e.key, e.value)
        elif isinstance(e, A.GeneratorExp):
            self.visit_comprehension(e, "<genexpr>", e.generators, e.elt, None)
        elif isinstance(e, A.Await):
            self.cur.uses_await = True
            self.visit_expr(e.value)
        elif isinstance(e, A.Yield):
            self.mark_yield(e)
            if e.value is not None:
                self.visit_expr(e.value)
        elif isinstance(e, A.YieldFrom):
            self.mark_yield(e)
            self.visit_expr(e.value)
        elif isinstance(e, A.Compare):
            self.visit_expr(e.left)
            self.visit_exprs(e.comparators)
        elif isinstance(e, A.Call):
            self.visit_expr(e.func)
            self.visit_exprs(e.args)
            for k in e.keywords:
                self.visit_expr(k.value)
        elif isinstance(e, A.FormattedValue):
            self.visit_expr(e.value)
            if e.format_spec is not None:
                self.visit_expr(e.format_spec)
        elif isinstance(e, A.JoinedStr):
            self.visit_exprs(e.values)
        elif isinstance(e, A.Attribute):
            self.visit_expr(e.value)
        elif isinstance(e, A.Subscript):
            self.visit_expr(e.value)
            self.visit_expr(e.slice)
        elif isinstance(e, A.Starred):
            self.visit_expr(e.value)
        elif isinstance(e, A.List):
            self.visit_exprs(e.elts)
        elif isinstance(e, A.Tuple):
            self.visit_exprs(e.elts)
        elif isinstance(e, A.Slice):
            if e.lower is not None:
                self.visit_expr(e.lower)
            if e.upper is not None:
                self.visit_expr(e.upper)
            if e.step is not None:
                self.visit_expr(e.step)

    def mark_yield(self, e: A.Expr) -> None:
        s = self.cur
        if s.kind != SCOPE_FUNCTION:
            raise self.error("'yield' outside function", e)
        if s.is_comprehension:
            what = s.name[1:len(s.name) - 1].replace("comp", " comprehension")
            if s.name == "<genexpr>":
                what = "generator expression"
            raise self.error("'yield' inside %s" % what, e)
        s.is_generator = True

    def visit_named_target(self, e: A.NamedExpr) -> None:
        target = e.target
        if not isinstance(target, A.Name):
            return
        name = target.id
        if not self.cur.is_comprehension:
            self.add_def(name, DEF_LOCAL, target)
            return
        # := in a comprehension binds in the nearest enclosing non-
        # comprehension scope
        s = self.cur
        while s.is_comprehension:
            if (s.get_flags(name) & DEF_COMP_ITER) != 0:
                raise self.error("assignment expression cannot rebind "
                                 "comprehension iteration variable '%s'" % name, e)
            parent = s.parent
            if parent is None:
                break
            s = parent
        if s.kind == SCOPE_CLASS:
            raise self.error("assignment expression within a comprehension "
                             "cannot be used in a class body", e)
        if s.kind == SCOPE_MODULE:
            s.add(name, DEF_LOCAL)
            c = self.cur
            while c.is_comprehension:
                c.add(name, DEF_GLOBAL)
                p = c.parent
                if p is None:
                    break
                c = p
            return
        flags = s.get_flags(name)
        if (flags & DEF_GLOBAL) != 0:
            c2 = self.cur
            while c2.is_comprehension:
                c2.add(name, DEF_GLOBAL)
                p2 = c2.parent
                if p2 is None:
                    break
                c2 = p2
            return
        s.add(name, DEF_LOCAL)
        c3 = self.cur
        while c3.is_comprehension:
            c3.add(name, DEF_NONLOCAL)
            p3 = c3.parent
            if p3 is None:
                break
            c3 = p3

    def visit_comprehension(self, e: A.Expr, name: str,
                            gens: list[A.Comprehension], elt: A.Expr,
                            value: A.Expr | None) -> None:
        # the outermost iterable is evaluated in the enclosing scope
        self.visit_expr(gens[0].iter)
        s = self.enter(name, SCOPE_FUNCTION, e)
        s.is_comprehension = True
        s.is_generator = name == "<genexpr>"
        s.add(".0", DEF_PARAM)
        s.params.append(".0")
        first = True
        for g in gens:
            self.visit_comp_target(g.target)
            if not first:
                self.visit_expr(g.iter)
            first = False
            self.visit_exprs(g.ifs)
        self.visit_expr(elt)
        if value is not None:
            self.visit_expr(value)
        for g2 in gens:
            if g2.is_async:
                s.is_async_comp = True
        if s.uses_await:
            s.is_async_comp = True
        self.leave()
        # a list/set/dict comprehension that is async is awaited where it
        # is used; an async generator expression is not
        if s.is_async_comp and name != "<genexpr>":
            self.cur.uses_await = True

    def visit_comp_target(self, t: A.Expr) -> None:
        if isinstance(t, A.Name):
            self.add_def(t.id, DEF_LOCAL | DEF_COMP_ITER, t)
        elif isinstance(t, A.Tuple):
            for x in t.elts:
                self.visit_comp_target(x)
        elif isinstance(t, A.List):
            for x in t.elts:
                self.visit_comp_target(x)
        elif isinstance(t, A.Starred):
            self.visit_comp_target(t.value)
        else:
            self.visit_expr(t)

    # --- patterns ----------------------------------------------------------
    def visit_pattern(self, p: A.Pattern) -> None:
        if isinstance(p, A.MatchValue):
            self.visit_expr(p.value)
        elif isinstance(p, A.MatchSequence):
            for q in p.patterns:
                self.visit_pattern(q)
        elif isinstance(p, A.MatchMapping):
            self.visit_exprs(p.keys)
            for q in p.patterns:
                self.visit_pattern(q)
            if p.rest is not None:
                self.add_def(p.rest, DEF_LOCAL, p)
        elif isinstance(p, A.MatchClass):
            self.visit_expr(p.cls)
            for q in p.patterns:
                self.visit_pattern(q)
            for q in p.kwd_patterns:
                self.visit_pattern(q)
        elif isinstance(p, A.MatchStar):
            if p.name is not None:
                self.add_def(p.name, DEF_LOCAL, p)
        elif isinstance(p, A.MatchAs):
            if p.pattern is not None:
                self.visit_pattern(p.pattern)
            if p.name is not None:
                self.add_def(p.name, DEF_LOCAL, p)
        elif isinstance(p, A.MatchOr):
            for q in p.patterns:
                self.visit_pattern(q)


def all_args(args: A.Arguments) -> list[A.Arg]:
    """Parameters in slot order: positional, keyword-only, *args, **kwargs."""
    out: list[A.Arg] = []
    for a in args.posonlyargs:
        out.append(a)
    for a in args.args:
        out.append(a)
    for a in args.kwonlyargs:
        out.append(a)
    va = args.vararg
    if va is not None:
        out.append(va)
    kw = args.kwarg
    if kw is not None:
        out.append(kw)
    return out


# --- pass 2: resolution ------------------------------------------------------

class Resolver:
    lines: SourceLines

    def __init__(self, lines: SourceLines) -> None:
        self.lines = lines

    def resolve(self, s: Scope, bound: list[str], globals_: list[str]) -> list[str]:
        """Resolve names of `s`; return the names free in `s` (for its parent).

        `bound`: names bound in enclosing function scopes;
        `globals_`: names declared global in enclosing scopes."""
        local_names: list[str] = []
        for name in s.order:
            fl = s.flags[name]
            if (fl & DEF_GLOBAL) != 0:
                s.resolved[name] = RES_GLOBAL_EXPLICIT
            elif (fl & DEF_NONLOCAL) != 0:
                if name not in bound:
                    at = s.node
                    if name in s.nonlocal_stmts:
                        at = s.nonlocal_stmts[name]
                    raise self.lines.error("no binding for nonlocal '%s' found" % name,
                                           at.lineno, at.col_offset,
                                           at.end_lineno, at.end_col_offset)
                s.resolved[name] = RES_FREE
            elif (fl & DEF_BOUND) != 0:
                s.resolved[name] = RES_LOCAL
                local_names.append(name)
            elif s.kind != SCOPE_MODULE and name in bound and not \
                    (name in globals_ and name not in bound):
                s.resolved[name] = RES_FREE
            else:
                s.resolved[name] = RES_GLOBAL_IMPLICIT
        # what children see
        child_bound: list[str] = []
        child_globals: list[str] = list(globals_)
        if s.kind == SCOPE_FUNCTION:
            for b in bound:
                child_bound.append(b)
            for n in local_names:
                if n not in child_bound:
                    child_bound.append(n)
            for name in s.order:
                if s.resolved[name] == RES_FREE and name not in child_bound:
                    child_bound.append(name)
        elif s.kind == SCOPE_CLASS:
            for b in bound:
                child_bound.append(b)
            child_bound.append("__class__")
        for name in s.order:
            r = s.resolved[name]
            if r == RES_GLOBAL_EXPLICIT:
                if name not in child_globals:
                    child_globals.append(name)
                # a global declaration hides outer bindings from children
                if name in child_bound:
                    child_bound.remove(name)
            elif r == RES_LOCAL and name in child_globals:
                child_globals.remove(name)
        child_free: list[str] = []
        for c in s.children:
            for f in self.resolve(c, child_bound, child_globals):
                if f not in child_free:
                    child_free.append(f)
        # free names of children: cells here, or passed through
        for f in child_free:
            if s.kind == SCOPE_CLASS and f == "__class__":
                s.needs_class_cell = True
                continue
            r = s.resolved[f] if f in s.resolved else 0
            if s.kind == SCOPE_FUNCTION and r == RES_LOCAL:
                s.resolved[f] = RES_CELL
            elif r == RES_CELL or r == RES_FREE:
                pass
            elif s.kind == SCOPE_CLASS and r == RES_LOCAL:
                # a class-level name that methods see as the outer variable
                if f in bound:
                    s.free_in_class.append(f)
            elif f in bound:
                if r == 0:
                    s.order.append(f)
                    s.flags[f] = 0
                if r == 0 or r == RES_GLOBAL_IMPLICIT:
                    s.resolved[f] = RES_FREE
        # cellvars / freevars lists, in a stable order
        for name in s.params:
            if s.resolved.get(name, 0) == RES_CELL and name not in s.cellvars:
                s.cellvars.append(name)
        for name in sorted_names(s.order):
            if s.resolved[name] == RES_CELL and name not in s.cellvars:
                s.cellvars.append(name)
        if s.needs_class_cell:
            s.cellvars.append("__class__")
        for name in sorted_names(s.order):
            if s.resolved[name] == RES_FREE and name not in s.freevars:
                s.freevars.append(name)
        for name in s.free_in_class:
            if name not in s.freevars:
                s.freevars.append(name)
        result: list[str] = []
        for name in s.freevars:
            result.append(name)
        return result


def sorted_names(names: list[str]) -> list[str]:
    out = list(names)
    out.sort()
    return out


def build_symtable(root: A.Node, body: list[A.Stmt], expr: A.Expr | None,
                   lines: SourceLines) -> SymbolTable:
    b = SymbolTableBuilder(root, lines)
    b.visit_body(body)
    if expr is not None:
        b.visit_expr(expr)
    Resolver(lines).resolve(b.table.top, [], [])
    return b.table
