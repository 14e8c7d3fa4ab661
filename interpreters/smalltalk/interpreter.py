"""The bytecode interpreter: frames, the dispatch loop, sends and blocks."""
from jitgen.hints import JitDriver, we_are_translated, ovfcheck
from interpreters.smalltalk.bytecodes import (
    PUSH_LOCAL, POP_LOCAL, PUSH_FIELD, POP_FIELD, PUSH_SELF, PUSH_CONST, PUSH_NIL,
    PUSH_TRUE, PUSH_FALSE, PUSH_GLOBAL, PUSH_BLOCK, POP, DUP, SEND, SUPER_SEND,
    RETURN_LOCAL, RETURN_NONLOCAL, JUMP, JUMP_IF_FALSE, JUMP_IF_TRUE, JUMP_IF_NIL,
    JUMP_IF_NOT_NIL, JUMP_BACK, MAKE_ARRAY, POP_GLOBAL,
)
from interpreters.smalltalk.objects import (
    W_Object, W_Instance, W_Class, W_Symbol, W_String, W_Array, W_Block, W_Method, W_Integer,
    W_Primitive, W_Invokable, Frame, EPOCH,
    TRIVIAL_NONE, TRIVIAL_GETTER, TRIVIAL_SETTER, TRIVIAL_CONST,
)
from interpreters.smalltalk.universe import (
    Universe, SmalltalkError, NonLocalReturn, PrimitiveFailed, RestartFrame,
)


def get_location(method: W_Method, pc: int) -> str:
    return method.filename + ":" + str(method.line_at(pc)) + ":" + str(method.col_at(pc))


# The portal: a position in the user program is (method, pc); the frame is
# virtualizable.  can_enter_jit sits on JUMP_BACK, the back edge of inlined loops.
jitdriver = JitDriver(greens=["pc", "method"], reds=["frame", "u"], virtualizables=["frame"],
                      name="smalltalk")


def method_name(m: W_Method) -> str:
    inner = m
    suffix = ""
    while inner.is_block and inner.outer_method is not None:
        inner = inner.outer_method
        suffix = " [] in "
    holder = inner.holder
    hname = "?"
    if holder is not None:
        hname = holder.name
    return suffix.strip() + (" " if suffix != "" else "") + hname + ">>#" + inner.signature.value


def add_trace(e: SmalltalkError, frame: Frame) -> None:
    """Record one activation; runs of the same line are counted, not repeated."""
    line = "  " + method_name(frame.method) + "  (" + get_location(frame.method, frame.pc) + ")"
    n = len(e.trace)
    if e.where == "":
        e.where = get_location(frame.method, frame.pc)
    if n > 0 and e.trace[n - 1] == line:
        e.repeats[n - 1] += 1
    elif n < 30:
        e.trace.append(line)
        e.repeats.append(1)
    else:
        e.dropped += 1


def invoke(u: Universe, m: W_Invokable, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    """Run a method or primitive on a receiver with its arguments."""
    if isinstance(m, W_Method):
        return invoke_method(u, m, rcvr, args)
    assert isinstance(m, W_Primitive)
    if m.index < 0:
        holder = m.holder
        hname = "?" if holder is None else holder.name
        raise SmalltalkError("primitive " + hname + ">>#" + m.signature.value +
                             " is declared but this VM does not implement it")
    try:
        return u.prim_fns[m.index](u, rcvr, args)
    except PrimitiveFailed as e:
        return primitive_failed(u, rcvr, e.msg)


def primitive_failed(u: Universe, rcvr: W_Object, msg: str) -> W_Object:
    """Answer `rcvr primitiveFailed: msg` if understood, else end with an error."""
    handler = rcvr.get_class(u.ct).lookup("primitiveFailed:")
    if handler is None:
        raise SmalltalkError(msg)
    return invoke(u, handler, rcvr, [W_String(msg)])


def stack_overflow(u: Universe) -> SmalltalkError:
    return SmalltalkError("stack overflow: more than " + str(u.max_depth) +
                          " nested activations (deep or infinite recursion)")


def invoke_method(u: Universe, m: W_Method, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    locals = args + [u.nil] * (m.num_locals - len(args))
    caller = u.top_frame
    f = Frame(m, rcvr, locals, None, caller)
    f.home = f
    if u.depth >= u.max_depth:
        raise stack_overflow(u)
    u.depth += 1
    u.top_frame = f
    try:
        while True:
            try:
                return dispatch_loop(u, f)
            except RestartFrame as r:
                if r.frame is not f:
                    raise
                f.stack = []
                u.top_frame = f
    except NonLocalReturn as e:
        if e.home is f:
            return e.value
        raise
    except SmalltalkError as e:
        add_trace(e, f)
        raise
    finally:
        f.on_stack = False
        u.depth -= 1
        u.top_frame = caller


def call_block(u: Universe, blk: W_Block, args: list[W_Object]) -> W_Object:
    m = blk.method
    if len(args) != m.num_args:
        raise PrimitiveFailed("wrong number of arguments for block: expected " +
                             str(m.num_args) + ", got " + str(len(args)))
    locals = args + [u.nil] * (m.num_locals - len(args))
    outer = blk.outer
    caller = u.top_frame
    f = Frame(m, outer.receiver, locals, outer, caller)
    f.home = outer.home
    f.block = blk
    if u.depth >= u.max_depth:
        raise stack_overflow(u)
    u.depth += 1
    u.top_frame = f
    try:
        return dispatch_loop(u, f)
    except SmalltalkError as e:
        add_trace(e, f)
        raise
    finally:
        f.on_stack = False
        u.depth -= 1
        u.top_frame = caller


def send(u: Universe, rcvr: W_Object, selector: W_Symbol, args: list[W_Object]) -> W_Object:
    """A send from the VM itself (primitives, the launcher)."""
    cls = rcvr.get_class(u.ct)
    m = cls.lookup(selector.value)
    if m is None:
        return does_not_understand(u, rcvr, cls, selector, args)
    return invoke(u, m, rcvr, args)


def does_not_understand(u: Universe, rcvr: W_Object, cls: W_Class, selector: W_Symbol,
                        args: list[W_Object]) -> W_Object:
    m = cls.lookup("doesNotUnderstand:arguments:")
    if m is None:
        raise SmalltalkError("message #" + selector.value + " not understood by an instance of " +
                             cls.name + " (and no doesNotUnderstand:arguments:)")
    return invoke(u, m, rcvr, [selector, W_Array(args)])


def outer_frame(frame: Frame, level: int) -> Frame:
    f = frame
    while level > 0:
        o = f.outer
        assert o is not None
        f = o
        level -= 1
    return f


def non_boolean(u: Universe, w: W_Object) -> SmalltalkError:
    return SmalltalkError("an inlined ifTrue:/whileTrue:/and: needs a Boolean, got an instance of " +
                          w.get_class(u.ct).name)


def dispatch_loop(u: Universe, frame: Frame) -> W_Object:
    method = frame.method
    code = method.code
    stack = frame.stack
    locals = frame.locals
    pc = 0
    if u.interrupted:
        u.interrupted = False
        raise SmalltalkError("interrupted")
    # The branches are ordered by how often they run.
    while True:
        if we_are_translated():     # a no-op call costs ~25% on the host
            jitdriver.jit_merge_point(pc=pc, method=method, frame=frame, u=u)
        op = code[pc]
        if op == PUSH_LOCAL:
            level = code[pc + 2]
            if level == 0:
                stack.append(locals[code[pc + 1]])
            else:
                stack.append(outer_frame(frame, level).locals[code[pc + 1]])
            pc += 3
        elif op == SEND:
            frame.pc = pc
            site = method.sites[code[pc + 1]]
            special = site.special
            if special != 0:
                b = stack[len(stack) - 1]
                a = stack[len(stack) - 2]
                if isinstance(a, W_Integer) and isinstance(b, W_Integer) and (
                        u.int_fast_ok if u.int_fast_epoch == EPOCH.value else u.integer_fast_path()):
                    r = integer_op(u, special, a.value, b.value)
                    if r is not None:
                        stack.pop()
                        stack[len(stack) - 1] = r
                        pc += 2
                        continue
            n = site.num_args
            if n == 0:
                args: list[W_Object] = []
            elif n == 1:
                args = [stack.pop()]
            else:
                args = pop_n(stack, n, u.nil)
            rcvr = stack.pop()
            cls = rcvr.get_class(u.ct)
            if site.cached_class is cls and site.cached_epoch == EPOCH.value:
                m = site.cached_method
            else:
                m = cls.lookup(site.selector.value)
                site.cached_class = cls
                site.cached_epoch = EPOCH.value
                site.cached_method = m
            if m is None:
                stack.append(does_not_understand(u, rcvr, cls, site.selector, args))
            elif isinstance(m, W_Method):
                if m.trivial == TRIVIAL_NONE:
                    stack.append(invoke_method(u, m, rcvr, args))
                else:
                    stack.append(run_trivial(m, rcvr, args))
            else:
                assert isinstance(m, W_Primitive)
                if m.index < 0:
                    stack.append(invoke(u, m, rcvr, args))
                else:
                    try:
                        stack.append(u.prim_fns[m.index](u, rcvr, args))
                    except PrimitiveFailed as e:
                        stack.append(primitive_failed(u, rcvr, e.msg))
            pc += 2
        elif op == PUSH_SELF:
            stack.append(frame.receiver)
            pc += 1
        elif op == PUSH_FIELD:
            rcvr = frame.receiver
            assert isinstance(rcvr, W_Instance)
            stack.append(rcvr.fields[code[pc + 1]])
            pc += 2
        elif op == POP:
            stack.pop()
            pc += 1
        elif op == PUSH_CONST:
            stack.append(method.literals[code[pc + 1]])
            pc += 2
        elif op == RETURN_LOCAL:
            return stack.pop()
        elif op == JUMP_IF_FALSE:
            v = stack.pop()
            if v is u.false:
                pc = code[pc + 1]
            elif v is u.true:
                pc += 2
            else:
                frame.pc = pc
                raise non_boolean(u, v)
        elif op == POP_LOCAL:
            level = code[pc + 2]
            if level == 0:
                locals[code[pc + 1]] = stack.pop()
            else:
                outer_frame(frame, level).locals[code[pc + 1]] = stack.pop()
            pc += 3
        elif op == DUP:
            stack.append(stack[len(stack) - 1])
            pc += 1
        elif op == POP_FIELD:
            rcvr = frame.receiver
            assert isinstance(rcvr, W_Instance)
            rcvr.fields[code[pc + 1]] = stack.pop()
            pc += 2
        elif op == JUMP:
            pc = code[pc + 1]
        elif op == JUMP_IF_TRUE:
            v = stack.pop()
            if v is u.true:
                pc = code[pc + 1]
            elif v is u.false:
                pc += 2
            else:
                frame.pc = pc
                raise non_boolean(u, v)
        elif op == JUMP_BACK:
            pc = code[pc + 1]
            if u.interrupted:
                u.interrupted = False
                frame.pc = pc
                raise SmalltalkError("interrupted")
            jitdriver.can_enter_jit(pc=pc, method=method, frame=frame, u=u)
        elif op == PUSH_NIL:
            stack.append(u.nil)
            pc += 1
        elif op == PUSH_TRUE:
            stack.append(u.true)
            pc += 1
        elif op == PUSH_FALSE:
            stack.append(u.false)
            pc += 1
        elif op == PUSH_BLOCK:
            bm = method.literals[code[pc + 1]]
            assert isinstance(bm, W_Method)
            stack.append(W_Block(bm, frame))
            pc += 2
        elif op == PUSH_GLOBAL:
            frame.pc = pc
            sym = method.literals[code[pc + 1]]
            assert isinstance(sym, W_Symbol)
            stack.append(read_global(u, frame, sym))
            pc += 2
        elif op == JUMP_IF_NIL:
            if stack.pop() is u.nil:
                pc = code[pc + 1]
            else:
                pc += 2
        elif op == JUMP_IF_NOT_NIL:
            if stack.pop() is not u.nil:
                pc = code[pc + 1]
            else:
                pc += 2
        elif op == RETURN_NONLOCAL:
            frame.pc = pc
            value = stack.pop()
            home = frame.home
            if home is None or not home.on_stack:
                blk = frame.block
                assert blk is not None
                return send(u, frame.receiver, u.symbol("escapedBlock:"), [blk])
            raise NonLocalReturn(home, value)
        elif op == SUPER_SEND:
            frame.pc = pc
            site = method.sites[code[pc + 1]]
            args = pop_n(stack, site.num_args, u.nil)
            rcvr = stack.pop()
            holder = method_holder(method)
            sup = holder.superclass
            m = None
            if sup is not None:
                m = sup.lookup(site.selector.value)
            if m is None:
                # as in SOM, the failed super send's doesNotUnderstand: is looked up
                # in the receiver's own class
                stack.append(does_not_understand(u, rcvr, rcvr.get_class(u.ct),
                                                 site.selector, args))
            else:
                stack.append(invoke(u, m, rcvr, args))
            pc += 2
        elif op == MAKE_ARRAY:
            stack.append(W_Array(pop_n(stack, code[pc + 1], u.nil)))
            pc += 2
        elif op == POP_GLOBAL:
            sym = method.literals[code[pc + 1]]
            assert isinstance(sym, W_Symbol)
            u.globals[sym.value] = stack.pop()
            pc += 2
        else:
            raise SmalltalkError("bad bytecode " + str(op))


def run_trivial(m: W_Method, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    """A getter, setter, constant or self return, without a frame."""
    k = m.trivial
    if k == TRIVIAL_GETTER:
        assert isinstance(rcvr, W_Instance)
        return rcvr.fields[m.trivial_arg]
    if k == TRIVIAL_SETTER:
        assert isinstance(rcvr, W_Instance)
        rcvr.fields[m.trivial_arg] = args[0]
        return rcvr
    if k == TRIVIAL_CONST:
        return m.literals[m.trivial_arg]
    return rcvr


def integer_op(u: Universe, special: int, a: int, b: int) -> W_Object | None:
    """A special binary selector on two small Integers; None on overflow."""
    try:
        if special == 1:
            return W_Integer(ovfcheck(a + b))
        if special == 2:
            return W_Integer(ovfcheck(a - b))
        if special == 3:
            return W_Integer(ovfcheck(a * b))
    except OverflowError:
        return None
    if special == 4:
        return u.bool_object(a < b)
    if special == 5:
        return u.bool_object(a > b)
    if special == 6:
        return u.bool_object(a <= b)
    if special == 7:
        return u.bool_object(a >= b)
    return u.bool_object(a == b)


def pop_n(stack: list[W_Object], n: int, filler: W_Object) -> list[W_Object]:
    """The top n values, in push order, removed from the stack."""
    out = [filler] * n
    i = n - 1
    while i >= 0:
        out[i] = stack.pop()
        i -= 1
    return out


def method_holder(method: W_Method) -> W_Class:
    m = method
    while m.is_block and m.outer_method is not None:
        m = m.outer_method
    h = m.holder
    assert h is not None
    return h


def read_global(u: Universe, frame: Frame, sym: W_Symbol) -> W_Object:
    w = u.get_global(sym.value)
    if w is not None:
        return w
    w = u.global_or_load(sym.value)
    if w is not None:
        return w
    return send(u, frame.receiver, u.symbol("unknownGlobal:"), [sym])
