"""The dispatch loop: runs a frame's bytecode until it returns or yields.
Exceptions unwind through the code object's static exception table."""
from __future__ import annotations

from typing import TYPE_CHECKING

from jitgen.hints import JitDriver, ovfcheck, promote
from interpreters.python import bytecode as bc
from interpreters.python.bytecode import CodeObject, Const
from interpreters.python.bytecode import (
    BEFORE_WITH, BINARY_OP, BINARY_SUBSCR, BUILD_LIST, BUILD_MAP, BUILD_SET,
    BUILD_SLICE, BUILD_STRING, BUILD_TUPLE, CALL_FUNCTION, CALL_FUNCTION_EX, CALL_FUNCTION_KW,
    CALL_INTRINSIC_1, CHECK_EXC_MATCH, CMP_EQ, CMP_GT, CMP_LE, CMP_LT,
    CMP_NE, COMPARE_OP, CONTAINS_OP, COPY, COPY_DICT_WITHOUT_KEYS, CO_GENERATOR, CO_COROUTINE,
    CO_ASYNC_GENERATOR, CHECK_EG_MATCH, PREP_RERAISE_STAR,
    GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH,
    DELETE_ATTR, DELETE_DEREF, DELETE_FAST, DELETE_GLOBAL, DELETE_NAME, DELETE_SUBSCR,
    DICT_MERGE, DICT_UPDATE, FORMAT_VALUE, FOR_ITER, FVC_ASCII, FVC_MASK,
    FVC_REPR, FVC_STR, FVS_HAVE_SPEC, GET_ITER, GET_ITER_OWNED, GET_LEN, GET_YIELD_FROM_ITER,
    IMPORT_FROM, IMPORT_NAME, IMPORT_STAR, INTRINSIC_LIST_TO_TUPLE, IS_OP, JUMP_BACKWARD,
    JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, LIST_APPEND, LIST_EXTEND, LIST_TO_TUPLE,
    LOAD_ASSERTION_ERROR, LOAD_ATTR, LOAD_BUILD_CLASS, LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_CONST,
    LOAD_DEREF, LOAD_FAST, LOAD_GLOBAL, LOAD_NAME, MAKE_FUNCTION, MAP_ADD,
    MARK_NEW_GENERATORS, MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, MF_ANNOTATIONS, MF_CLOSURE,
    MF_DEFAULTS, MF_KWDEFAULTS, NB_ADD, NB_INPLACE_OFFSET, NB_SUBTRACT, NOP,
    OPNAMES, POP_EXCEPT, POP_ITER, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_TOP, PRINT_EXPR,
    PUSH_EXC_INFO, RAISE_VARARGS, RERAISE, RETURN_VALUE, SEND, SETUP_ANNOTATIONS,
    SET_ADD, SET_UPDATE, STORE_ATTR, STORE_DEREF, STORE_FAST, STORE_GLOBAL,
    STORE_NAME, STORE_SUBSCR, SWAP, UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT,
    UNARY_POSITIVE, UNPACK_EX, UNPACK_SEQUENCE, WITH_EXCEPT_START, YIELD_VALUE)
from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.primitives import W_Int, W_Str, W_Float
from interpreters.python.objspace.containers import (
    W_List, W_Tuple, W_Dict, W_Set, W_FrozenSet, W_Slice, W_BaseSet, W_Range)
from interpreters.python.objspace.typeobject import W_Type, W_Object, TbEntry
from interpreters.python.objspace.functions import (
    W_Function, W_Cell, W_Code, W_Module, W_BuiltinFunction)
from interpreters.python.objspace.iterators import W_Iterator
from interpreters.python.objspace.numbers import BigInt
from interpreters.python.objspace import operations as ops
from interpreters.python.objspace.formatting import ascii_of
from interpreters.python.objspace.dictmethods import dict_update_from
from interpreters.python.objspace.setmethods import set_update_internal
from interpreters.python.interpreter.pyframe import Frame, bind_args
from interpreters.python.interpreter.generator import (
    W_Generator, W_Coroutine, W_AsyncGenerator, close_if_loop_owned)
from interpreters.python.interpreter.ophelpers import (
    locals_lookup, is_iterable, exc_match, call_ex,
    func_desc, dict_merge, unpack_sequence, unpack_ex,
    make_function, match_keys, match_class, MATCH_SELF_TYPES)

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def get_printable_location(pc: int, code: CodeObject) -> str:
    return "%s:%d %s" % (code.name, code.line_at(pc), OPNAMES[code.code[pc]])


jitdriver = JitDriver(greens=["pc", "code"], reds=["frame", "space"],
                      virtualizables=["frame"],
                      get_printable_location=get_printable_location,
                      name="pyjit", is_recursive=True)


class CodeInfo:
    """Runtime objects made once per code object: constants and names."""
    consts_w: list[W_Root]
    names_w: list[W_Str]

    def __init__(self, consts_w: list[W_Root], names_w: list[W_Str]) -> None:
        self.consts_w = consts_w
        self.names_w = names_w


class CodeInfoCache:
    infos: dict[CodeObject, CodeInfo]

    def __init__(self) -> None:
        self.infos = {}


def const_to_w(space: ObjSpace, c: Const) -> W_Root:
    if isinstance(c, bc.ConstNone):
        return space.w_None
    if isinstance(c, bc.ConstBool):
        return space.newbool(c.value)
    if isinstance(c, bc.ConstInt):
        return space.newint(c.value)
    if isinstance(c, bc.ConstBigInt):
        return space.newlong(BigInt.from_str(c.digits, 10))
    if isinstance(c, bc.ConstFloat):
        return space.newfloat(c.value)
    if isinstance(c, bc.ConstStr):
        return space.newtext_cached(c.value)
    if isinstance(c, bc.ConstBytes):
        return space.newbytes(c.value)
    if isinstance(c, bc.ConstEllipsis):
        return space.w_Ellipsis
    if isinstance(c, bc.ConstTuple):
        return space.newtuple([const_to_w(space, x) for x in c.items])
    if isinstance(c, bc.ConstFrozenset):
        w_s = W_FrozenSet()
        for x in c.items:
            w_s.add(space, const_to_w(space, x))
        return w_s
    if isinstance(c, bc.ConstCode):
        return W_Code(c.code)
    if isinstance(c, bc.ConstComplex):
        return space.call_function(space.complex_type(), [space.newfloat(c.real), space.newfloat(c.imag)])
    raise space.error_type("unknown constant")


def code_info(space: ObjSpace, code: CodeObject) -> CodeInfo:
    cache = space.code_cache
    info = cache.infos.get(code)
    if info is None:
        consts_w = [const_to_w(space, c) for c in code.consts]
        names_w = [space.newtext_cached(n) for n in code.names]
        info = CodeInfo(consts_w, names_w)
        cache.infos[code] = info
    return info


def new_frame(space: ObjSpace, code: CodeObject, w_globals: W_Dict, w_locals: W_Root | None) -> Frame:
    info = code_info(space, code)
    frame = Frame(code, w_globals, w_locals, info.consts_w)
    frame.names_w = info.names_w
    ncells = len(code.cellvars) + len(code.freevars)
    if ncells > 0:
        cells: list[W_Cell] = []
        i = 0
        while i < len(code.cellvars):
            cells.append(W_Cell(None))
            i += 1
        frame.cells = cells
    return frame


def call_function(space: ObjSpace, w_func: W_Function, args: Args) -> W_Root:
    code = w_func.code
    frame = new_frame(space, code, w_func.w_globals, None)
    frame.w_func = w_func
    bind_args(space, w_func, args, frame)
    if len(w_func.closure) > 0:
        for c in w_func.closure:
            frame.cells.append(c)
    if code.flags & CO_GENERATOR:
        return W_Generator(space, frame, w_func.name, w_func.qualname)
    if code.flags & CO_COROUTINE:
        return W_Coroutine(space, frame, w_func.name, w_func.qualname)
    if code.flags & CO_ASYNC_GENERATOR:
        return W_AsyncGenerator(space, frame, w_func.name, w_func.qualname)
    return execute_frame(space, frame, None)


def run_code(space: ObjSpace, code: CodeObject, w_globals: W_Dict, w_locals: W_Root | None) -> W_Root:
    """Run module-level (or class-body / exec) code."""
    frame = new_frame(space, code, w_globals, w_locals)
    return execute_frame(space, frame, None)


def enter_frame(space: ObjSpace, frame: Frame) -> None:
    ec = space.ec
    if ec.interrupted:
        space.check_interrupt()
    if ec.depth >= space.recursion_limit:
        raise space.error(space.w_RecursionError, "maximum recursion depth exceeded")
    ec.depth += 1
    frame.f_back = ec.topframe
    ec.topframe = frame


def leave_frame(space: ObjSpace, frame: Frame) -> None:
    ec = space.ec
    ec.depth -= 1
    ec.topframe = frame.f_back
    frame.f_back = None


def execute_frame(space: ObjSpace, frame: Frame, w_throw: OperationError | None) -> W_Root:
    """Run until RETURN_VALUE (frame.finished) or YIELD_VALUE.  w_throw: an
    exception to raise at the current pc first (generator.throw)."""
    enter_frame(space, frame)
    try:
        pending = w_throw
        while True:
            try:
                if pending is not None:
                    e = pending
                    pending = None
                    raise e
                return dispatch(space, frame)
            except OperationError as e:
                handle_operror(space, frame, e, True)
            except RecursionError:
                e2 = space.error(space.w_RecursionError, "maximum recursion depth exceeded")
                handle_operror(space, frame, e2, True)
            except MemoryError:
                # the translated VM's allocation failed (the runtime keeps room
                # for this): the Python program's MemoryError, catchable
                e3 = space.error(space.exc_types["MemoryError"], "")
                handle_operror(space, frame, e3, True)
            except ReraiseError as r:
                handle_operror(space, frame, r.operr, False)
    finally:
        leave_frame(space, frame)


class ReraiseError(Exception):
    """RERAISE / bare raise: unwind without a new traceback entry."""
    operr: OperationError

    def __init__(self, operr: OperationError) -> None:
        self.operr = operr


def handle_operror(space: ObjSpace, frame: Frame, e: OperationError, add_tb: bool) -> None:
    """Jump to the handler of frame.last_pc, or re-raise out of the frame."""
    code = frame.code
    if add_tb:
        data = space.exc_data(e.w_value)
        data.tb.insert(0, TbEntry(code.filename, code.line_at(frame.last_pc), code.name))
    entry = code.handler_at(frame.last_pc)
    if entry is None:
        frame.finished = True
        close_owned_iterators(space, frame, 0)
        raise e
    close_owned_iterators(space, frame, entry.depth)
    while frame.sp > entry.depth:
        frame.pop()
    frame.push(e.w_value)
    frame.pc = entry.handler


def get_awaitable(space: ObjSpace, w_o: W_Root) -> W_Root:
    """What `await w_o` iterates: a coroutine itself, else __await__()."""
    if isinstance(w_o, W_Coroutine):
        return w_o
    w_await = space.lookup(w_o, "__await__")
    if w_await is None:
        raise space.error_type("object %s can't be used in 'await' expression" % space.type_name(w_o))
    w_it = space.call_function(space.get_descr(w_await, w_o, space.type(w_o)), [])
    if isinstance(w_it, W_Coroutine):
        raise space.error_type("__await__() returned a coroutine")
    return w_it


def close_owned_iterators(space: ObjSpace, frame: Frame, depth: int) -> None:
    """An exception leaves for loops: their owned generators are closed
    (innermost first), as the values above `depth` are dropped."""
    i = frame.sp - 1
    while i >= depth:
        close_if_loop_owned(space, frame.stack[i])
        i -= 1


def set_context(space: ObjSpace, w_exc: W_Root) -> None:
    """A newly raised exception's __context__ is the handled exception."""
    w_handled = space.ec.w_handled
    if w_handled is None or w_handled is w_exc:
        return
    data = space.exc_data(w_exc)
    if data.w_context is not None:
        return
    # avoid cycles
    w_c: W_Root | None = w_handled
    while w_c is not None:
        d2 = space.exc_data(w_c)
        if d2.w_context is w_exc:
            d2.w_context = None
            break
        w_c = d2.w_context
    data.w_context = w_handled


def make_exception(space: ObjSpace, w_x: W_Root) -> W_Root:
    if isinstance(w_x, W_Type):
        if not w_x.is_subtype(space.w_BaseException):
            raise space.error_type("exceptions must derive from BaseException")
        w_inst = space.call_function(w_x, [])
        if not space.isinstance_w(w_inst, space.w_BaseException):
            raise space.error_type("calling %s should have returned an instance of BaseException, not %s" % (space.repr_w(w_x), space.type_name(w_inst)))
        return w_inst
    if space.isinstance_w(w_x, space.w_BaseException):
        return w_x
    raise space.error_type("exceptions must derive from BaseException")


def do_raise(space: ObjSpace, w_x: W_Root, w_cause: W_Root | None) -> OperationError:
    w_exc = make_exception(space, w_x)
    if w_cause is not None:
        data = space.exc_data(w_exc)
        if space.is_none(w_cause):
            data.w_cause = None
        else:
            if isinstance(w_cause, W_Type):
                w_cause = make_exception(space, w_cause)
            elif not space.isinstance_w(w_cause, space.w_BaseException):
                raise space.error_type("exception causes must derive from BaseException")
            data.w_cause = w_cause
        data.suppress_context = True
    set_context(space, w_exc)
    return OperationError(w_exc)


def name_error(space: ObjSpace, frame: Frame, name: str) -> OperationError:
    w_e = space.new_exception(space.w_NameError, [space.newstr("name '%s' is not defined" % name)])
    w_e.setdictvalue("name", space.newstr(name))
    # where to look for a "Did you mean" if it goes uncaught (suggestions.py)
    names_w: list[W_Root] = []
    for n in frame.code.varnames:
        names_w.append(space.newstr(n))
    w_e.setdictvalue("_suggest_locals", space.newtuple(names_w))
    w_e.setdictvalue("_suggest_globals", frame.w_globals)
    return OperationError(w_e)


def load_global(space: ObjSpace, frame: Frame, w_name: W_Str) -> W_Root:
    w_v = frame.w_globals.lookup(space, w_name)
    if w_v is not None:
        return w_v
    w_v = space.builtins_dict().lookup(space, w_name)
    if w_v is not None:
        return w_v
    w_v = space.lazy_builtin(w_name.value)
    if w_v is not None:
        return w_v
    raise name_error(space, frame, w_name.value)


def unbound_local(space: ObjSpace, name: str) -> OperationError:
    return space.error(space.w_UnboundLocalError,
                       "cannot access local variable '%s' where it is not associated with a value" % name)


def unbound_deref(space: ObjSpace, frame: Frame, i: int) -> OperationError:
    name = frame.code.cell_name(i)
    if i < len(frame.code.cellvars):
        return unbound_local(space, name)
    return space.error(space.w_NameError,
                       "cannot access free variable '%s' where it is not associated with a value in enclosing scope" % name)


def contains_op(space: ObjSpace, w_item: W_Root, w_container: W_Root) -> bool:
    if isinstance(w_container, W_Str) and isinstance(w_item, W_Str):
        return w_item.value in w_container.value
    return space.contains(w_container, w_item)


def dispatch(space: ObjSpace, frame: Frame) -> W_Root:
    code = frame.code
    pc = frame.pc
    while True:
        jitdriver.jit_merge_point(pc=pc, code=code, frame=frame, space=space)
        co = code.code
        op = co[pc]
        arg = co[pc + 1]
        frame.last_pc = pc
        pc += 2
        if op == LOAD_FAST:
            w_v = frame.fastlocals[arg]
            if w_v is None:
                raise unbound_local(space, code.varnames[arg])
            frame.stack[frame.sp] = w_v      # push, inlined: the hottest ops
            frame.sp += 1
        elif op == LOAD_CONST:
            frame.stack[frame.sp] = frame.consts_w[arg]
            frame.sp += 1
        elif op == STORE_FAST:
            sp = frame.sp - 1
            frame.fastlocals[arg] = frame.stack[sp]
            frame.stack[sp] = None
            frame.sp = sp
        elif op == POP_TOP:
            sp = frame.sp - 1
            frame.stack[sp] = None
            frame.sp = sp
        elif op == BINARY_OP:
            w_b = frame.pop()
            w_a = frame.pop()
            if type(w_a) is W_Int and type(w_b) is W_Int:
                a = w_a.intval
                b = w_b.intval
                nb = arg if arg < NB_INPLACE_OFFSET else arg - NB_INPLACE_OFFSET
                if nb == NB_ADD:
                    try:
                        frame.push(space.newint(ovfcheck(a + b)))
                        continue
                    except OverflowError:
                        pass
                elif nb == NB_SUBTRACT:
                    try:
                        frame.push(space.newint(ovfcheck(a - b)))
                        continue
                    except OverflowError:
                        pass
            frame.push(ops.binary_op(space, arg, w_a, w_b))
        elif op == COMPARE_OP:
            w_b = frame.pop()
            w_a = frame.pop()
            if type(w_a) is W_Int and type(w_b) is W_Int:
                a = w_a.intval
                b = w_b.intval
                if arg == CMP_LT:
                    frame.push(space.newbool(a < b))
                elif arg == CMP_LE:
                    frame.push(space.newbool(a <= b))
                elif arg == CMP_EQ:
                    frame.push(space.newbool(a == b))
                elif arg == CMP_NE:
                    frame.push(space.newbool(a != b))
                elif arg == CMP_GT:
                    frame.push(space.newbool(a > b))
                else:
                    frame.push(space.newbool(a >= b))
            else:
                frame.push(space.compare(w_a, w_b, arg))
        elif op == POP_JUMP_IF_FALSE:
            w_v = frame.pop()
            if w_v is space.w_False:
                pc = arg
            elif w_v is not space.w_True and not space.is_true(w_v):
                pc = arg
        elif op == POP_JUMP_IF_TRUE:
            w_v = frame.pop()
            if w_v is space.w_True:
                pc = arg
            elif w_v is not space.w_False and space.is_true(w_v):
                pc = arg
        elif op == JUMP_FORWARD:
            pc = arg
        elif op == JUMP_BACKWARD:
            pc = arg
            if space.ec.interrupted:
                space.check_interrupt()
            jitdriver.can_enter_jit(pc=pc, code=code, frame=frame, space=space)
        elif op == FOR_ITER:
            w_it = frame.top()
            w_x = space.next_or_none(w_it)
            if w_x is None:
                frame.pop()
                pc = arg
            else:
                frame.push(w_x)
        elif op == LOAD_GLOBAL:
            frame.push(load_global(space, frame, frame.names_w[arg]))
        elif op == LOAD_ATTR:
            w_obj = frame.pop()
            frame.push(space.getattr(w_obj, code.names[arg]))
        elif op == STORE_ATTR:
            w_obj = frame.pop()
            w_v = frame.pop()
            space.setattr(w_obj, code.names[arg], w_v)
        elif op == CALL_FUNCTION:
            args_w = frame.popn(arg)
            w_f = frame.pop()
            frame.push(space.call_args(w_f, Args(args_w)))
        elif op == CALL_FUNCTION_KW:
            w_names = frame.pop()
            assert isinstance(w_names, W_Tuple)
            nkw = len(w_names.items)
            args_w = frame.popn(arg)
            w_f = frame.pop()
            kwnames: list[str] = []
            for w_n in w_names.items:
                assert isinstance(w_n, W_Str)
                kwnames.append(w_n.value)
            frame.push(space.call_args(w_f, Args(args_w[:arg - nkw], kwnames, args_w[arg - nkw:])))
        elif op == CALL_FUNCTION_EX:
            w_kw: W_Root | None = None
            if arg & 1:
                w_kw = frame.pop()
            w_args = frame.pop()
            w_f = frame.pop()
            frame.push(call_ex(space, w_f, w_args, w_kw))
        elif op == RETURN_VALUE:
            w_v = frame.pop()
            frame.finished = True
            return w_v
        elif op == BINARY_SUBSCR:
            w_k = frame.pop()
            w_o = frame.pop()
            frame.push(space.getitem(w_o, w_k))
        elif op == STORE_SUBSCR:
            w_k = frame.pop()
            w_o = frame.pop()
            w_v = frame.pop()
            space.setitem(w_o, w_k, w_v)
        elif op == DELETE_SUBSCR:
            w_k = frame.pop()
            w_o = frame.pop()
            space.delitem(w_o, w_k)
        elif op == LOAD_DEREF:
            w_v = frame.cells[arg].w_value
            if w_v is None:
                raise unbound_deref(space, frame, arg)
            frame.push(w_v)
        elif op == STORE_DEREF:
            frame.cells[arg].w_value = frame.pop()
        elif op == DELETE_DEREF:
            if frame.cells[arg].w_value is None:
                raise unbound_deref(space, frame, arg)
            frame.cells[arg].w_value = None
        elif op == LOAD_CLOSURE:
            frame.push(frame.cells[arg])
        elif op == LOAD_CLASSDEREF:
            name = code.cell_name(arg)
            w_loc = frame.w_locals
            w_v2: W_Root | None = None
            if w_loc is not None:
                w_v2 = locals_lookup(space, w_loc, space.newstr(name))
            if w_v2 is None:
                w_v2 = frame.cells[arg].w_value
                if w_v2 is None:
                    raise unbound_deref(space, frame, arg)
            frame.push(w_v2)
        elif op == NOP:
            pass
        elif op == COPY:
            frame.push(frame.peek(arg))
        elif op == SWAP:
            i = frame.sp - 1
            j = frame.sp - arg
            w_t = frame.stack[i]
            frame.stack[i] = frame.stack[j]
            frame.stack[j] = w_t
        elif op == DELETE_FAST:
            if frame.fastlocals[arg] is None:
                raise unbound_local(space, code.varnames[arg])
            frame.fastlocals[arg] = None
        elif op == STORE_GLOBAL:
            frame.w_globals.setitem(space, frame.names_w[arg], frame.pop())
        elif op == DELETE_GLOBAL:
            if frame.w_globals.delitem(space, frame.names_w[arg]) is None:
                raise name_error(space, frame, code.names[arg])
        elif op == LOAD_NAME:
            w_name = frame.names_w[arg]
            w_v3: W_Root | None = None
            w_loc = frame.w_locals
            if w_loc is not None:
                w_v3 = locals_lookup(space, w_loc, w_name)
            if w_v3 is None:
                w_v3 = frame.w_globals.lookup(space, w_name)
                if w_v3 is None:
                    w_v3 = space.builtins_dict().lookup(space, w_name)
                    if w_v3 is None:
                        w_v3 = space.lazy_builtin(w_name.value)
                    if w_v3 is None:
                        raise name_error(space, frame, w_name.value)
            frame.push(w_v3)
        elif op == STORE_NAME:
            w_loc = frame.w_locals
            if w_loc is None:
                w_loc = frame.w_globals
            space.setitem(w_loc, frame.names_w[arg], frame.pop())
        elif op == DELETE_NAME:
            w_loc = frame.w_locals
            if w_loc is None:
                w_loc = frame.w_globals
            try:
                space.delitem(w_loc, frame.names_w[arg])
            except OperationError as e:
                if space.exception_match(e.w_value, space.w_KeyError):
                    raise name_error(space, frame, code.names[arg])
                raise
        elif op == DELETE_ATTR:
            space.delattr(frame.pop(), code.names[arg])
        elif op == UNARY_POSITIVE:
            frame.push(ops.unary_positive(space, frame.pop()))
        elif op == UNARY_NEGATIVE:
            frame.push(ops.unary_negative(space, frame.pop()))
        elif op == UNARY_INVERT:
            frame.push(ops.unary_invert(space, frame.pop()))
        elif op == UNARY_NOT:
            frame.push(space.newbool(not space.is_true(frame.pop())))
        elif op == IS_OP:
            w_b = frame.pop()
            w_a = frame.pop()
            res = w_a is w_b
            frame.push(space.newbool(res if arg == 0 else not res))
        elif op == CONTAINS_OP:
            w_b = frame.pop()
            w_a = frame.pop()
            res = contains_op(space, w_a, w_b)
            frame.push(space.newbool(res if arg == 0 else not res))
        elif op == BUILD_TUPLE:
            frame.push(space.newtuple(frame.popn(arg)))
        elif op == BUILD_LIST:
            frame.push(space.newlist(frame.popn(arg)))
        elif op == BUILD_SET:
            items = frame.popn(arg)
            frame.push(build_set(space, code, frame.last_pc, items))
        elif op == BUILD_MAP:
            items = frame.popn(2 * arg)
            w_d = space.newdict()
            i = 0
            while i < len(items):
                w_d.setitem(space, items[i], items[i + 1])
                i += 2
            frame.push(w_d)
        elif op == BUILD_SLICE:
            if arg == 3:
                w_step = frame.pop()
            else:
                w_step = space.w_None
            w_stop = frame.pop()
            w_start = frame.pop()
            frame.push(W_Slice(w_start, w_stop, w_step))
        elif op == BUILD_STRING:
            parts: list[str] = []
            for w_x in frame.popn(arg):
                parts.append(space.str_w(w_x))
            frame.push(space.newstr("".join(parts)))
        elif op == LIST_APPEND:
            w_v = frame.pop()
            w_l = frame.peek(arg)
            assert isinstance(w_l, W_List)
            w_l.items.append(w_v)
        elif op == SET_ADD:
            w_v = frame.pop()
            w_s2 = frame.peek(arg)
            assert isinstance(w_s2, W_BaseSet)
            w_s2.add(space, w_v)
        elif op == MAP_ADD:
            w_v = frame.pop()
            w_k = frame.pop()
            w_d2 = frame.peek(arg)
            assert isinstance(w_d2, W_Dict)
            w_d2.setitem(space, w_k, w_v)
        elif op == LIST_EXTEND:
            w_it = frame.pop()
            w_l = frame.peek(arg)
            assert isinstance(w_l, W_List)
            if not is_iterable(space, w_it):
                raise space.error_type("Value after * must be an iterable, not %s" % space.type_name(w_it))
            w_l.items.extend(space.list_items(w_it))
        elif op == SET_UPDATE:
            w_it = frame.pop()
            w_s2 = frame.peek(arg)
            assert isinstance(w_s2, W_BaseSet)
            set_update_internal(space, w_s2, w_it)
        elif op == DICT_UPDATE:
            w_m = frame.pop()
            w_d2 = frame.peek(arg)
            assert isinstance(w_d2, W_Dict)
            if space.lookup(w_m, "keys") is None:
                raise space.error_type("'%s' object is not a mapping" % space.type_name(w_m))
            dict_update_from(space, w_d2, w_m)
        elif op == DICT_MERGE:
            w_m = frame.pop()
            w_d2 = frame.peek(arg)
            assert isinstance(w_d2, W_Dict)
            dict_merge(space, w_d2, w_m, frame.peek(arg + 2))
        elif op == LIST_TO_TUPLE:
            w_l = frame.pop()
            assert isinstance(w_l, W_List)
            frame.push(space.newtuple(list(w_l.items)))
        elif op == CALL_INTRINSIC_1:
            w_l = frame.pop()
            if arg == INTRINSIC_LIST_TO_TUPLE:
                frame.push(space.newtuple(space.list_items(w_l)))
            else:
                frame.push(w_l)
        elif op == UNPACK_SEQUENCE:
            w_seq = frame.pop()
            unpack_sequence(space, frame, w_seq, arg)
        elif op == UNPACK_EX:
            w_seq = frame.pop()
            unpack_ex(space, frame, w_seq, arg & 0xFF, arg >> 8)
        elif op == FORMAT_VALUE:
            spec = ""
            if arg & FVS_HAVE_SPEC:
                spec = space.str_w(frame.pop())
            w_v = frame.pop()
            conv = arg & FVC_MASK
            if conv == FVC_STR:
                w_v = space.str(w_v)
            elif conv == FVC_REPR:
                w_v = space.repr(w_v)
            elif conv == FVC_ASCII:
                w_v = space.newstr(ascii_of(space.repr_w(w_v)))
            if spec == "" and isinstance(w_v, W_Str):
                frame.push(w_v)
            else:
                frame.push(space.newstr(space.format(w_v, spec)))
        elif op == JUMP_IF_FALSE_OR_POP:
            if not space.is_true(frame.top()):
                pc = arg
            else:
                frame.pop()
        elif op == JUMP_IF_TRUE_OR_POP:
            if space.is_true(frame.top()):
                pc = arg
            else:
                frame.pop()
        elif op == GET_ITER:
            frame.push(space.iter(frame.pop()))
        elif op == MARK_NEW_GENERATORS:
            frame.gen_mark = space.ec.gen_serial
        elif op == GET_ITER_OWNED:
            w_it = space.iter(frame.pop())
            if isinstance(w_it, W_Generator) and w_it.serial >= frame.gen_mark and not w_it.started:
                w_it.loop_owned = True
            frame.push(w_it)
        elif op == POP_ITER:
            close_if_loop_owned(space, frame.pop())
        elif op == GET_YIELD_FROM_ITER:
            w_o = frame.pop()
            if isinstance(w_o, W_Generator):
                frame.push(w_o)
            else:
                frame.push(space.iter(w_o))
        elif op == MAKE_FUNCTION:
            frame.push(make_function(space, frame, arg))
        elif op == LOAD_BUILD_CLASS:
            frame.push(space.builtin_lookup("__build_class__"))
        elif op == RAISE_VARARGS:
            if arg == 0:
                w_h = space.ec.w_handled
                if w_h is None:
                    raise space.error_runtime("No active exception to reraise")
                raise ReraiseError(OperationError(w_h))
            w_cause: W_Root | None = None
            if arg == 2:
                w_cause = frame.pop()
            w_x = frame.pop()
            raise do_raise(space, w_x, w_cause)
        elif op == RERAISE:
            w_x = frame.pop()
            raise ReraiseError(OperationError(w_x))
        elif op == PUSH_EXC_INFO:
            w_x = frame.pop()
            w_prev = space.ec.w_handled
            frame.push(w_prev if w_prev is not None else space.w_None)
            frame.push(w_x)
            space.ec.w_handled = w_x
        elif op == POP_EXCEPT:
            w_prev2 = frame.pop()
            space.ec.w_handled = None if space.is_none(w_prev2) else w_prev2
        elif op == CHECK_EXC_MATCH:
            w_t = frame.pop()
            w_x = frame.top()
            frame.push(space.newbool(exc_match(space, w_x, w_t)))
        elif op == BEFORE_WITH:
            w_mgr = frame.pop()
            w_enter = space.lookup(w_mgr, "__enter__")
            w_exit = space.lookup(w_mgr, "__exit__")
            if w_enter is None or w_exit is None:
                raise space.error_type("'%s' object does not support the context manager protocol" % space.type_name(w_mgr))
            frame.push(space.get_descr(w_exit, w_mgr, space.type(w_mgr)))
            frame.push(space.call_function(space.get_descr(w_enter, w_mgr, space.type(w_mgr)), []))
        elif op == WITH_EXCEPT_START:
            w_x = frame.top()
            w_exit2 = frame.peek(3)
            w_tb = space.getattr(w_x, "__traceback__")
            frame.push(space.call_function(w_exit2, [space.type(w_x), w_x, w_tb]))
        elif op == LOAD_ASSERTION_ERROR:
            frame.push(space.w_AssertionError)
        elif op == PRINT_EXPR:
            w_v = frame.pop()
            space.displayhook(w_v)
        elif op == SETUP_ANNOTATIONS:
            w_loc = frame.w_locals
            if w_loc is None:
                w_loc = frame.w_globals
            w_key = space.newstr("__annotations__")
            if locals_lookup(space, w_loc, w_key) is None:
                space.setitem(w_loc, w_key, space.newdict())
        elif op == IMPORT_NAME:
            w_fromlist = frame.pop()
            w_level = frame.pop()
            frame.push(space.import_name(code.names[arg], frame.w_globals, w_fromlist, space.int_w(w_level)))
        elif op == IMPORT_FROM:
            frame.push(space.import_from(frame.top(), code.names[arg]))
        elif op == IMPORT_STAR:
            w_mod = frame.pop()
            w_loc = frame.w_locals
            if w_loc is None:
                w_loc = frame.w_globals
            space.import_star(w_mod, w_loc)
        elif op == YIELD_VALUE:
            w_v = frame.pop()
            frame.pc = pc
            return w_v
        elif op == SEND:
            w_v = frame.pop()
            w_it = frame.top()
            if isinstance(w_it, W_Generator):
                w_r = w_it.resume(space, w_v, None)
                if w_it.frame.finished:
                    frame.pop()
                    frame.push(w_r)
                    pc = arg
                else:
                    frame.push(w_r)
            else:
                try:
                    if space.is_none(w_v):
                        w_r2 = space.call_special(w_it, "__next__", [])
                        if w_r2 is None:
                            raise space.error_type("'%s' object is not an iterator" % space.type_name(w_it))
                    else:
                        w_r2 = space.call_method(w_it, "send", [w_v])
                    frame.push(w_r2)
                except OperationError as e:
                    if not space.exception_match(e.w_value, space.w_StopIteration):
                        raise
                    frame.pop()
                    frame.push(space.getattr(e.w_value, "value"))
                    pc = arg
        elif op == GET_LEN:
            frame.push(space.newint(space.len_w(frame.top())))
        elif op == MATCH_MAPPING:
            w_s3 = space.base_value(frame.top())
            frame.push(space.newbool(isinstance(w_s3, W_Dict)))
        elif op == MATCH_SEQUENCE:
            w_s3 = space.base_value(frame.top())
            frame.push(space.newbool(isinstance(w_s3, W_List) or isinstance(w_s3, W_Tuple) or isinstance(w_s3, W_Range)))
        elif op == MATCH_KEYS:
            frame.push(match_keys(space, frame.peek(2), frame.top()))
        elif op == MATCH_CLASS:
            w_names2 = frame.pop()
            w_cls = frame.pop()
            w_subj = frame.pop()
            frame.push(match_class(space, w_subj, w_cls, arg, w_names2))
        elif op == COPY_DICT_WITHOUT_KEYS:
            w_keys = frame.pop()
            w_subj = frame.top()
            w_rest = space.newdict()
            dict_update_from(space, w_rest, w_subj)
            for w_k in space.fixed_items(w_keys):
                w_rest.delitem(space, w_k)
            frame.push(w_rest)
        elif op == CHECK_EG_MATCH:
            w_types = frame.pop()
            w_eg = frame.pop()
            w_pair = space.call_lib("_exceptiongroup", "check_eg_match", [w_eg, w_types])
            pair_items = space.fixed_items(w_pair)
            frame.push(pair_items[0])
            frame.push(pair_items[1])
        elif op == PREP_RERAISE_STAR:
            w_excs = frame.pop()
            w_orig = frame.pop()
            frame.push(space.call_lib("_exceptiongroup", "prep_reraise_star", [w_orig, w_excs]))
        elif op == GET_AWAITABLE:
            frame.push(get_awaitable(space, frame.pop()))
        elif op == GET_AITER:
            w_ao = frame.pop()
            w_aiter = space.lookup(w_ao, "__aiter__")
            if w_aiter is None:
                raise space.error_type("'async for' requires an object with __aiter__ method, got %s" % space.type_name(w_ao))
            frame.push(space.call_function(space.get_descr(w_aiter, w_ao, space.type(w_ao)), []))
        elif op == GET_ANEXT:
            w_ai = frame.top()
            w_anext = space.lookup(w_ai, "__anext__")
            if w_anext is None:
                raise space.error_type("'async for' requires an iterator with __anext__ method, got %s" % space.type_name(w_ai))
            frame.push(get_awaitable(space, space.call_function(space.get_descr(w_anext, w_ai, space.type(w_ai)), [])))
        elif op == END_ASYNC_FOR:
            w_exc2 = frame.pop()
            frame.pop()
            if not space.exception_match(w_exc2, space.exc_types["StopAsyncIteration"]):
                raise ReraiseError(OperationError(w_exc2))
            space.ec.w_handled = None
        elif op == BEFORE_ASYNC_WITH:
            w_mgr = frame.pop()
            w_aenter = space.lookup(w_mgr, "__aenter__")
            w_aexit = space.lookup(w_mgr, "__aexit__")
            if w_aenter is None or w_aexit is None:
                raise space.error_type("'%s' object does not support the asynchronous context manager protocol" % space.type_name(w_mgr))
            frame.push(space.get_descr(w_aexit, w_mgr, space.type(w_mgr)))
            frame.push(get_awaitable(space, space.call_function(space.get_descr(w_aenter, w_mgr, space.type(w_mgr)), [])))
        else:
            raise space.error(space.exc_types["SystemError"], "unknown opcode %d" % op)


def build_set(space: ObjSpace, code: CodeObject, pc: int, items: list[W_Root]) -> W_Set:
    """{a, b, c}: CPython 3.11 compiles a display of more than two constants
    as a frozenset constant merged into a new set, which lays the table out
    differently from adding the items one by one; do the same."""
    w_s = W_Set()
    n = len(items)
    all_consts = n > 2 and pc >= 2 * n
    i = 1
    while all_consts and i <= n:
        if code.code[pc - 2 * i] != LOAD_CONST:
            all_consts = False
        i += 1
    if all_consts:
        # the compiler builds the frozenset from the items, then its constant
        # merging rebuilds it from the first one's table order
        w_tmp = W_FrozenSet()
        for w_x in items:
            w_tmp.add(space, w_x)
        w_const = W_FrozenSet()
        for w_x in w_tmp.elements():
            w_const.add(space, w_x)
        w_s.merge(space, w_const)
        return w_s
    for w_x in items:
        w_s.add(space, w_x)
    return w_s
