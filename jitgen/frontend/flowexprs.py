"""Expressions and conditions of the flow graph builder (a mixin of
FlowBuilder, which provides blocks, state and operations)."""
from __future__ import annotations

import ast
import builtins

from jitgen.frontend.flowvalues import (BINOPS, CMPOPS, _NOCONST, poison,
                                        target_names, undef)
from jitgen.hints.arith import intmask, r_uint
from jitgen.lower.llgraph import Block, Constant


def fits_int(value) -> bool:
    """False for a plain int outside the signed 64-bit range (r_uint, bool
    and other values pass)."""
    return type(value) is not int or -(1 << 63) <= value < (1 << 63)


class ExprBuilder:
    # > 0 while building the arguments of intmask(...)/r_uint(...), where an
    # int literal past 64 bits is a bit pattern (it wraps, as they do)
    wrapped_ints = 0

    # ---- conditions ------------------------------------------------------
    def test(self, e: ast.expr) -> tuple[Block, Block]:
        """Evaluate e as a condition: returns (false block, true block)."""
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.Not):
            fb, tb = self.test(e.operand)
            return tb, fb
        if isinstance(e, ast.BoolOp):
            names = list(self.state)
            is_and = isinstance(e.op, ast.And)
            other = self.new_block(names)   # the exit where the op short-circuits
            for i, v in enumerate(e.values):
                fb, tb = self.test(v)
                last = i == len(e.values) - 1
                short, cont = (fb, tb) if is_and else (tb, fb)
                self.enter(short)
                self.goto(other)
                if last:
                    self.enter(cont)
                    rest = self.new_block(list(self.state))
                    self.goto(rest)
                    return (other, rest) if is_and else (rest, other)
                self.enter(cont)
        static = self.static_truth(e)
        if static is not None:
            # we_are_translated(), TYPE_CHECKING, module-level bool flags:
            # only the branch that translation keeps is built (and checked)
            names = list(self.state)
            fb, tb = self.new_block(names), self.new_block(names)
            self.goto(tb if static else fb)
            return fb, tb
        v = self.expr(e)
        if self.block is None:
            self.block = self.new_block([])
            self.state = {}
        cond = self.op("bool", [v], e)
        return self.fork(cond)

    def module_constant(self, e: ast.expr):
        """The value of a module global named by e, or _NOCONST."""
        if not isinstance(e, ast.Name) or self.local_name(e.id) is not None:
            return _NOCONST
        if e.id in self.globals:
            return self.globals[e.id]
        return _NOCONST

    def static_truth(self, e: ast.expr) -> bool | None:
        from jitgen.hints.jit import we_are_translated
        if isinstance(e, ast.Constant) and isinstance(e.value, bool):
            return e.value
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.Not):
            inner = self.static_truth(e.operand)
            return None if inner is None else not inner
        if isinstance(e, ast.BoolOp):
            vals = [self.static_truth(v) for v in e.values]
            if isinstance(e.op, ast.And):
                if False in vals:
                    # only if everything before the False is static too
                    first = vals.index(False)
                    return False if None not in vals[:first] else None
                return True if None not in vals else None
            if True in vals:
                first = vals.index(True)
                return True if None not in vals[:first] else None
            return False if None not in vals else None
        if (isinstance(e, ast.Compare) and len(e.ops) == 1 and isinstance(e.ops[0], (ast.Is, ast.IsNot))
                and isinstance(e.comparators[0], ast.Constant) and e.comparators[0].value is None):
            left = self.module_constant(e.left)
            if left is _NOCONST or not (left is None or type(left).__name__ == "module"):
                return None
            return (left is None) == isinstance(e.ops[0], ast.Is)
        if (isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and len(e.args) == 2
                and self.global_value(e.func.id) is hasattr and isinstance(e.args[1], ast.Constant)):
            obj = self.module_constant(e.args[0])
            if obj is _NOCONST or not (obj is None or type(obj).__name__ == "module"):
                return None
            return hasattr(obj, e.args[1].value)
        if isinstance(e, ast.Name) and self.local_name(e.id) is None:
            v = self.global_value(e.id)
            if type(v) is bool:
                return v
        if (isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and not e.args
                and self.global_value(e.func.id) is we_are_translated):
            return True
        return None

    # ---- expressions -------------------------------------------------------
    def expr(self, e: ast.expr):
        meth = getattr(self, "expr_" + type(e).__name__, None)
        if meth is None:
            self.error(e, f"'{type(e).__name__}' expressions are not in the subset")
            return poison()
        return meth(e)

    def expr_Constant(self, e: ast.Constant):
        if isinstance(e.value, (bytes, complex)) or e.value is Ellipsis:
            self.error(e, f"{type(e.value).__name__} literals are not in the subset")
        elif not fits_int(e.value) and not self.wrapped_ints:
            self.error(e, f"the literal {e.value} does not fit a 64-bit int "
                          f"(ints are signed machine words; use r_uint(...) or intmask(...) for bit patterns)")
        return Constant(e.value, None)

    def load_name(self, e: ast.Name):
        name = self.local_name(e.id)
        if name is not None:
            return self.state[name]
        if e.id in self.globals:
            value = self.globals[e.id]
            if not fits_int(value) and not self.wrapped_ints:
                self.error(e, f"global '{e.id}' is {value}, which does not fit a 64-bit int "
                              f"(ints are signed machine words; use r_uint(...) or intmask(...) for bit patterns)")
            return Constant(value, None)
        if hasattr(builtins, e.id):
            return Constant(getattr(builtins, e.id), None)
        self.error(e, f"name '{e.id}' is not defined")
        return poison()

    expr_Name = load_name

    def expr_Attribute(self, e: ast.Attribute):
        v = e.value
        if e.attr == "__name__":
            # type(x).__name__ / x.__class__.__name__: the class's Python name
            inner = None
            if (isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and len(v.args) == 1
                    and not v.keywords and self.global_value(v.func.id) is type):
                inner = v.args[0]
            elif isinstance(v, ast.Attribute) and v.attr == "__class__":
                inner = v.value
            if inner is not None:
                return self.op("classname", [self.expr(inner)], e)
        obj = self.expr(e.value)
        if isinstance(obj, Constant) and (type(obj.value).__name__ == "module"):
            if not hasattr(obj.value, e.attr):
                self.error(e, f"module '{obj.value.__name__}' has no attribute '{e.attr}'")
                return poison()
            return Constant(getattr(obj.value, e.attr), None)
        return self.op("getattr", [obj, Constant(e.attr, None)], e)

    def expr_Subscript(self, e: ast.Subscript):
        obj = self.expr(e.value)
        if isinstance(e.slice, ast.Slice):
            lo = self.expr(e.slice.lower) if e.slice.lower is not None else Constant(None, None)
            hi = self.expr(e.slice.upper) if e.slice.upper is not None else Constant(None, None)
            if e.slice.step is not None:
                step = self.expr(e.slice.step)
                return self.op("getslice_step", [obj, lo, hi, step], e)
            return self.op("getslice", [obj, lo, hi], e)
        return self.op("getitem", [obj, self.expr(e.slice)], e)

    def expr_BinOp(self, e: ast.BinOp):
        opname = BINOPS.get(type(e.op))
        if opname is None:
            self.error(e, "operator '@' is not in the subset")
            return poison()
        a = self.expr(e.left)
        b = self.expr(e.right)
        return self.op(opname, [a, b], e)

    def expr_UnaryOp(self, e: ast.UnaryOp):
        if (isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant)
                and type(e.operand.value) is int and e.operand.value == 1 << 63):
            return Constant(-(1 << 63), None)    # the one literal whose negation fits
        v = self.expr(e.operand)
        if isinstance(e.op, ast.USub):
            # fold literals like -5; an int result outside 64 bits (-MININT)
            # stays an operation so that it raises OverflowError
            if isinstance(v, Constant) and (type(v.value) is float or (
                    type(v.value) is int and -(1 << 63) <= -v.value < (1 << 63))):
                return Constant(-v.value, None)
            return self.op("neg", [v], e)
        if isinstance(e.op, ast.UAdd):
            return v
        if isinstance(e.op, ast.Invert):
            return self.op("invert", [v], e)
        return self.op("not_", [self.op("bool", [v], e)], e)

    def expr_Compare(self, e: ast.Compare):
        if len(e.ops) == 1:
            c = e.comparators[0]
            if (isinstance(e.ops[0], (ast.In, ast.NotIn)) and isinstance(c, ast.Call)
                    and isinstance(c.func, ast.Name) and self.local_name(c.func.id) is None
                    and self.global_value(c.func.id) is range and 1 <= len(c.args) <= 3 and not c.keywords):
                # x in range(...): a test on x, no range object
                x = self.expr(e.left)
                args = [self.expr(a) for a in c.args]
                if len(args) == 1:
                    args = [Constant(0, None)] + args
                if len(args) == 2:
                    args = args + [Constant(1, None)]
                r = self.op("range_contains", [x] + args, e)
                return r if isinstance(e.ops[0], ast.In) else self.op("not_", [r], e)
            return self.compare(e.ops[0], self.expr(e.left), self.expr(e.comparators[0]), e)
        # chained: a < b < c  ==  a < b and b < c (b evaluated once)
        names = list(self.state)
        join = self.new_block(names, extra=1)
        left = self.expr(e.left)
        for i, (o, c) in enumerate(zip(e.ops, e.comparators)):
            right = self.expr(c)
            r = self.compare(o, left, right, e)
            if i == len(e.ops) - 1:
                self.goto(join, [r])
                break
            tmp = self.hidden("cmp")
            self.state[tmp] = right
            fb, tb = self.fork(self.op("bool", [r], e))
            self.enter(fb)
            self.goto(join, [r])
            self.enter(tb)
            left = self.state[tmp]
        [res] = self.enter(join)
        return res

    def compare(self, o: ast.cmpop, a, b, e: ast.AST):
        name = CMPOPS[type(o)]
        if name == "contains":
            return self.op("contains", [b, a], e)
        if name == "not_contains":
            return self.op("not_", [self.op("contains", [b, a], e)], e)
        return self.op(name, [a, b], e)

    def expr_BoolOp(self, e: ast.BoolOp):
        names = list(self.state)
        is_and = isinstance(e.op, ast.And)
        # the result is named after the keyword, which no local can be
        join = self.new_block(names, extra=1, extra_name="and" if is_and else "or")
        self.join_pos[id(join.inputargs[-1])] = self.pos(e)
        for i, ve in enumerate(e.values):
            v = self.expr(ve)
            if i == len(e.values) - 1:
                self.goto(join, [v])
                break
            tmp = self.hidden("bool")
            self.state[tmp] = v
            fb, tb = self.fork(self.op("bool", [v], ve))
            self.enter(fb if is_and else tb)
            self.goto(join, [self.state[tmp]])
            self.enter(tb if is_and else fb)
        [res] = self.enter(join)
        return res

    def expr_IfExp(self, e: ast.IfExp):
        fb, tb = self.test(e.test)
        join = self.new_block(list(self.names_of[id(fb)]), extra=1, extra_name="if")
        self.join_pos[id(join.inputargs[-1])] = self.pos(e)
        self.enter(tb)
        self.goto(join, [self.expr(e.body)])
        self.enter(fb)
        self.goto(join, [self.expr(e.orelse)])
        [res] = self.enter(join)
        return res

    def expr_List(self, e: ast.List):
        elts = self.no_star(e.elts)
        return self.op("newlist", [self.expr(x) for x in elts], e, argnodes=elts)

    def expr_Tuple(self, e: ast.Tuple):
        elts = self.no_star(e.elts)
        return self.op("newtuple", [self.expr(x) for x in elts], e, argnodes=elts)

    def no_star(self, elts: list) -> list:
        out = []
        for x in elts:
            if isinstance(x, ast.Starred):
                self.error(x, "starred expressions are not in the subset")
            else:
                out.append(x)
        return out

    def expr_Dict(self, e: ast.Dict):
        args = []
        nodes = []
        for k, v in zip(e.keys, e.values):
            if k is None:
                self.error(v, "'**' in dict literals is not in the subset")
                continue
            args.append(self.expr(k))
            args.append(self.expr(v))
            nodes += [k, v]
        return self.op("newdict", args, e, argnodes=nodes)

    def expr_JoinedStr(self, e: ast.JoinedStr):
        result = None
        for part in e.values:
            if isinstance(part, ast.Constant):
                s = Constant(part.value, None)
            else:
                # an empty spec (f"{x:}") is format(x, ""), which is str(x)
                spec = None
                if part.format_spec is not None and part.format_spec.values:
                    if all(isinstance(v, ast.Constant) for v in part.format_spec.values):
                        spec = "".join(v.value for v in part.format_spec.values)
                    else:
                        self.error(e, "a format spec with replacement fields (f\"{x:{width}}\") is not in"
                                      " the subset: write the spec out")
                conv = chr(part.conversion) if part.conversion != -1 else "s"
                if conv == "a":
                    self.error(e, "conversion '!a' (ascii()) in f-strings is not in the subset (use !r or !s)")
                if spec is not None:
                    # format(value, spec); a conversion applies first (f"{x!r:>8}")
                    v = self.expr(part.value)
                    if part.conversion != -1:
                        v = self.op("format_value", [v, Constant(conv, None)], part)
                    s = self.op("format_spec", [v, Constant(spec, None)], part)
                else:
                    s = self.op("format_value", [self.expr(part.value), Constant(conv, None)], part)
            result = s if result is None else self.op("add", [result, s], e)
        return result if result is not None else Constant("", None)

    def expr_ListComp(self, e: ast.ListComp):
        res = self.hidden("lc")
        self.state[res] = self.op("newlist", [], e)
        self.comprehension(e.generators, 0, lambda: self.op(
            "call_method", [self.state[res], Constant("append", None), Constant((), None),
                            self.expr(e.elt)], e), e)
        return self.state[res] if self.state is not None else Constant(None, None)

    def expr_DictComp(self, e: ast.DictComp):
        res = self.hidden("dc")
        self.state[res] = self.op("newdict", [], e)
        self.comprehension(e.generators, 0, lambda: self.op(
            "setitem", [self.state[res], self.expr(e.key), self.expr(e.value)], e), e)
        return self.state[res] if self.state is not None else Constant(None, None)

    def comprehension(self, gens: list, i: int, inner, node: ast.AST) -> None:
        if i == len(gens):
            inner()
            return
        g = gens[i]
        if g.is_async:
            self.error(g, "async comprehensions are not in the subset")
        renames = {}
        for n in target_names(g.target):
            renames[n] = self.hidden("c_" + n)

        def body() -> None:
            if g.ifs:
                conds = g.ifs
                fb, tb = self.test(conds[0] if len(conds) == 1 else ast.BoolOp(ast.And(), conds))
                join = self.new_block(list(self.names_of[id(fb)]))
                self.enter(tb)
                self.comprehension(gens, i + 1, inner, node)
                self.goto(join)
                self.enter(fb)
                self.goto(join)
                self.enter(join)
            else:
                self.comprehension(gens, i + 1, inner, node)

        for n in renames.values():
            self.state[n] = undef()
        self.renames.append(renames)
        self.for_loop(g.target, g.iter, node, body, [])
        if self.state is not None:
            for n in renames.values():
                self.state.pop(n, None)
        self.renames.pop()

    def consumes_all(self, f: ast.expr) -> bool:
        """A callee that iterates its one argument to the end, with no
        side effects of its own in between."""
        if isinstance(f, ast.Attribute):
            return f.attr == "join"
        if isinstance(f, ast.Name) and self.local_name(f.id) is None:
            return self.global_value(f.id) in (sum, min, max, sorted, list)
        return False

    def expr_GeneratorExp(self, e: ast.expr):
        if id(e) in self.generator_ok:
            return self.expr_ListComp(e)
        self.error(e, "generator expressions are not in the subset except as the only argument of"
                      " join, sum, min, max, sorted or list (use a list comprehension)")
        return poison()

    def expr_Lambda(self, e: ast.expr):
        self.error(e, "lambdas are not in the subset (no closures); use a top-level function")
        return poison()

    def expr_Yield(self, e: ast.expr):
        self.error(e, f"generator functions are not in the subset ('yield' in function '{self.info.func.__name__}')")
        return poison()

    expr_YieldFrom = expr_Yield

    def expr_Await(self, e: ast.expr):
        self.error(e, "'await' is not in the subset")
        return poison()

    def expr_Set(self, e: ast.expr):
        self.error(e, "sets are not in the subset (use a dict)")
        return poison()

    expr_SetComp = expr_Set

    def expr_NamedExpr(self, e: ast.expr):
        self.error(e, "assignment expressions (':=') are not in the subset")
        return poison()

    def expr_Call(self, e: ast.Call):
        for a in e.args:
            if isinstance(a, ast.Starred):
                self.error(a, "'*args' in calls is not in the subset")
                return poison()
        kwnames = []
        for k in e.keywords:
            if k.arg is None:
                self.error(k, "'**kwargs' in calls is not in the subset")
                return poison()
            kwnames.append(k.arg)
        argnodes = list(e.args) + [k.value for k in e.keywords]
        f = e.func
        if (isinstance(f, ast.Name) and self.local_name(f.id) is None and self.global_value(f.id) is list
                and len(e.args) == 1 and not e.keywords and isinstance(e.args[0], ast.Call)
                and isinstance(e.args[0].func, ast.Name) and self.local_name(e.args[0].func.id) is None
                and self.global_value(e.args[0].func.id) is range):
            # list(range(...)) is [i for i in range(...)]
            var = ast.Name(id="$range_item", ctx=ast.Store())
            comp = ast.ListComp(elt=ast.Name(id="$range_item", ctx=ast.Load()), generators=[
                ast.comprehension(target=var, iter=e.args[0], ifs=[], is_async=0)])
            for n in (var, comp, comp.elt):
                ast.copy_location(n, e)
            return self.expr_ListComp(comp)
        if len(e.args) == 1 and isinstance(e.args[0], ast.GeneratorExp) and self.consumes_all(f):
            # ",".join(str(x) for x in xs): the consumer takes every item, so
            # a list comprehension computes the same (not so for any/all,
            # which stop early)
            self.generator_ok.add(id(e.args[0]))
        # super().method(...)
        if (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Call)
                and isinstance(f.value.func, ast.Name) and f.value.func.id == "super"):
            if f.value.args or not self.is_method:
                self.error(f.value, "only argument-less super() inside a method is in the subset")
                return poison()
            args = [self.expr(a) for a in e.args] + [self.expr(k.value) for k in e.keywords]
            selfv = self.state.get(self.info.argnames[0]) if self.info.argnames else None
            return self.op("super_call", [Constant(self.info.func, None), selfv,
                                          Constant(f.attr, None), Constant(tuple(kwnames), None)] + args, e,
                           argnodes=[None] * 4 + argnodes)
        if isinstance(f, ast.Name) and self.local_name(f.id) is None:
            g = self.global_value(f.id)
            if g in (eval, exec, compile, globals, locals, vars):
                self.error(e, f"'{f.id}' is not in the subset")
                return poison()
            if g in (getattr, setattr, hasattr):
                if len(e.args) < 2 or not (isinstance(e.args[1], ast.Constant) and isinstance(e.args[1].value, str)):
                    self.error(e, f"'{f.id}' with a computed attribute name is not in the subset")
                    return poison()
                obj = self.expr(e.args[0])
                name = Constant(e.args[1].value, None)
                if g is getattr and len(e.args) == 2:
                    return self.op("getattr", [obj, name], e)
                if g is setattr and len(e.args) == 3:
                    return self.op("setattr", [obj, name, self.expr(e.args[2])], e)
                self.error(e, f"this form of '{f.id}' is not in the subset")
                return poison()
        if isinstance(f, ast.Attribute):
            obj = self.expr(f.value)
            if not (isinstance(obj, Constant) and type(obj.value).__name__ == "module"):
                args = [self.expr(a) for a in e.args] + [self.expr(k.value) for k in e.keywords]
                return self.op("call_method", [obj, Constant(f.attr, None),
                                               Constant(tuple(kwnames), None)] + args, e,
                               argnodes=[f.value, None, None] + argnodes)
            if not hasattr(obj.value, f.attr):
                self.error(f, f"module '{obj.value.__name__}' has no attribute '{f.attr}'")
                return poison()
            callee = Constant(getattr(obj.value, f.attr), None)
        else:
            callee = self.expr(f)
        wraps = isinstance(callee, Constant) and (callee.value is intmask or callee.value is r_uint)
        self.wrapped_ints += wraps
        args = [self.expr(a) for a in e.args] + [self.expr(k.value) for k in e.keywords]
        self.wrapped_ints -= wraps
        return self.op("call", [callee, Constant(tuple(kwnames), None)] + args, e,
                       argnodes=[f, None] + argnodes)
