"""Compiling expressions (and the function/lambda/comprehension objects they make)."""
from interpreters.python import bytecode as B
from interpreters.python import pyast as A
from interpreters.python.compiler.core import CompilerBase
from interpreters.python.compiler.unparse import unparse
from interpreters.python.symtable import SCOPE_FUNCTION, mangle

BINOPS = {"Add": B.NB_ADD, "Sub": B.NB_SUBTRACT, "Mult": B.NB_MULTIPLY,
          "MatMult": B.NB_MATRIX_MULTIPLY, "Div": B.NB_TRUE_DIVIDE,
          "Mod": B.NB_REMAINDER, "Pow": B.NB_POWER, "LShift": B.NB_LSHIFT,
          "RShift": B.NB_RSHIFT, "BitOr": B.NB_OR, "BitXor": B.NB_XOR,
          "BitAnd": B.NB_AND, "FloorDiv": B.NB_FLOOR_DIVIDE}
CMPOPS = {"Lt": B.CMP_LT, "LtE": B.CMP_LE, "Eq": B.CMP_EQ, "NotEq": B.CMP_NE,
          "Gt": B.CMP_GT, "GtE": B.CMP_GE}


class ExpressionCompiler(CompilerBase):

    def expr(self, e: A.Expr) -> None:
        """Compile `e`, leaving its value on the stack."""
        old = self.set_loc(e)
        self.expr_inner(e)
        self.set_loc(old)

    def expr_inner(self, e: A.Expr) -> None:
        if isinstance(e, A.Name):
            if e.id == "__debug__":
                self.load_const(B.ConstBool(True))    # a constant, as in CPython
            else:
                self.name_op(e.id, A.LOAD)
        elif isinstance(e, A.Constant):
            self.load_const(e.value)
        elif isinstance(e, A.BinOp):
            self.binop_chain(e)
        elif isinstance(e, A.UnaryOp):
            self.unary(e)
        elif isinstance(e, A.BoolOp):
            end = self.new_label()
            n = len(e.values)
            op = B.JUMP_IF_FALSE_OR_POP if e.op == "And" else B.JUMP_IF_TRUE_OR_POP
            for i in range(n):
                self.expr(e.values[i])
                if i < n - 1:
                    self.emit(op, end)
            self.place(end)
        elif isinstance(e, A.Compare):
            self.compare(e)
        elif isinstance(e, A.Call):
            self.expr(e.func)
            self.call_args(e.args, e.keywords, 0)
        elif isinstance(e, A.Attribute):
            self.expr(e.value)
            self.emit(B.LOAD_ATTR, self.attr_name(e.attr))
        elif isinstance(e, A.Subscript):
            self.expr(e.value)
            self.expr(e.slice)
            self.emit0(B.BINARY_SUBSCR)
        elif isinstance(e, A.Slice):
            self.slice(e)
        elif isinstance(e, A.Tuple):
            self.sequence(e.elts, B.BUILD_TUPLE, True)
        elif isinstance(e, A.List):
            self.sequence(e.elts, B.BUILD_LIST, False)
        elif isinstance(e, A.Set):
            self.set_display(e)
        elif isinstance(e, A.Dict):
            self.dict_display(e)
        elif isinstance(e, A.IfExp):
            orelse = self.new_label()
            end = self.new_label()
            self.jump_if(e.test, False, orelse)
            self.expr(e.body)
            self.emit(B.JUMP_FORWARD, end)
            self.place(orelse)
            self.expr(e.orelse)
            self.place(end)
        elif isinstance(e, A.NamedExpr):
            self.expr(e.value)
            self.emit(B.COPY, 1)
            self.store(e.target)
        elif isinstance(e, A.JoinedStr):
            self.joined_str(e)
        elif isinstance(e, A.FormattedValue):
            self.formatted_value(e)
        elif isinstance(e, A.Lambda):
            self.lambda_expr(e)
        elif isinstance(e, A.ListComp):
            self.comprehension(e, "<listcomp>", e.generators, e.elt, None)
        elif isinstance(e, A.SetComp):
            self.comprehension(e, "<setcomp>", e.generators, e.elt, None)
        elif isinstance(e, A.DictComp):
            self.comprehension(e, "<dictcomp>", e.generators, e.key, e.value)
        elif isinstance(e, A.GeneratorExp):
            self.comprehension(e, "<genexpr>", e.generators, e.elt, None)
        elif isinstance(e, A.Yield):
            self.check_yield(e)
            if e.value is not None:
                self.expr(e.value)
            else:
                self.load_none()
            self.emit(B.YIELD_VALUE, 2 if self.unit.scope.is_coroutine else 0)
        elif isinstance(e, A.YieldFrom):
            self.check_yield(e)
            if self.unit.scope.is_coroutine:
                raise self.error("'yield from' inside async function", e)
            self.expr(e.value)
            self.emit0(B.GET_YIELD_FROM_ITER)
            self.load_none()
            self.yield_from_loop()
        elif isinstance(e, A.Await):
            self.check_await(e, "'await' outside async function")
            self.expr(e.value)
            self.await_top()
        elif isinstance(e, A.Starred):
            raise self.error("can't use starred expression here", e)
        else:
            raise self.error("unknown expression", e)

    def binop_chain(self, e: A.BinOp) -> None:
        """`a + b + c + ...` nests to the left: walk that spine with a loop
        (long generated chains would otherwise exhaust the stack)."""
        spine: list[A.BinOp] = [e]
        left = e.left
        while isinstance(left, A.BinOp):
            spine.append(left)
            left = left.left
        self.expr(left)
        i = len(spine) - 1
        while i >= 0:
            node = spine[i]
            self.expr(node.right)
            old = self.set_loc(node)
            self.emit(B.BINARY_OP, BINOPS[node.op])
            self.set_loc(old)
            i -= 1

    def check_await(self, node: A.Node, msg: str) -> None:
        """await / async for / async with need an async def around them."""
        s = self.unit.scope
        if s.kind != SCOPE_FUNCTION:
            if msg.startswith("'await'"):
                msg = "'await' outside function"
            raise self.error(msg, node)
        if s.is_comprehension:
            return      # the comprehension is async; checked where it is made
        if not s.is_coroutine:
            raise self.error(msg, node)

    def await_top(self) -> None:
        """[awaitable] -> [result]"""
        self.emit0(B.GET_AWAITABLE)
        self.load_none()
        self.yield_from_loop()

    def check_yield(self, e: A.Expr) -> None:
        if self.unit.scope.kind != SCOPE_FUNCTION:
            raise self.error("'yield' outside function", e)

    def yield_from_loop(self) -> None:
        """[iter value] -> [result]: delegate to iter until it returns."""
        send = self.new_label()
        exit = self.new_label()
        self.place(send)
        self.emit(B.SEND, exit)
        self.emit(B.YIELD_VALUE, 1)
        self.emit(B.JUMP_BACKWARD, send)
        self.place(exit)

    def unary(self, e: A.UnaryOp) -> None:
        folded = fold_unary(e)
        if folded is not None:
            self.load_const(folded)
            return
        self.expr(e.operand)
        if e.op == "Not":
            self.emit0(B.UNARY_NOT)
        elif e.op == "USub":
            self.emit0(B.UNARY_NEGATIVE)
        elif e.op == "UAdd":
            self.emit0(B.UNARY_POSITIVE)
        else:
            self.emit0(B.UNARY_INVERT)

    def compare_op(self, op: str) -> None:
        if op in CMPOPS:
            self.emit(B.COMPARE_OP, CMPOPS[op])
        elif op == "Is":
            self.emit(B.IS_OP, 0)
        elif op == "IsNot":
            self.emit(B.IS_OP, 1)
        elif op == "In":
            self.emit(B.CONTAINS_OP, 0)
        else:
            self.emit(B.CONTAINS_OP, 1)

    def compare(self, e: A.Compare) -> None:
        self.expr(e.left)
        n = len(e.ops)
        if n == 1:
            right = e.comparators[0]
            if e.ops[0] == "In" or e.ops[0] == "NotIn":
                self.container_operand(right)
            else:
                self.expr(right)
            self.compare_op(e.ops[0])
            return
        cleanup = self.new_label()
        end = self.new_label()
        for i in range(n - 1):
            self.expr(e.comparators[i])
            self.emit(B.SWAP, 2)
            self.emit(B.COPY, 2)
            self.compare_op(e.ops[i])
            self.emit(B.JUMP_IF_FALSE_OR_POP, cleanup)
        self.expr(e.comparators[n - 1])
        self.compare_op(e.ops[n - 1])
        self.emit(B.JUMP_FORWARD, end)
        self.place(cleanup)
        self.emit(B.SWAP, 2)
        self.emit0(B.POP_TOP)
        self.place(end)

    def container_operand(self, e: A.Expr) -> None:
        """`x in [1, 2]` / `for x in [1, 2]`: a display of constants that is
        only searched or iterated is a constant (tuple, or frozenset for a
        set display), as in CPython."""
        elts: list[A.Expr] = []
        if isinstance(e, A.List):
            elts = e.elts
        elif isinstance(e, A.Set):
            elts = e.elts
        c = const_tuple(elts) if len(elts) > 0 else None
        if isinstance(c, B.ConstTuple):
            old = self.set_loc(e)
            if isinstance(e, A.Set):
                self.load_const(B.ConstFrozenset(c.items))
            else:
                self.load_const(c)
            self.set_loc(old)
            return
        self.expr(e)

    def jump_if(self, e: A.Expr, cond: bool, label: int) -> None:
        """Jump to `label` if truth(e) == cond; fall through otherwise."""
        if isinstance(e, A.UnaryOp) and e.op == "Not":
            self.jump_if(e.operand, not cond, label)
            return
        if isinstance(e, A.BoolOp):
            is_and = e.op == "And"
            n = len(e.values)
            if is_and != cond:
                # `a and b` jumping when false / `a or b` when true:
                # every operand may jump straight to label
                for v in e.values:
                    self.jump_if(v, cond, label)
                return
            skip = self.new_label()
            for i in range(n - 1):
                self.jump_if(e.values[i], not cond, skip)
            self.jump_if(e.values[n - 1], cond, label)
            self.place(skip)
            return
        old = self.set_loc(e)
        self.expr_inner(e)
        self.emit(B.POP_JUMP_IF_TRUE if cond else B.POP_JUMP_IF_FALSE, label)
        self.set_loc(old)

    def slice(self, e: A.Slice) -> None:
        n = 2
        if e.lower is not None:
            self.expr(e.lower)
        else:
            self.load_none()
        if e.upper is not None:
            self.expr(e.upper)
        else:
            self.load_none()
        if e.step is not None:
            self.expr(e.step)
            n = 3
        self.emit(B.BUILD_SLICE, n)

    # --- displays ------------------------------------------------------------
    def sequence(self, elts: list[A.Expr], build: int, is_tuple: bool) -> None:
        if is_tuple:
            c = const_tuple(elts)
            if c is not None and len(elts) > 0:
                self.load_const(c)
                return
        has_star = False
        for x in elts:
            if isinstance(x, A.Starred):
                has_star = True
        if not has_star:
            for x in elts:
                self.expr(x)
            self.emit(build, len(elts))
            return
        self.emit(B.BUILD_LIST, 0)
        for x in elts:
            if isinstance(x, A.Starred):
                self.expr(x.value)
                self.emit(B.LIST_EXTEND, 1)
            else:
                self.expr(x)
                self.emit(B.LIST_APPEND, 1)
        if is_tuple:
            self.emit0(B.LIST_TO_TUPLE)

    def set_display(self, e: A.Set) -> None:
        has_star = False
        for x in e.elts:
            if isinstance(x, A.Starred):
                has_star = True
        if not has_star:
            for x in e.elts:
                self.expr(x)
            self.emit(B.BUILD_SET, len(e.elts))
            return
        self.emit(B.BUILD_SET, 0)
        for x in e.elts:
            if isinstance(x, A.Starred):
                self.expr(x.value)
                self.emit(B.SET_UPDATE, 1)
            else:
                self.expr(x)
                self.emit(B.SET_ADD, 1)

    def dict_display(self, e: A.Dict) -> None:
        n = len(e.values)
        has_unpack = False
        for k in e.keys:
            if k is None:
                has_unpack = True
        if not has_unpack:
            for i in range(n):
                key = e.keys[i]
                if key is not None:
                    self.expr(key)
                self.expr(e.values[i])
            self.emit(B.BUILD_MAP, n)
            return
        self.emit(B.BUILD_MAP, 0)
        for i in range(n):
            key = e.keys[i]
            if key is None:
                self.expr(e.values[i])
                self.emit(B.DICT_UPDATE, 1)
            else:
                self.expr(key)
                self.expr(e.values[i])
                self.emit(B.MAP_ADD, 1)

    def joined_str(self, e: A.JoinedStr) -> None:
        n = len(e.values)
        if n == 0:
            self.load_str("")
            return
        for v in e.values:
            self.expr(v)
        if n == 1 and (isinstance(e.values[0], A.FormattedValue) or
                       isinstance(e.values[0], A.Constant)):
            return
        self.emit(B.BUILD_STRING, n)

    def formatted_value(self, e: A.FormattedValue) -> None:
        self.expr(e.value)
        flags = B.FVC_NONE
        if e.conversion == ord("s"):
            flags = B.FVC_STR
        elif e.conversion == ord("r"):
            flags = B.FVC_REPR
        elif e.conversion == ord("a"):
            flags = B.FVC_ASCII
        spec = e.format_spec
        if spec is not None:
            self.expr(spec)
            flags |= B.FVS_HAVE_SPEC
        self.emit(B.FORMAT_VALUE, flags)

    # --- calls -------------------------------------------------------------
    def call_args(self, args: list[A.Expr], keywords: list[A.Keyword],
                  extra: int) -> None:
        """Arguments of a call whose callable (and `extra` leading positional
        arguments, already pushed) are on the stack; emits the call."""
        for i in range(len(keywords)):
            ki = keywords[i].arg
            for j in range(i):
                if ki is not None and keywords[j].arg == ki:
                    raise self.error("keyword argument repeated: " + ki, keywords[i])
        simple = True
        for a in args:
            if isinstance(a, A.Starred):
                simple = False
        for k in keywords:
            if k.arg is None:
                simple = False
        if simple:
            for a in args:
                self.expr(a)
            if len(keywords) == 0:
                self.emit(B.CALL_FUNCTION, extra + len(args))
                return
            names: list[B.Const] = []
            for k in keywords:
                self.expr(k.value)
                kname = k.arg
                if kname is not None:
                    names.append(B.ConstStr(kname))
            self.load_const(B.ConstTuple(names))
            self.emit(B.CALL_FUNCTION_KW, extra + len(args) + len(keywords))
            return
        # general case: a tuple of positional args and a dict of keywords
        self.emit(B.BUILD_LIST, extra)
        for a in args:
            if isinstance(a, A.Starred):
                self.expr(a.value)
                self.emit(B.LIST_EXTEND, 1)
            else:
                self.expr(a)
                self.emit(B.LIST_APPEND, 1)
        self.emit0(B.LIST_TO_TUPLE)
        if len(keywords) == 0:
            self.emit(B.CALL_FUNCTION_EX, 0)
            return
        self.emit(B.BUILD_MAP, 0)
        for k in keywords:
            kname = k.arg
            if kname is None:
                self.expr(k.value)
            else:
                self.load_str(kname)
                self.expr(k.value)
                self.emit(B.BUILD_MAP, 1)
            self.emit(B.DICT_MERGE, 1)
        self.emit(B.CALL_FUNCTION_EX, 1)

    # --- assignment targets ------------------------------------------------
    def store(self, t: A.Expr) -> None:
        """Store the value on top of the stack into target `t`."""
        old = self.set_loc(t)
        if isinstance(t, A.Name):
            self.name_op(t.id, A.STORE)
        elif isinstance(t, A.Attribute):
            self.expr(t.value)
            self.emit(B.STORE_ATTR, self.attr_name(t.attr))
        elif isinstance(t, A.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
            self.emit0(B.STORE_SUBSCR)
        elif isinstance(t, A.Tuple):
            self.unpack(t.elts, t)
        elif isinstance(t, A.List):
            self.unpack(t.elts, t)
        elif isinstance(t, A.Starred):
            raise self.error("starred assignment target must be in a list or tuple", t)
        else:
            raise self.error("cannot assign to expression", t)
        self.set_loc(old)

    def unpack(self, elts: list[A.Expr], node: A.Expr) -> None:
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], A.Starred):
                if star >= 0:
                    raise self.error("multiple starred expressions in assignment", node)
                star = i
        if star < 0:
            self.emit(B.UNPACK_SEQUENCE, len(elts))
        else:
            after = len(elts) - star - 1
            if star >= 256 or after >= (1 << 24):
                raise self.error("too many expressions in star-unpacking assignment", node)
            self.emit(B.UNPACK_EX, star | (after << 8))
        for x in elts:
            if isinstance(x, A.Starred):
                self.store(x.value)
            else:
                self.store(x)

    def delete(self, t: A.Expr) -> None:
        old = self.set_loc(t)
        if isinstance(t, A.Name):
            self.name_op(t.id, A.DEL)
        elif isinstance(t, A.Attribute):
            self.expr(t.value)
            self.emit(B.DELETE_ATTR, self.attr_name(t.attr))
        elif isinstance(t, A.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
            self.emit0(B.DELETE_SUBSCR)
        elif isinstance(t, A.Tuple):
            for x in t.elts:
                self.delete(x)
        elif isinstance(t, A.List):
            for x in t.elts:
                self.delete(x)
        else:
            raise self.error("cannot delete expression", t)
        self.set_loc(old)

    # --- functions -----------------------------------------------------------
    def make_closure(self, code: B.CodeObject, flags: int) -> None:
        """Push the closure tuple (if any) and the code; MAKE_FUNCTION."""
        if len(code.freevars) > 0:
            for name in code.freevars:
                self.emit(B.LOAD_CLOSURE, self.closure_index(name))
            self.emit(B.BUILD_TUPLE, len(code.freevars))
            flags |= B.MF_CLOSURE
        self.load_const(B.ConstCode(code))
        self.emit(B.MAKE_FUNCTION, flags)

    def closure_index(self, name: str) -> int:
        s = self.unit.scope
        for i in range(len(s.cellvars)):
            if s.cellvars[i] == name:
                return i
        for j in range(len(s.freevars)):
            if s.freevars[j] == name:
                return len(s.cellvars) + j
        raise ValueError("closure: no cell named " + name)

    def defaults(self, args: A.Arguments) -> int:
        """Push defaults and keyword-only defaults; return MF_* flags."""
        flags = 0
        if len(args.defaults) > 0:
            for d in args.defaults:
                self.expr(d)
            self.emit(B.BUILD_TUPLE, len(args.defaults))
            flags |= B.MF_DEFAULTS
        n = 0
        for i in range(len(args.kwonlyargs)):
            d2 = args.kw_defaults[i]
            if d2 is not None:
                self.load_str(mangle(self.unit.class_name, args.kwonlyargs[i].arg))
                self.expr(d2)
                n += 1
        if n > 0:
            self.emit(B.BUILD_MAP, n)
            flags |= B.MF_KWDEFAULTS
        return flags

    def annotations(self, args: A.Arguments, returns: A.Expr | None) -> int:
        n = 0
        for a in annotation_order(args):
            ann = a.annotation
            if ann is not None:
                self.load_str(mangle(self.unit.class_name, a.arg))
                if self.future_annotations:
                    self.load_str(unparse(ann))
                elif isinstance(ann, A.Starred):
                    # `*args: *Ts` stores the one item Ts unpacks to
                    self.expr(ann.value)
                    self.emit(B.UNPACK_SEQUENCE, 1)
                else:
                    self.expr(ann)
                n += 1
        if returns is not None:
            self.load_str("return")
            if self.future_annotations:
                self.load_str(unparse(returns))
            else:
                self.expr(returns)
            n += 1
        if n > 0:
            self.emit(B.BUILD_MAP, n)
            return B.MF_ANNOTATIONS
        return 0

    def set_arg_counts(self, args: A.Arguments) -> None:
        u = self.unit
        u.posonlyargcount = len(args.posonlyargs)
        u.argcount = len(args.posonlyargs) + len(args.args)
        u.kwonlyargcount = len(args.kwonlyargs)
        if args.vararg is not None:
            u.flags |= B.CO_VARARGS
        if args.kwarg is not None:
            u.flags |= B.CO_VARKEYWORDS

    def copy_cell_params(self) -> None:
        """Parameters that inner functions capture live in cells."""
        u = self.unit
        for p in u.scope.params:
            if p in u.scope.cellvars:
                self.emit(B.LOAD_FAST, u.var_index[p])
                self.emit(B.STORE_DEREF, self.closure_index(p))

    def lambda_expr(self, e: A.Lambda) -> None:
        flags = self.defaults(e.args)
        self.enter_unit(e, "<lambda>", e.lineno)
        self.set_arg_counts(e.args)
        self.set_loc(e)
        self.copy_cell_params()
        self.expr(e.body)
        self.emit0(B.RETURN_VALUE)
        code = self.leave_unit()
        self.make_closure(code, flags)

    def comprehension(self, e: A.Expr, name: str, gens: list[A.Comprehension],
                      elt: A.Expr, value: A.Expr | None) -> None:
        inner = self.table.scope_of(e)
        is_async = inner.is_async_comp
        outer = self.unit.scope
        if is_async and name != "<genexpr>" and not outer.is_coroutine and \
                not (outer.is_comprehension and outer.is_async_comp):
            raise self.error("asynchronous comprehension outside of an "
                             "asynchronous function", e)
        self.enter_unit(e, name, e.lineno)
        self.unit.argcount = 1
        if is_async:
            inner.is_coroutine = True
            if name == "<genexpr>":
                self.unit.flags = (self.unit.flags & ~B.CO_GENERATOR) | B.CO_ASYNC_GENERATOR
            else:
                self.unit.flags |= B.CO_COROUTINE
        self.set_loc(e)
        self.copy_cell_params()
        if name == "<listcomp>":
            self.emit(B.BUILD_LIST, 0)
        elif name == "<setcomp>":
            self.emit(B.BUILD_SET, 0)
        elif name == "<dictcomp>":
            self.emit(B.BUILD_MAP, 0)
        self.comprehension_loop(name, gens, 0, elt, value)
        if name == "<genexpr>":
            self.load_none()
        self.emit0(B.RETURN_VALUE)
        code = self.leave_unit()
        self.make_closure(code, 0)
        if gens[0].is_async:
            self.expr(gens[0].iter)
            self.emit0(B.GET_AITER)
        else:
            self.owned_iter(gens[0].iter)
        self.emit(B.CALL_FUNCTION, 1)
        if is_async and name != "<genexpr>":
            self.await_top()

    def owned_iter(self, e: A.Expr) -> None:
        """iter(e) for a loop; a generator that e itself creates belongs to
        the loop (closed when the loop's frame drops it, see POP_ITER)."""
        if isinstance(e, A.Call) or isinstance(e, A.GeneratorExp):
            self.emit0(B.MARK_NEW_GENERATORS)
            self.expr(e)
            self.emit0(B.GET_ITER_OWNED)
        else:
            self.expr(e)
            self.emit0(B.GET_ITER)

    def comprehension_loop(self, name: str, gens: list[A.Comprehension], k: int,
                           elt: A.Expr, value: A.Expr | None) -> None:
        g = gens[k]
        b = self.unit.b
        if k == 0:
            self.emit(B.LOAD_FAST, 0)
        elif g.is_async:
            self.expr(g.iter)
            self.emit0(B.GET_AITER)
        else:
            self.owned_iter(g.iter)
        start = self.new_label()
        end = self.new_label()
        skip = self.new_label()
        self.place(start)
        if g.is_async:
            outer_h = b.push_handler(end, b.depth)
            self.emit0(B.GET_ANEXT)
            self.load_none()
            self.yield_from_loop()
            b.restore_handler(outer_h)
        else:
            self.emit(B.FOR_ITER, end)
        self.store(g.target)
        for cond in g.ifs:
            self.jump_if(cond, False, skip)
        if k + 1 < len(gens):
            self.comprehension_loop(name, gens, k + 1, elt, value)
        else:
            depth = len(gens) + 1
            if name == "<listcomp>":
                self.expr(elt)
                self.emit(B.LIST_APPEND, depth)
            elif name == "<setcomp>":
                self.expr(elt)
                self.emit(B.SET_ADD, depth)
            elif name == "<dictcomp>":
                self.expr(elt)
                if value is not None:
                    self.expr(value)
                self.emit(B.MAP_ADD, depth)
            else:
                self.expr(elt)
                self.emit(B.YIELD_VALUE, 2 if self.unit.scope.is_coroutine else 0)
                self.emit0(B.POP_TOP)
        self.place(skip)
        self.emit(B.JUMP_BACKWARD, start)
        self.place(end)
        if g.is_async:
            self.emit0(B.END_ASYNC_FOR)     # [aiter exc] -> []


def annotation_order(args: A.Arguments) -> list[A.Arg]:
    """CPython's __annotations__ order: positional, *args, keyword-only, **kw."""
    out: list[A.Arg] = []
    for a in args.posonlyargs:
        out.append(a)
    for a in args.args:
        out.append(a)
    va = args.vararg
    if va is not None:
        out.append(va)
    for a in args.kwonlyargs:
        out.append(a)
    kw = args.kwarg
    if kw is not None:
        out.append(kw)
    return out


def const_tuple(elts: list[A.Expr]) -> B.Const | None:
    """A tuple display of constants folds to one ConstTuple."""
    items: list[B.Const] = []
    for x in elts:
        if isinstance(x, A.Constant):
            items.append(x.value)
        elif isinstance(x, A.Tuple):
            inner = const_tuple(x.elts)
            if inner is None:
                return None
            items.append(inner)
        elif isinstance(x, A.UnaryOp):
            f = fold_unary(x)
            if f is None:
                return None
            items.append(f)
        else:
            return None
    return B.ConstTuple(items)


def fold_unary(e: A.UnaryOp) -> B.Const | None:
    """-<number literal> is a constant."""
    if e.op != "USub" or not isinstance(e.operand, A.Constant):
        return None
    c = e.operand.value
    if isinstance(c, B.ConstInt):
        return B.ConstInt(-c.value)
    if isinstance(c, B.ConstFloat):
        return B.ConstFloat(-c.value)
    if isinstance(c, B.ConstBigInt):
        if c.digits.startswith("-"):
            return B.ConstBigInt(c.digits[1:])
        if c.digits == "9223372036854775808":
            return B.ConstInt(-9223372036854775807 - 1)
        return B.ConstBigInt("-" + c.digits)
    if isinstance(c, B.ConstComplex):
        return B.ConstComplex(-c.real, -c.imag)
    return None
