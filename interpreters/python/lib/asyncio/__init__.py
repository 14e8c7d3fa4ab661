"""asyncio, written for this VM: a single-threaded event loop with ready
callbacks and timers (on a virtual clock, see _Loop._run_once), Futures, Tasks,
run, sleep, gather, wait_for, wait, as_completed, create_task, Queue,
Event, Lock and Semaphore.  Scheduling order follows CPython's (FIFO ready
queue, timers by deadline then creation), so programs print the same."""
import heapq as _heapq
import time as _time
from collections import deque as _deque

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class CancelledError(BaseException):
    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    __module__ = "asyncio.exceptions"


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError


# virtual seconds one busy iteration of the event loop takes
_TICK = 1e-05


class _Loop:
    def __init__(self):
        self._ready = _deque()
        self._timers = []
        self._seq = 0
        self._running = False
        self._closed = False
        self._now = _time.monotonic()

    def time(self):
        # the loop's virtual clock (see _run_once)
        return self._now

    def call_soon(self, callback, *args, context=None):
        handle = _Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        handle = _Handle(callback, args)
        self._seq += 1
        _heapq.heappush(self._timers, (when, self._seq, handle))
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        # The loop runs on a virtual clock, so the order of events is the
        # same on every run however slow or loaded the machine is: an
        # iteration with ready callbacks takes _TICK of virtual time (about
        # one CPython loop iteration), an idle one jumps to the next
        # deadline.  Timers fire when the virtual clock reaches them, as
        # CPython's fire when the real one does.  The real clock only
        # decides how long to sleep first, so that awaited delays still
        # take at least their time.
        if self._ready:
            self._now += _TICK
        while self._timers and self._timers[0][2]._cancelled:
            _heapq.heappop(self._timers)
        if self._timers and (not self._ready or self._timers[0][0] <= self._now):
            self._now = max(self._now, self._timers[0][0])
            delay = self._now - _time.monotonic()
            if delay > 0:
                _time.sleep(delay)
            while self._timers and self._timers[0][0] <= self._now:
                handle = _heapq.heappop(self._timers)[2]
                if not handle._cancelled:
                    self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._callback(*handle._args)

    def run_until_complete(self, future):
        future = ensure_future(future, loop=self)
        self._running = True
        _Runtime.loop = self
        try:
            while not future.done():
                if not self._ready and not self._timers:
                    raise RuntimeError("Event loop stopped before Future completed.")
                self._run_once()
        finally:
            self._running = False
        return future.result()

    def run_forever(self):
        raise RuntimeError("run_forever is not supported")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def stop(self):
        self._ready.clear()
        self._timers.clear()


class _Handle:
    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled


TimerHandle = _Handle
Handle = _Handle


class _Runtime:
    loop = None
    current_task = None
    tasks = []


def get_running_loop():
    if _Runtime.loop is None or not _Runtime.loop._running:
        raise RuntimeError("no running event loop")
    return _Runtime.loop


def get_event_loop():
    if _Runtime.loop is None:
        _Runtime.loop = _Loop()
    return _Runtime.loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    _Runtime.loop = loop


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def done(self):
        return self._state != "PENDING"

    def cancelled(self):
        return self._state == "CANCELLED"

    def result(self):
        if self._state == "CANCELLED":
            raise CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
        if self._state != "FINISHED":
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == "CANCELLED":
            raise CancelledError()
        if self._state != "FINISHED":
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def add_done_callback(self, fn, *, context=None):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks[:] = [cb for cb in self._callbacks if cb != fn]
        return n - len(self._callbacks)

    def set_result(self, result):
        if self.done():
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = "FINISHED"
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self.done():
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = "FINISHED"
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self.done():
            return False
        self._state = "CANCELLED"
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def get_loop(self):
        return self._loop

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        state = self._state.lower()
        if self._state == "FINISHED":
            if self._exception is not None:
                state += " exception=%r" % (self._exception,)
            else:
                state += " result=%r" % (self._result,)
        return "<%s %s>" % (type(self).__name__, state)


class Task(Future):
    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        Future.__init__(self, loop=loop)
        Task._counter += 1
        self._coro = coro
        self._name = name if name is not None else "Task-%d" % Task._counter
        self._fut_waiter = None
        self._must_cancel = False
        self._cancel_msg = None
        _Runtime.tasks.append(self)
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg):
            return True
        self._must_cancel = True
        self._cancel_msg = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError() if self._cancel_msg is None else CancelledError(self._cancel_msg)
            self._must_cancel = False
        self._fut_waiter = None
        previous = _Runtime.current_task
        _Runtime.current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, self._cancel_msg)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            Future.cancel(self, e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future):
                result._asyncio_future_blocking = False
                self._fut_waiter = result
                result.add_done_callback(self._wakeup)
                if self._must_cancel:
                    if self._fut_waiter.cancel(self._cancel_msg):
                        self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError("Task got bad yield: %r" % (result,)))
        finally:
            _Runtime.current_task = previous

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as e:
            self._step(e)
            return
        self._step()

    def __repr__(self):
        coro_name = getattr(self._coro, "__qualname__", getattr(self._coro, "__name__", "coro"))
        return "<Task %s name=%r coro=<%s()>>" % (self._state.lower(), self._name, coro_name)


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(getattr(code, "co_flags", 0) & 0x80)


def isfuture(obj):
    return isinstance(obj, Future)


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if iscoroutine(obj):
        return (loop or get_event_loop()).create_task(obj)
    if hasattr(obj, "__await__"):
        async def _wrap():
            return await obj
        return (loop or get_event_loop()).create_task(_wrap())
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    return _Runtime.current_task


def all_tasks(loop=None):
    return {t for t in _Runtime.tasks if not t.done()}


def run(main, *, debug=None):
    if _Runtime.loop is not None and _Runtime.loop._running:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = _Loop()
    _Runtime.loop = loop
    try:
        return loop.run_until_complete(main)
    finally:
        # cancel what is left, and let it finish its cleanup
        pending = [t for t in _Runtime.tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            loop._running = True
            while any(not t.done() for t in pending) and (loop._ready or loop._timers):
                loop._run_once()
            loop._running = False
        _Runtime.tasks = []
        loop.close()
        _Runtime.loop = None


class _SleepZero:
    def __await__(self):
        yield None


async def sleep(delay, result=None):
    if delay <= 0:
        await _SleepZero()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, loop):
        Future.__init__(self, loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg):
                ret = True
        return ret


def gather(*aws, return_exceptions=False):
    loop = get_event_loop()
    if not aws:
        fut = loop.create_future()
        fut.set_result([])
        return fut
    children = []
    seen = {}
    for a in aws:
        if id(a) in seen:
            children.append(seen[id(a)])
            continue
        f = ensure_future(a, loop=loop)
        seen[id(a)] = f
        children.append(f)
    outer = _GatheringFuture(children, loop)
    state = {"done": 0}

    def on_child_done(child):
        state["done"] += 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["done"] == len(children):
            results = []
            for c in children:
                if c.cancelled():
                    results.append(CancelledError())
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            outer.set_result(results)

    for c in set(children) if False else _unique(children):
        c.add_done_callback(on_child_done)
    state["total"] = len(children)
    return outer


def _unique(items):
    out = []
    for x in items:
        if not any(x is y for y in out):
            out.append(x)
    return out


async def wait_for(aw, timeout):
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    timed_out = []

    def on_timeout():
        timed_out.append(True)
        if not waiter.done():
            waiter.set_result(None)

    handle = loop.call_later(timeout, on_timeout)

    def on_done(_):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(on_done)
    try:
        await waiter
    except CancelledError:
        fut.cancel()
        raise
    finally:
        handle.cancel()
    if fut.done():
        return fut.result()
    fut.remove_done_callback(on_done)
    fut.cancel()
    # let the cancelled task run its cleanup before reporting the timeout
    cleanup = loop.create_future()
    fut.add_done_callback(lambda f: cleanup.done() or cleanup.set_result(None))
    await cleanup
    raise TimeoutError()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    loop = get_running_loop()
    fs = [ensure_future(f, loop=loop) for f in fs]
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    waiter = loop.create_future()
    counter = {"left": len(fs)}

    def on_done(f):
        counter["left"] -= 1
        if waiter.done():
            return
        if counter["left"] <= 0 or return_when == FIRST_COMPLETED or \
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, lambda: waiter.done() or waiter.set_result(None))
    if not all(f.done() for f in fs) and not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)):
        await waiter
    if handle is not None:
        handle.cancel()
    for f in fs:
        f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, {f for f in fs if not f.done()}


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    finished = _deque()
    waiters = _deque()

    def on_done(f):
        finished.append(f)
        if waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)

    for f in todo:
        f.add_done_callback(on_done)

    async def next_done():
        if not finished:
            w = loop.create_future()
            waiters.append(w)
            await w
        return finished.popleft().result()

    for _ in range(len(todo)):
        yield next_done()


async def shield(aw):
    return await aw


def to_thread(func, *args, **kwargs):
    async def run_inline():
        return func(*args, **kwargs)
    return run_inline()


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = _deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            if fut in self._waiters:
                self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = _deque()
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    @staticmethod
    def _wake(waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                return

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            await putter
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except CancelledError:
                if getter in self._getters:
                    self._getters.remove(getter)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _put(self, item):
        _heapq.heappush(self._queue_list(), item)

    def _queue_list(self):
        if not isinstance(self._queue, list):
            self._queue = list(self._queue)
        return self._queue

    def _get(self):
        return _heapq.heappop(self._queue_list())


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()
