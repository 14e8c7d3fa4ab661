"""Compiles syntax trees to bytecode (W_Method), inlining control structures."""
from interpreters.smalltalk import ast
from interpreters.smalltalk import bytecodes as bc
from interpreters.smalltalk.lexer import ParseError
from interpreters.smalltalk.bignum import bigint_from_str
from interpreters.smalltalk.objects import (
    W_Object, W_Integer, W_BigInteger, W_Double, W_String, W_Array,
    W_Method, SendSite, SymbolTable,
    TRIVIAL_GETTER, TRIVIAL_SETTER, TRIVIAL_CONST, TRIVIAL_SELF,
)


class CompileEnv:
    """What compilation needs from the universe: symbols and the constants."""
    symbols: SymbolTable
    nil: W_Object
    true: W_Object
    false: W_Object

    def __init__(self, symbols: SymbolTable, nil: W_Object, true: W_Object, false: W_Object) -> None:
        self.symbols = symbols
        self.nil = nil
        self.true = true
        self.false = false


class FrameScope:
    """Names visible in one run-time frame (a method or a real block).

    Inlined blocks add layers to the frame they are inlined into.
    """
    layers: list[dict[str, int]]
    num_slots: int
    outer: "FrameScope | None"
    is_block: bool

    def __init__(self, outer: "FrameScope | None", is_block: bool) -> None:
        self.layers = [{}]
        self.num_slots = 0
        self.outer = outer
        self.is_block = is_block

    def declare(self, name: str) -> int:
        idx = self.num_slots
        self.num_slots += 1
        if name != "":
            self.layers[len(self.layers) - 1][name] = idx
        return idx

    def find(self, name: str) -> int:
        i = len(self.layers) - 1
        while i >= 0:
            idx = self.layers[i].get(name, -1)
            if idx >= 0:
                return idx
            i -= 1
        return -1


class MethodBuilder:
    """Accumulates one W_Method's bytecode."""
    method: W_Method
    scope: FrameScope
    line: int
    col: int

    def __init__(self, method: W_Method, scope: FrameScope) -> None:
        self.method = method
        self.scope = scope
        self.line = 0
        self.col = 0

    def at(self, node: ast.Node) -> None:
        """Following bytecodes come from this node's source position."""
        self.line = node.line
        self.col = node.col

    def put(self, word: int) -> None:
        self.method.code.append(word)
        self.method.lines.append(self.line)
        self.method.cols.append(self.col)

    def emit(self, op: int) -> None:
        self.put(op)

    def emit1(self, op: int, a: int) -> int:
        self.put(op)
        pos = len(self.method.code)
        self.put(a)
        return pos

    def emit2(self, op: int, a: int, b: int) -> None:
        self.put(op)
        self.put(a)
        self.put(b)

    def here(self) -> int:
        return len(self.method.code)

    def patch(self, pos: int) -> None:
        self.method.code[pos] = len(self.method.code)

    def add_literal(self, w: W_Object) -> int:
        lits = self.method.literals
        for i in range(len(lits)):
            if lits[i] is w:
                return i
        lits.append(w)
        return len(lits) - 1


def classify_trivial(m: W_Method) -> None:
    """Mark getters, setters, constant and self returns (run without a frame)."""
    c = m.code
    if len(m.literals) > 0 and not (len(c) == 3 and c[0] == bc.PUSH_CONST):
        return
    if len(c) == 3 and c[0] == bc.PUSH_FIELD and c[2] == bc.RETURN_LOCAL:
        m.trivial = TRIVIAL_GETTER
        m.trivial_arg = c[1]
    elif len(c) == 3 and c[0] == bc.PUSH_CONST and c[2] == bc.RETURN_LOCAL:
        m.trivial = TRIVIAL_CONST
        m.trivial_arg = c[1]
    elif len(c) == 2 and c[0] == bc.PUSH_SELF and c[1] == bc.RETURN_LOCAL:
        m.trivial = TRIVIAL_SELF
    elif (m.num_args == 1 and m.num_locals == 1 and len(c) == 9 and c[0] == bc.PUSH_LOCAL
          and c[1] == 0 and c[2] == 0 and c[3] == bc.DUP and c[4] == bc.POP_FIELD
          and c[6] == bc.POP and c[7] == bc.PUSH_SELF and c[8] == bc.RETURN_LOCAL):
        m.trivial = TRIVIAL_SETTER
        m.trivial_arg = c[5]


class Compiler:
    env: CompileEnv
    filename: str
    field_names: list[str]
    class_name: str
    script_globals: bool     # workspace scripts assign undeclared names as globals

    def __init__(self, env: CompileEnv, filename: str, field_names: list[str], class_name: str) -> None:
        self.script_globals = False
        self.env = env
        self.filename = filename
        self.field_names = field_names
        self.class_name = class_name

    def error(self, node: ast.Node, msg: str) -> ParseError:
        return ParseError(self.filename, node.line, node.col, msg)

    # -- entry points --------------------------------------------------
    def compile_method(self, mdef: ast.MethodDef) -> W_Method:
        sig = self.env.symbols.intern(mdef.selector)
        m = W_Method(sig, len(mdef.params))
        m.filename = self.filename
        scope = FrameScope(None, False)
        b = MethodBuilder(m, scope)
        b.at(mdef)
        for p in mdef.params:
            scope.declare(p)
        for t in mdef.body.temps:
            scope.declare(t)
        stmts = mdef.body.statements
        for i in range(len(stmts)):
            s = stmts[i]
            self.compile_expr(b, s)
            if not isinstance(s, ast.Return):
                b.emit(bc.POP)
        if len(stmts) == 0 or not isinstance(stmts[len(stmts) - 1], ast.Return):
            b.emit(bc.PUSH_SELF)
            b.emit(bc.RETURN_LOCAL)
        m.num_locals = scope.num_slots
        classify_trivial(m)
        return m

    def compile_script(self, body: ast.Body, sig: str) -> W_Method:
        """A workspace script: a method whose value is its last expression."""
        m = W_Method(self.env.symbols.intern(sig), 0)
        m.filename = self.filename
        scope = FrameScope(None, False)
        b = MethodBuilder(m, scope)
        b.at(body)
        for t in body.temps:
            scope.declare(t)
        self.compile_statements_value(b, body.statements)
        b.emit(bc.RETURN_LOCAL)
        m.num_locals = scope.num_slots
        return m

    # -- statements ----------------------------------------------------
    def compile_statements_value(self, b: MethodBuilder, stmts: list[ast.Expr]) -> None:
        """Leaves the value of the last statement (nil if none) on the stack."""
        if len(stmts) == 0:
            b.emit(bc.PUSH_NIL)
            return
        for i in range(len(stmts)):
            self.compile_expr(b, stmts[i])
            if i < len(stmts) - 1:
                b.emit(bc.POP)

    def compile_block(self, b: MethodBuilder, blk: ast.Block) -> None:
        sig = self.env.symbols.intern("block")
        m = W_Method(sig, len(blk.params))
        m.filename = self.filename
        m.is_block = True
        m.outer_method = b.method
        scope = FrameScope(b.scope, True)
        nb = MethodBuilder(m, scope)
        nb.at(blk)
        for p in blk.params:
            scope.declare(p)
        for t in blk.body.temps:
            scope.declare(t)
        self.compile_statements_value(nb, blk.body.statements)
        nb.emit(bc.RETURN_LOCAL)
        m.num_locals = scope.num_slots
        b.emit1(bc.PUSH_BLOCK, b.add_literal(m))

    # -- expressions ---------------------------------------------------
    def compile_expr(self, b: MethodBuilder, e: ast.Expr) -> None:
        b.at(e)
        if isinstance(e, ast.Send):
            self.compile_send(b, e)
        elif isinstance(e, ast.VarRef):
            self.compile_var(b, e)
        elif isinstance(e, ast.Literal):
            self.compile_literal(b, e)
        elif isinstance(e, ast.Assign):
            self.compile_expr(b, e.value)
            b.at(e)
            b.emit(bc.DUP)
            self.compile_store(b, e)
        elif isinstance(e, ast.Block):
            self.compile_block(b, e)
        elif isinstance(e, ast.Return):
            self.compile_expr(b, e.value)
            b.at(e)
            if b.scope.is_block:
                b.emit(bc.RETURN_NONLOCAL)
            else:
                b.emit(bc.RETURN_LOCAL)
        elif isinstance(e, ast.Cascade):
            self.compile_cascade(b, e)
        elif isinstance(e, ast.BraceArray):
            for el in e.elements:
                self.compile_expr(b, el)
            b.emit1(bc.MAKE_ARRAY, len(e.elements))
        else:
            raise self.error(e, "cannot compile this expression")

    def compile_var(self, b: MethodBuilder, e: ast.VarRef) -> None:
        name = e.name
        if name == "self" or name == "super":
            b.emit(bc.PUSH_SELF)
            return
        scope: FrameScope | None = b.scope
        level = 0
        while scope is not None:
            idx = scope.find(name)
            if idx >= 0:
                b.emit2(bc.PUSH_LOCAL, idx, level)
                return
            scope = scope.outer
            level += 1
        fidx = self.field_index(name)
        if fidx >= 0:
            b.emit1(bc.PUSH_FIELD, fidx)
            return
        b.emit1(bc.PUSH_GLOBAL, b.add_literal(self.env.symbols.intern(name)))

    def field_index(self, name: str) -> int:
        i = len(self.field_names) - 1
        while i >= 0:            # the last declaration wins (subclass shadows)
            if self.field_names[i] == name:
                return i
            i -= 1
        return -1

    def compile_store(self, b: MethodBuilder, e: ast.Assign) -> None:
        name = e.name
        if name == "self" or name == "super" or name == "nil" or name == "true" or name == "false":
            raise self.error(e, "cannot assign to '" + name + "'")
        scope: FrameScope | None = b.scope
        level = 0
        while scope is not None:
            idx = scope.find(name)
            if idx >= 0:
                b.emit2(bc.POP_LOCAL, idx, level)
                return
            scope = scope.outer
            level += 1
        fidx = self.field_index(name)
        if fidx >= 0:
            b.emit1(bc.POP_FIELD, fidx)
            return
        if self.script_globals:
            b.emit1(bc.POP_GLOBAL, b.add_literal(self.env.symbols.intern(name)))
            return
        raise self.error(e, "cannot assign to '" + name + "': not a variable or field of " + self.class_name)

    def literal_object(self, lit: ast.Literal) -> W_Object:
        k = lit.kind
        if k == "int":
            return W_Integer(lit.ival)
        if k == "bigint":
            return W_BigInteger(bigint_from_str(lit.text, 10))
        if k == "double":
            return W_Double(lit.dval)
        if k == "string":
            return W_String(lit.text)
        if k == "symbol":
            return self.env.symbols.intern(lit.text)
        if k == "nil":
            return self.env.nil
        if k == "true":
            return self.env.true
        if k == "false":
            return self.env.false
        if k == "array":
            items: list[W_Object] = []
            for it in lit.items:
                items.append(self.literal_object(it))
            return W_Array(items)
        raise self.error(lit, "unsupported literal")

    def contains_char(self, lit: ast.Literal) -> bool:
        if lit.kind == "char":
            return True
        for it in lit.items:
            if self.contains_char(it):
                return True
        return False

    def compile_literal(self, b: MethodBuilder, lit: ast.Literal) -> None:
        k = lit.kind
        if k == "nil":
            b.emit(bc.PUSH_NIL)
        elif k == "true":
            b.emit(bc.PUSH_TRUE)
        elif k == "false":
            b.emit(bc.PUSH_FALSE)
        elif k == "bigint" and "r" in lit.text:
            i = lit.text.index("r")
            w = W_BigInteger(bigint_from_str(lit.text[i + 1:], int(lit.text[:i])))
            b.emit1(bc.PUSH_CONST, b.add_literal(w))
        elif k == "char":
            # characters are objects of the library's Character class
            b.emit1(bc.PUSH_GLOBAL, b.add_literal(self.env.symbols.intern("Character")))
            b.emit1(bc.PUSH_CONST, b.add_literal(W_Integer(ord(lit.text))))
            self.emit_send(b, "value:", 1, False)
        elif k == "array" and self.contains_char(lit):
            for it in lit.items:
                self.compile_literal(b, it)
            b.emit1(bc.MAKE_ARRAY, len(lit.items))
        else:
            b.emit1(bc.PUSH_CONST, b.add_literal(self.literal_object(lit)))

    def emit_send(self, b: MethodBuilder, selector: str, nargs: int, is_super: bool) -> None:
        site = SendSite(self.env.symbols.intern(selector), nargs, b.line)
        b.method.sites.append(site)
        if is_super:
            b.emit1(bc.SUPER_SEND, len(b.method.sites) - 1)
        else:
            b.emit1(bc.SEND, len(b.method.sites) - 1)

    def compile_cascade(self, b: MethodBuilder, e: ast.Cascade) -> None:
        self.compile_expr(b, e.receiver)
        n = len(e.parts)
        for i in range(n):
            part = e.parts[i]
            b.at(part)
            if i < n - 1:
                b.emit(bc.DUP)
            for a in part.args:
                self.compile_expr(b, a)
            b.at(part)
            self.emit_send(b, part.selector, len(part.args), e.is_super)
            if i < n - 1:
                b.emit(bc.POP)

    def compile_send(self, b: MethodBuilder, e: ast.Send) -> None:
        if not e.is_super and self.try_inline(b, e):
            return
        self.compile_expr(b, e.receiver)
        for a in e.args:
            self.compile_expr(b, a)
        b.at(e)
        self.emit_send(b, e.selector, len(e.args), e.is_super)

    # -- inlining of control structures ---------------------------------
    def is_block(self, e: ast.Expr, nparams: int) -> bool:
        return isinstance(e, ast.Block) and len(e.params) == nparams

    def inline_block(self, b: MethodBuilder, e: ast.Expr, param_value_on_stack: bool) -> None:
        """Compile a literal block's body in place; its value is left on the stack.

        With param_value_on_stack, the block's one parameter takes the value
        on top of the stack.
        """
        assert isinstance(e, ast.Block)
        scope = b.scope
        scope.layers.append({})
        if len(e.params) == 1:
            idx = scope.declare(e.params[0])
            if param_value_on_stack:
                b.emit2(bc.POP_LOCAL, idx, 0)
        elif param_value_on_stack:
            b.emit(bc.POP)
        for t in e.body.temps:
            idx = scope.declare(t)
            b.emit(bc.PUSH_NIL)
            b.emit2(bc.POP_LOCAL, idx, 0)
        self.compile_statements_value(b, e.body.statements)
        scope.layers.pop()

    def try_inline(self, b: MethodBuilder, e: ast.Send) -> bool:
        sel = e.selector
        args = e.args
        if sel == "ifTrue:" or sel == "ifFalse:":
            if not self.is_block(args[0], 0):
                return False
            self.compile_expr(b, e.receiver)
            b.at(e)
            j = b.emit1(bc.JUMP_IF_FALSE if sel == "ifTrue:" else bc.JUMP_IF_TRUE, 0)
            self.inline_block(b, args[0], False)
            j2 = b.emit1(bc.JUMP, 0)
            b.patch(j)
            b.emit(bc.PUSH_NIL)
            b.patch(j2)
            return True
        if sel == "ifTrue:ifFalse:" or sel == "ifFalse:ifTrue:":
            if not (self.is_block(args[0], 0) and self.is_block(args[1], 0)):
                return False
            self.compile_expr(b, e.receiver)
            b.at(e)
            j = b.emit1(bc.JUMP_IF_FALSE if sel == "ifTrue:ifFalse:" else bc.JUMP_IF_TRUE, 0)
            self.inline_block(b, args[0], False)
            j2 = b.emit1(bc.JUMP, 0)
            b.patch(j)
            self.inline_block(b, args[1], False)
            b.patch(j2)
            return True
        if sel == "and:" or sel == "or:":
            if not self.is_block(args[0], 0):
                return False
            self.compile_expr(b, e.receiver)
            b.at(e)
            j = b.emit1(bc.JUMP_IF_FALSE if sel == "and:" else bc.JUMP_IF_TRUE, 0)
            self.inline_block(b, args[0], False)
            j2 = b.emit1(bc.JUMP, 0)
            b.patch(j)
            b.emit(bc.PUSH_FALSE if sel == "and:" else bc.PUSH_TRUE)
            b.patch(j2)
            return True
        if sel == "whileTrue:" or sel == "whileFalse:":
            if not (self.is_block(e.receiver, 0) and self.is_block(args[0], 0)):
                return False
            loop = b.here()
            self.inline_block(b, e.receiver, False)
            b.at(e)
            j = b.emit1(bc.JUMP_IF_FALSE if sel == "whileTrue:" else bc.JUMP_IF_TRUE, 0)
            self.inline_block(b, args[0], False)
            b.emit(bc.POP)
            b.emit1(bc.JUMP_BACK, loop)
            b.patch(j)
            b.emit(bc.PUSH_NIL)
            return True
        if sel == "ifNil:" or sel == "ifNotNil:":
            if not (self.is_block(args[0], 0) or (sel == "ifNotNil:" and self.is_block(args[0], 1))):
                return False
            self.compile_expr(b, e.receiver)
            b.at(e)
            b.emit(bc.DUP)
            j = b.emit1(bc.JUMP_IF_NOT_NIL if sel == "ifNil:" else bc.JUMP_IF_NIL, 0)
            self.inline_block(b, args[0], True)
            b.patch(j)
            return True
        if sel == "ifNil:ifNotNil:" or sel == "ifNotNil:ifNil:":
            nil_arg = args[0] if sel == "ifNil:ifNotNil:" else args[1]
            val_arg = args[1] if sel == "ifNil:ifNotNil:" else args[0]
            if not (self.is_block(nil_arg, 0) and (self.is_block(val_arg, 0) or self.is_block(val_arg, 1))):
                return False
            self.compile_expr(b, e.receiver)
            b.at(e)
            b.emit(bc.DUP)
            j = b.emit1(bc.JUMP_IF_NIL, 0)
            self.inline_block(b, val_arg, True)
            j2 = b.emit1(bc.JUMP, 0)
            b.patch(j)
            self.inline_block(b, nil_arg, True)
            b.patch(j2)
            return True
        if sel == "to:do:" or sel == "to:by:do:" or sel == "downTo:do:":
            body = args[len(args) - 1]
            if not self.is_block(body, 1):
                return False
            self.compile_to_do(b, e, sel == "downTo:do:")
            return True
        return False

    def compile_to_do(self, b: MethodBuilder, e: ast.Send, down: bool) -> None:
        scope = b.scope
        scope.layers.append({})
        counter = scope.declare("")
        limit = scope.declare("")
        step = -1
        self.compile_expr(b, e.receiver)
        b.emit(bc.DUP)                     # the receiver stays as the result
        b.emit2(bc.POP_LOCAL, counter, 0)
        self.compile_expr(b, e.args[0])
        b.emit2(bc.POP_LOCAL, limit, 0)
        if len(e.args) == 3:
            step = scope.declare("")
            self.compile_expr(b, e.args[1])
            b.emit2(bc.POP_LOCAL, step, 0)
        b.at(e)
        loop = b.here()
        b.emit2(bc.PUSH_LOCAL, counter, 0)
        b.emit2(bc.PUSH_LOCAL, limit, 0)
        self.emit_send(b, ">=" if down else "<=", 1, False)
        j = b.emit1(bc.JUMP_IF_FALSE, 0)
        b.emit2(bc.PUSH_LOCAL, counter, 0)
        self.inline_block(b, e.args[len(e.args) - 1], True)
        b.emit(bc.POP)
        b.at(e)
        b.emit2(bc.PUSH_LOCAL, counter, 0)
        if step >= 0:
            b.emit2(bc.PUSH_LOCAL, step, 0)
        else:
            b.emit1(bc.PUSH_CONST, b.add_literal(W_Integer(1)))
        self.emit_send(b, "-" if down else "+", 1, False)
        b.emit2(bc.POP_LOCAL, counter, 0)
        b.emit1(bc.JUMP_BACK, loop)
        b.patch(j)
        scope.layers.pop()
