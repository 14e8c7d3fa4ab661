"""Generators: a suspended frame resumed by next/send/throw/close."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from interpreters.python import bytecode as bc
from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.iterators import W_Iterator
from interpreters.python.objspace.typeobject import W_Type
from interpreters.python.interpreter.pyframe import Frame
from interpreters.python.objspace.textutil import hex_fixed

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


class W_Generator(W_Iterator):
    frame: Frame
    name: str
    qualname: str
    started: bool
    running: bool
    serial: int         # creation order, see GET_ITER_OWNED
    loop_owned: bool    # only a `for` loop refers to it: closed when left early

    def __init__(self, space: ObjSpace, frame: Frame, name: str, qualname: str) -> None:
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.started = False
        self.running = False
        self.serial = space.ec.gen_serial
        space.ec.gen_serial += 1
        self.loop_owned = False

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_generator

    def next_w(self, space: ObjSpace) -> W_Root | None:
        if self.frame.finished:
            return None
        w_v = self.resume(space, space.w_None, None)
        if self.frame.finished:
            if not space.is_none(w_v):
                raise space.error_stop_iteration(w_v)
            return None
        return w_v

    def resume(self, space: ObjSpace, w_sent: W_Root, w_throw: OperationError | None) -> W_Root:
        """Run to the next yield (the yielded value) or to the end (the
        return value, with frame.finished set)."""
        from interpreters.python.interpreter.executor import execute_frame
        frame = self.frame
        if frame.finished:
            if w_throw is not None:
                raise w_throw
            frame.finished = True
            return space.w_None
        if self.running:
            raise space.error(space.w_ValueError, "generator already executing")
        if not self.started:
            if w_throw is None and not space.is_none(w_sent):
                raise space.error_type("can't send non-None value to a just-started generator")
            self.started = True
        elif w_throw is None:
            frame.push(w_sent)
        self.running = True
        w_saved = space.ec.w_handled
        try:
            return execute_frame(space, frame, w_throw)
        except OperationError as e:
            frame.finished = True
            if space.exception_match(e.w_value, space.w_StopIteration):
                w_err = space.error_runtime("generator raised StopIteration")
                space.exc_data(w_err.w_value).w_cause = e.w_value
                raise w_err
            raise
        finally:
            self.running = False
            space.ec.w_handled = w_saved

    def delegate(self) -> W_Root | None:
        """The iterator of the `yield from` the generator is suspended in."""
        frame = self.frame
        if not self.started or frame.finished:
            return None
        pc = frame.last_pc
        code = frame.code.code
        if code[pc] == bc.YIELD_VALUE and code[pc + 1] == 1 and frame.sp > 0:
            return frame.stack[frame.sp - 1]
        return None

    def send_target(self) -> int:
        """The pc SEND jumps to when the delegate finishes."""
        code = self.frame.code.code
        pc = self.frame.last_pc + 2
        while pc < len(code):
            if code[pc] == bc.JUMP_BACKWARD:
                send_pc = code[pc + 1]
                if code[send_pc] == bc.SEND:
                    return code[send_pc + 1]
            if code[pc] == bc.SEND:
                return code[pc + 1]
            pc += 2
        return -1

    def throw(self, space: ObjSpace, w_exc: W_Root) -> W_Root:
        w_del = self.delegate()
        if w_del is not None:
            try:
                if isinstance(w_del, W_Generator):
                    if space.exception_match(w_exc, space.w_GeneratorExit):
                        w_del.close(space)
                        raise OperationError(w_exc)
                    w_r = w_del.throw(space, w_exc)
                else:
                    w_m = space.getattr_or_none(w_del, "throw")
                    if w_m is None:
                        raise OperationError(w_exc)
                    w_r = space.call_function(w_m, [w_exc])
                return w_r
            except OperationError as e:
                if e.w_value is not w_exc and space.exception_match(e.w_value, space.w_StopIteration):
                    # the delegate finished: continue after the yield from
                    frame = self.frame
                    frame.pop()
                    frame.push(space.getattr(e.w_value, "value"))
                    target = self.send_target()
                    frame.pc = target
                    self.running = False
                    w_res = self.resume_plain(space)
                    return self.finish_value(space, w_res)
                return self.finish_value(space, self.resume(space, space.w_None, e))
        return self.finish_value(space, self.resume(space, space.w_None, OperationError(w_exc)))

    def resume_plain(self, space: ObjSpace) -> W_Root:
        from interpreters.python.interpreter.executor import execute_frame
        self.running = True
        try:
            return execute_frame(space, self.frame, None)
        finally:
            self.running = False

    def finish_value(self, space: ObjSpace, w_res: W_Root) -> W_Root:
        if self.frame.finished:
            raise space.error_stop_iteration(None if space.is_none(w_res) else w_res)
        return w_res

    def close(self, space: ObjSpace) -> None:
        if not self.started or self.frame.finished:
            self.frame.finished = True
            return
        try:
            self.throw(space, space.new_exception(space.w_GeneratorExit, []))
        except OperationError as e:
            if space.exception_match(e.w_value, space.w_GeneratorExit) or space.exception_match(e.w_value, space.w_StopIteration):
                return
            raise
        raise space.error_runtime("generator ignored GeneratorExit")


class W_Coroutine(W_Generator):
    """What calling an `async def` function makes: a generator-like object
    driven by send/throw/close; `await` delegates to it."""

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_coroutine


class W_AsyncGenerator(W_Generator):
    """What calling an `async def` with `yield` makes.  Its frame yields
    with YIELD_VALUE 2 for the generator's own values and YIELD_VALUE 1
    for awaits inside it (those pass through to the event loop)."""

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_async_generator

    def yielded_own_value(self) -> bool:
        frame = self.frame
        code = frame.code.code
        pc = frame.last_pc
        return code[pc] == bc.YIELD_VALUE and code[pc + 1] == 2


class W_AsyncGenAwaitable(W_Iterator):
    """The awaitable of __anext__/asend/athrow/aclose: driving it resumes
    the async generator until it yields its next value (the awaitable then
    finishes with it) or ends (StopAsyncIteration)."""
    gen: W_AsyncGenerator
    w_value: W_Root | None           # what to send first (asend)
    w_throw: W_Root | None           # what to throw first (athrow/aclose)
    closing: bool
    done: bool

    def __init__(self, gen: W_AsyncGenerator, w_value: W_Root | None, w_throw: W_Root | None,
                 closing: bool) -> None:
        self.gen = gen
        self.w_value = w_value
        self.w_throw = w_throw
        self.closing = closing
        self.done = False

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_async_gen_awaitable

    def step(self, space: ObjSpace, w_sent: W_Root, w_exc: W_Root | None) -> W_Root:
        gen = self.gen
        if self.done:
            raise space.error_runtime("cannot reuse already awaited __anext__()/asend()")
        if self.w_throw is not None:
            w_exc = self.w_throw
            self.w_throw = None
            if gen.frame.finished or not gen.started:
                gen.frame.finished = True
                self.done = True
                if self.closing:
                    raise space.error_stop_iteration(None)
                raise OperationError(w_exc)
        elif self.w_value is not None:
            w_sent = self.w_value
            self.w_value = None
        if gen.frame.finished:
            self.done = True
            raise OperationError(space.new_exception(space.exc_types["StopAsyncIteration"], []))
        try:
            if w_exc is not None:
                w_r = gen.throw(space, w_exc)
            else:
                w_r = gen.resume(space, w_sent, None)
        except OperationError as e:
            self.done = True
            if self.closing and (space.exception_match(e.w_value, space.w_GeneratorExit) or
                                 space.exception_match(e.w_value, space.exc_types["StopAsyncIteration"])):
                raise space.error_stop_iteration(None)
            if space.exception_match(e.w_value, space.w_StopIteration):
                raise OperationError(space.new_exception(space.exc_types["StopAsyncIteration"], []))
            raise
        if gen.frame.finished:
            self.done = True
            if self.closing:
                raise space.error_stop_iteration(None)
            raise OperationError(space.new_exception(space.exc_types["StopAsyncIteration"], []))
        if gen.yielded_own_value():
            self.done = True
            if self.closing:
                raise space.error_runtime("async generator ignored GeneratorExit")
            raise space.error_stop_iteration(w_r)
        return w_r

    def next_w(self, space: ObjSpace) -> W_Root | None:
        return self.step(space, space.w_None, None)


def self_agen(space: ObjSpace, w: W_Root) -> W_AsyncGenerator:
    if isinstance(w, W_AsyncGenerator):
        return w
    raise space.error_type("expected an async generator")


def self_agen_aw(space: ObjSpace, w: W_Root) -> W_AsyncGenAwaitable:
    if isinstance(w, W_AsyncGenAwaitable):
        return w
    raise space.error_type("expected an async generator awaitable")


def agen_aiter(space: ObjSpace, args: Args) -> W_Root:
    return self_agen(space, args.pos[0])


def agen_anext(space: ObjSpace, args: Args) -> W_Root:
    return W_AsyncGenAwaitable(self_agen(space, args.pos[0]), None, None, False)


def agen_asend(space: ObjSpace, args: Args) -> W_Root:
    return W_AsyncGenAwaitable(self_agen(space, args.pos[0]), args.pos[1], None, False)


def agen_athrow(space: ObjSpace, args: Args) -> W_Root:
    w_e = args.pos[1]
    if isinstance(w_e, W_Type):
        w_e = space.call_function(w_e, [] if len(args.pos) < 3 or space.is_none(args.pos[2]) else [args.pos[2]])
    return W_AsyncGenAwaitable(self_agen(space, args.pos[0]), None, w_e, False)


def agen_aclose(space: ObjSpace, args: Args) -> W_Root:
    return W_AsyncGenAwaitable(self_agen(space, args.pos[0]), None,
                               space.new_exception(space.w_GeneratorExit, []), True)


def agen_repr(space: ObjSpace, args: Args) -> W_Root:
    g = self_agen(space, args.pos[0])
    return space.newstr("<async_generator object %s at 0x%s>" % (g.qualname, hex_fixed(space.id_of(g), 12)))


def agaw_await(space: ObjSpace, args: Args) -> W_Root:
    return self_agen_aw(space, args.pos[0])


def agaw_next(space: ObjSpace, args: Args) -> W_Root:
    return self_agen_aw(space, args.pos[0]).step(space, space.w_None, None)


def agaw_send(space: ObjSpace, args: Args) -> W_Root:
    return self_agen_aw(space, args.pos[0]).step(space, args.pos[1], None)


def agaw_throw(space: ObjSpace, args: Args) -> W_Root:
    w_e = args.pos[1]
    if isinstance(w_e, W_Type):
        w_e = space.call_function(w_e, [])
    return self_agen_aw(space, args.pos[0]).step(space, space.w_None, w_e)


def agaw_close(space: ObjSpace, args: Args) -> W_Root:
    self_agen_aw(space, args.pos[0]).done = True
    return space.w_None


def coro_await(space: ObjSpace, args: Args) -> W_Root:
    """coroutine.__await__(): an iterator over the coroutine (itself: it
    has send/throw/close and __next__)."""
    return args.pos[0]


def coro_repr(space: ObjSpace, args: Args) -> W_Root:
    g = self_gen(space, args.pos[0])
    return space.newstr("<coroutine object %s at 0x%s>" % (g.qualname, hex_fixed(space.id_of(g), 12)))


def close_if_loop_owned(space: ObjSpace, w: W_Root | None) -> None:
    """A for loop drops its iterator: an owned generator is finalised now,
    as CPython's reference counting does; errors from it are ignored."""
    if isinstance(w, W_Generator) and w.loop_owned:
        w.loop_owned = False
        try:
            w.close(space)
        except OperationError:
            pass


def self_gen(space: ObjSpace, w: W_Root) -> W_Generator:
    if isinstance(w, W_Generator):
        return w
    raise space.error_type("expected a generator")


def gen_send(space: ObjSpace, args: Args) -> W_Root:
    g = self_gen(space, args.pos[0])
    w_v = g.resume(space, args.pos[1], None)
    return g.finish_value(space, w_v)


def gen_next(space: ObjSpace, args: Args) -> W_Root:
    g = self_gen(space, args.pos[0])
    if g.frame.finished:
        raise space.error_stop_iteration(None)
    return g.finish_value(space, g.resume(space, space.w_None, None))


def gen_throw(space: ObjSpace, args: Args) -> W_Root:
    g = self_gen(space, args.pos[0])
    w_e = args.pos[1]
    if isinstance(w_e, W_Type):
        if len(args.pos) > 2 and not space.is_none(args.pos[2]):
            w_e = space.call_function(w_e, [args.pos[2]])
        else:
            w_e = space.call_function(w_e, [])
    if not space.isinstance_w(w_e, space.w_BaseException):
        raise space.error_type("exceptions must be classes or instances deriving from BaseException, not %s" % space.type_name(w_e))
    return g.throw(space, w_e)


def gen_close(space: ObjSpace, args: Args) -> W_Root:
    self_gen(space, args.pos[0]).close(space)
    return space.w_None


def gen_iter(space: ObjSpace, args: Args) -> W_Root:
    return args.pos[0]


def gen_repr(space: ObjSpace, args: Args) -> W_Root:
    g = self_gen(space, args.pos[0])
    return space.newstr("<generator object %s at 0x%s>" % (g.qualname, hex_fixed(space.id_of(g), 12)))


def gen_get_name(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newstr(self_gen(space, w).name)


GENERATOR_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "send": gen_send, "__next__": gen_next, "throw": gen_throw,
    "close": gen_close, "__iter__": gen_iter, "__repr__": gen_repr,
}

COROUTINE_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "send": gen_send, "throw": gen_throw, "close": gen_close,
    "__await__": coro_await, "__next__": gen_next, "__repr__": coro_repr,
}

ASYNC_GENERATOR_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__aiter__": agen_aiter, "__anext__": agen_anext, "asend": agen_asend,
    "athrow": agen_athrow, "aclose": agen_aclose, "__repr__": agen_repr,
}

ASYNC_GEN_AWAITABLE_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__await__": agaw_await, "__next__": agaw_next, "__iter__": agaw_await,
    "send": agaw_send, "throw": agaw_throw, "close": agaw_close,
}
