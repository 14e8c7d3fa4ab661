"""A small reference interpreter for the front end's bytecode, on host objects.

Test-only: it lets the front-end tests check what compiled code *does*
against CPython, independently of the real runtime.  It follows the
contract documented in interpreters/python/bytecode.py.
"""
import builtins as host_builtins
import collections.abc
import types

from interpreters.python import bytecode as B
from interpreters.python.compiler import compile_source

_EMPTY = object()


class Cell:
    __slots__ = ("contents",)

    def __init__(self, contents=_EMPTY):
        self.contents = contents


def const_value(c):
    if isinstance(c, B.ConstNone):
        return None
    if isinstance(c, (B.ConstBool, B.ConstInt, B.ConstFloat, B.ConstStr)):
        return c.value
    if isinstance(c, B.ConstBigInt):
        return int(c.digits)
    if isinstance(c, B.ConstComplex):
        return complex(c.real, c.imag)
    if isinstance(c, B.ConstBytes):
        return c.value.encode("latin-1")
    if isinstance(c, B.ConstEllipsis):
        return ...
    if isinstance(c, B.ConstTuple):
        return tuple(const_value(i) for i in c.items)
    if isinstance(c, B.ConstFrozenset):
        return frozenset(const_value(i) for i in c.items)
    if isinstance(c, B.ConstCode):
        return c.code
    raise TypeError(c)


class Function:
    def __init__(self, vm, code, globals_, defaults, kwdefaults, annotations, closure):
        self.vm = vm
        self.code = code
        self.globals = globals_
        self.defaults = defaults
        self.kwdefaults = kwdefaults or {}
        self.__annotations__ = annotations or {}
        self.closure = closure
        self.__name__ = code.name
        self.__qualname__ = code.qualname
        self.__doc__ = code.docstring
        self.__module__ = globals_.get("__name__")

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __repr__(self):
        return "<function %s>" % self.__qualname__

    def __call__(self, *args, **kwargs):
        frame = self.vm.make_frame(self, args, kwargs)
        if self.code.flags & B.CO_GENERATOR:
            return self.vm.generator(frame)
        if self.code.flags & B.CO_COROUTINE:
            return Coroutine(self.vm.generator(frame), self.__qualname__)
        if self.code.flags & B.CO_ASYNC_GENERATOR:
            return AsyncGenerator(self.vm.generator(frame))
        return self.vm.run_to_end(frame)


class Coroutine:
    """A coroutine of the MiniVM: a generator under another name."""

    def __init__(self, gen, name):
        self.gen = gen
        self.__qualname__ = name

    def send(self, v):
        return self.gen.send(v)

    def throw(self, *a):
        return self.gen.throw(*a)

    def close(self):
        return self.gen.close()

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.gen.send(None)


class AsyncYield:
    """What an async generator's frame yields for `yield v` (YIELD_VALUE 2)."""

    def __init__(self, value):
        self.value = value


class AsyncGenerator:
    def __init__(self, gen):
        self.gen = gen
        self.done = False

    def __aiter__(self):
        return self

    def __anext__(self):
        return self.asend(None)

    def asend(self, value):
        return Coroutine(self.step(value), "asend")

    def step(self, value):
        if self.done:
            raise StopAsyncIteration
        v = value
        while True:
            try:
                r = self.gen.send(v)
            except StopIteration:
                self.done = True
                raise StopAsyncIteration
            if isinstance(r, AsyncYield):
                return r.value
            v = yield r


def awaitable_iter(o):
    if isinstance(o, Coroutine):
        return o
    if not hasattr(type(o), "__await__"):
        raise TypeError("object %s can't be used in 'await' expression" % type(o).__name__)
    return type(o).__await__(o)


class Frame:
    def __init__(self, code, globals_, locals_, cells):
        self.code = code
        self.globals = globals_
        self.locals = locals_          # dict (by-name code) or None
        self.fast = [_EMPTY] * code.nlocals
        self.cells = cells
        self.stack = []
        self.consts = [const_value(c) for c in code.consts]


class MiniVM:
    def __init__(self, out):
        self.out = out                  # list of printed strings
        self.handled = None
        self.frames = []
        self.builtins = dict(vars(host_builtins))
        self.builtins["print"] = self.print
        self.builtins["__build_class__"] = self.build_class
        self.builtins["super"] = self.super

    # --- builtins overridden ---------------------------------------------------
    def print(self, *args, sep=" ", end="\n", file=None, flush=False):
        self.out.append(sep.join(str(a) for a in args) + end)

    def super(self, *args):
        if args:
            return host_builtins.super(*args)
        frame = self.frames[-1]
        code = frame.code
        idx = len(code.cellvars) + code.freevars.index("__class__")
        cls = frame.cells[idx].contents
        first = frame.fast[0]
        if code.varnames[0] in code.cellvars:
            first = frame.cells[code.cellvars.index(code.varnames[0])].contents
        return host_builtins.super(cls, first)

    def build_class(self, func, name, *bases, metaclass=type, **kw):
        ns = {}
        frame = Frame(func.code, func.globals, ns, self.new_cells(func.code, func.closure))
        cell = self.run_to_end(frame)
        ns.pop("__classcell__", None)
        cls = metaclass(name, bases, ns, **kw)
        if isinstance(cell, Cell):
            cell.contents = cls
        return cls

    # --- frames ----------------------------------------------------------------
    def new_cells(self, code, closure):
        cells = [Cell() for _ in code.cellvars]
        if closure:
            cells.extend(closure)
        return cells

    def make_frame(self, func, args, kwargs):
        code = func.code
        frame = Frame(code, func.globals, None, self.new_cells(code, func.closure))
        fast = frame.fast
        n = code.argcount
        nkw = code.kwonlyargcount
        for i, a in enumerate(args[:n]):
            fast[i] = a
        slot = n + nkw
        if code.flags & B.CO_VARARGS:
            fast[slot] = tuple(args[n:])
            slot += 1
        elif len(args) > n:
            raise TypeError("%s() takes %d positional arguments but %d were given"
                            % (code.name, n, len(args)))
        extra = {}
        for k, v in kwargs.items():
            if k in code.varnames[code.posonlyargcount:n + nkw]:
                i = code.varnames.index(k)
                if fast[i] is not _EMPTY:
                    raise TypeError("%s() got multiple values for argument '%s'"
                                    % (code.name, k))
                fast[i] = v
            elif code.flags & B.CO_VARKEYWORDS:
                extra[k] = v
            else:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (code.name, k))
        if code.flags & B.CO_VARKEYWORDS:
            fast[slot] = extra
        defaults = func.defaults or ()
        first_default = n - len(defaults)
        for i in range(n):
            if fast[i] is _EMPTY:
                if i >= first_default:
                    fast[i] = defaults[i - first_default]
                else:
                    raise TypeError("%s() missing required argument: '%s'"
                                    % (code.name, code.varnames[i]))
        for i in range(n, n + nkw):
            if fast[i] is _EMPTY:
                name = code.varnames[i]
                if name in func.kwdefaults:
                    fast[i] = func.kwdefaults[name]
                else:
                    raise TypeError("%s() missing required keyword-only argument: '%s'"
                                    % (code.name, name))
        return frame

    def run_to_end(self, frame):
        gen = self.execute(frame)
        try:
            gen.send(None)
        except StopIteration as stop:
            return stop.value
        raise RuntimeError("yield in a non-generator frame")

    def generator(self, frame):
        return (yield from self.execute(frame))

    def run_module(self, source, mode="exec", filename="<test>"):
        code = compile_source(source, filename, mode)
        globals_ = {"__name__": "__main__", "__builtins__": host_builtins}
        frame = Frame(code, globals_, globals_, self.new_cells(code, None))
        return self.run_to_end(frame)

    # --- names ---------------------------------------------------------------
    def load_global(self, frame, name):
        if name in frame.globals:
            return frame.globals[name]
        if name in self.builtins:
            return self.builtins[name]
        raise NameError("name '%s' is not defined" % name)

    # --- the loop ------------------------------------------------------------
    def execute(self, frame):
        self.frames.append(frame)
        try:
            return (yield from self.loop(frame))
        finally:
            self.frames.pop()

    def loop(self, frame):
        code = frame.code
        co = code.code
        stack = frame.stack
        pc = 0
        while True:
            op = co[pc]
            arg = co[pc + 1]
            pc += 2
            try:
                if op == B.YIELD_VALUE:
                    value = stack.pop()
                    if arg == 2:
                        value = AsyncYield(value)
                    self.frames.pop()
                    try:
                        sent = yield value
                    finally:
                        self.frames.append(frame)
                    stack.append(sent)
                    continue
                if op == B.SEND:
                    v = stack.pop()
                    it = stack[-1]
                    try:
                        r = next(it) if v is None else it.send(v)
                    except StopIteration as stop:
                        stack.pop()
                        stack.append(stop.value)
                        pc = arg
                        continue
                    stack.append(r)
                    continue
                if op == B.RETURN_VALUE:
                    return stack.pop()
                pc = self.step(frame, op, arg, pc)
            except BaseException as exc:
                if isinstance(exc, GeneratorExit) and False:
                    raise
                entry = code.handler_at(pc - 2)
                if entry is None:
                    raise
                del stack[entry.depth:]
                stack.append(exc)
                pc = entry.handler

    def step(self, frame, op, arg, pc):
        stack = frame.stack
        code = frame.code
        if op == B.NOP:
            pass
        elif op == B.POP_TOP or op == B.POP_ITER:
            stack.pop()
        elif op == B.MARK_NEW_GENERATORS:
            pass
        elif op == B.COPY:
            stack.append(stack[-arg])
        elif op == B.SWAP:
            stack[-1], stack[-arg] = stack[-arg], stack[-1]
        elif op == B.LOAD_CONST:
            stack.append(frame.consts[arg])
        elif op == B.LOAD_FAST:
            v = frame.fast[arg]
            if v is _EMPTY:
                raise UnboundLocalError("cannot access local variable '%s' where it is "
                                        "not associated with a value" % code.varnames[arg])
            stack.append(v)
        elif op == B.STORE_FAST:
            frame.fast[arg] = stack.pop()
        elif op == B.DELETE_FAST:
            if frame.fast[arg] is _EMPTY:
                raise UnboundLocalError(code.varnames[arg])
            frame.fast[arg] = _EMPTY
        elif op == B.LOAD_DEREF or op == B.LOAD_CLASSDEREF:
            name = code.cell_name(arg)
            if op == B.LOAD_CLASSDEREF and name in frame.locals:
                stack.append(frame.locals[name])
            else:
                v = frame.cells[arg].contents
                if v is _EMPTY:
                    raise NameError("cannot access free variable '%s'" % name)
                stack.append(v)
        elif op == B.STORE_DEREF:
            frame.cells[arg].contents = stack.pop()
        elif op == B.DELETE_DEREF:
            frame.cells[arg].contents = _EMPTY
        elif op == B.LOAD_CLOSURE:
            stack.append(frame.cells[arg])
        elif op == B.LOAD_GLOBAL:
            stack.append(self.load_global(frame, code.names[arg]))
        elif op == B.STORE_GLOBAL:
            frame.globals[code.names[arg]] = stack.pop()
        elif op == B.DELETE_GLOBAL:
            del frame.globals[code.names[arg]]
        elif op == B.LOAD_NAME:
            name = code.names[arg]
            if name in frame.locals:
                stack.append(frame.locals[name])
            else:
                stack.append(self.load_global(frame, name))
        elif op == B.STORE_NAME:
            frame.locals[code.names[arg]] = stack.pop()
        elif op == B.DELETE_NAME:
            del frame.locals[code.names[arg]]
        elif op == B.LOAD_ATTR:
            stack.append(getattr(stack.pop(), code.names[arg]))
        elif op == B.STORE_ATTR:
            o = stack.pop()
            setattr(o, code.names[arg], stack.pop())
        elif op == B.DELETE_ATTR:
            delattr(stack.pop(), code.names[arg])
        elif op == B.BINARY_SUBSCR:
            k = stack.pop()
            o = stack.pop()
            stack.append(o[k])
        elif op == B.STORE_SUBSCR:
            k = stack.pop()
            o = stack.pop()
            o[k] = stack.pop()
        elif op == B.DELETE_SUBSCR:
            k = stack.pop()
            o = stack.pop()
            del o[k]
        elif op == B.BINARY_OP:
            b = stack.pop()
            a = stack.pop()
            stack.append(binop(arg, a, b))
        elif op == B.UNARY_POSITIVE:
            stack.append(+stack.pop())
        elif op == B.UNARY_NEGATIVE:
            stack.append(-stack.pop())
        elif op == B.UNARY_INVERT:
            stack.append(~stack.pop())
        elif op == B.UNARY_NOT:
            stack.append(not stack.pop())
        elif op == B.COMPARE_OP:
            b = stack.pop()
            a = stack.pop()
            stack.append(COMPARE[arg](a, b))
        elif op == B.IS_OP:
            b = stack.pop()
            a = stack.pop()
            stack.append((a is b) != bool(arg))
        elif op == B.CONTAINS_OP:
            b = stack.pop()
            a = stack.pop()
            stack.append((a in b) != bool(arg))
        elif op in (B.BUILD_TUPLE, B.BUILD_LIST, B.BUILD_SET, B.BUILD_STRING):
            items = stack[len(stack) - arg:]
            del stack[len(stack) - arg:]
            if op == B.BUILD_TUPLE:
                stack.append(tuple(items))
            elif op == B.BUILD_LIST:
                stack.append(items)
            elif op == B.BUILD_SET:
                stack.append(set(items))
            else:
                stack.append("".join(items))
        elif op == B.BUILD_MAP:
            items = stack[len(stack) - 2 * arg:]
            del stack[len(stack) - 2 * arg:]
            stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
        elif op == B.BUILD_SLICE:
            items = stack[len(stack) - arg:]
            del stack[len(stack) - arg:]
            stack.append(slice(*items))
        elif op == B.LIST_APPEND:
            v = stack.pop()
            stack[-arg].append(v)
        elif op == B.SET_ADD:
            v = stack.pop()
            stack[-arg].add(v)
        elif op == B.MAP_ADD:
            v = stack.pop()
            k = stack.pop()
            stack[-arg][k] = v
        elif op == B.LIST_EXTEND:
            stack[-arg - 1].extend(stack.pop())
        elif op == B.SET_UPDATE:
            stack[-arg - 1].update(stack.pop())
        elif op == B.DICT_UPDATE:
            stack[-arg - 1].update(stack.pop())
        elif op == B.DICT_MERGE:
            m = stack.pop()
            d = stack[-arg]
            for k in m:
                if k in d:
                    raise TypeError("got multiple values for keyword argument '%s'" % k)
                d[k] = m[k]
        elif op == B.LIST_TO_TUPLE:
            stack.append(tuple(stack.pop()))
        elif op == B.UNPACK_SEQUENCE:
            items = list(stack.pop())
            if len(items) != arg:
                raise ValueError("unpack: expected %d, got %d" % (arg, len(items)))
            stack.extend(reversed(items))
        elif op == B.UNPACK_EX:
            before = arg & 0xFF
            after = arg >> 8
            items = list(stack.pop())
            if len(items) < before + after:
                raise ValueError("not enough values to unpack")
            mid = items[before:len(items) - after]
            head = items[:before]
            tail = items[len(items) - after:] if after else []
            stack.extend(reversed(tail))
            stack.append(mid)
            stack.extend(reversed(head))
        elif op == B.FORMAT_VALUE:
            spec = stack.pop() if arg & B.FVS_HAVE_SPEC else ""
            v = stack.pop()
            conv = arg & B.FVC_MASK
            if conv == B.FVC_STR:
                v = str(v)
            elif conv == B.FVC_REPR:
                v = repr(v)
            elif conv == B.FVC_ASCII:
                v = ascii(v)
            stack.append(format(v, spec))
        elif op == B.JUMP_FORWARD or op == B.JUMP_BACKWARD:
            return arg
        elif op == B.POP_JUMP_IF_FALSE:
            if not stack.pop():
                return arg
        elif op == B.POP_JUMP_IF_TRUE:
            if stack.pop():
                return arg
        elif op == B.JUMP_IF_FALSE_OR_POP:
            if not stack[-1]:
                return arg
            stack.pop()
        elif op == B.JUMP_IF_TRUE_OR_POP:
            if stack[-1]:
                return arg
            stack.pop()
        elif op == B.GET_ITER or op == B.GET_YIELD_FROM_ITER or op == B.GET_ITER_OWNED:
            stack.append(iter(stack.pop()))
        elif op == B.FOR_ITER:
            try:
                stack.append(next(stack[-1]))
            except StopIteration:
                stack.pop()
                return arg
        elif op == B.CALL_FUNCTION:
            args = stack[len(stack) - arg:]
            del stack[len(stack) - arg:]
            f = stack.pop()
            stack.append(f(*args))
        elif op == B.CALL_FUNCTION_KW:
            names = stack.pop()
            args = stack[len(stack) - arg:]
            del stack[len(stack) - arg:]
            f = stack.pop()
            npos = arg - len(names)
            stack.append(f(*args[:npos], **dict(zip(names, args[npos:]))))
        elif op == B.CALL_FUNCTION_EX:
            kw = stack.pop() if arg & 1 else {}
            args = stack.pop()
            f = stack.pop()
            stack.append(f(*args, **kw))
        elif op == B.MAKE_FUNCTION:
            fcode = stack.pop()
            closure = stack.pop() if arg & B.MF_CLOSURE else None
            ann = stack.pop() if arg & B.MF_ANNOTATIONS else None
            kwd = stack.pop() if arg & B.MF_KWDEFAULTS else None
            dfl = stack.pop() if arg & B.MF_DEFAULTS else None
            stack.append(Function(self, fcode, frame.globals, dfl, kwd, ann, closure))
        elif op == B.LOAD_BUILD_CLASS:
            stack.append(self.builtins["__build_class__"])
        elif op == B.RAISE_VARARGS:
            if arg == 0:
                if self.handled is None:
                    raise RuntimeError("No active exception to reraise")
                raise self.handled
            cause = stack.pop() if arg == 2 else None
            exc = stack.pop()
            if isinstance(exc, type):
                exc = exc()
            if arg == 2:
                raise exc from cause
            raise exc
        elif op == B.RERAISE:
            raise stack.pop()
        elif op == B.PUSH_EXC_INFO:
            exc = stack.pop()
            stack.append(self.handled)
            stack.append(exc)
            self.handled = exc
        elif op == B.POP_EXCEPT:
            self.handled = stack.pop()
        elif op == B.CHECK_EXC_MATCH:
            t = stack.pop()
            stack.append(isinstance(stack[-1], t))
        elif op == B.BEFORE_WITH:
            mgr = stack.pop()
            stack.append(type(mgr).__exit__.__get__(mgr))
            stack.append(type(mgr).__enter__(mgr))
        elif op == B.WITH_EXCEPT_START:
            exc = stack[-1]
            stack.append(stack[-3](type(exc), exc, exc.__traceback__))
        elif op == B.LOAD_ASSERTION_ERROR:
            stack.append(AssertionError)
        elif op == B.PRINT_EXPR:
            v = stack.pop()
            if v is not None:
                self.out.append(repr(v) + "\n")
        elif op == B.SETUP_ANNOTATIONS:
            if "__annotations__" not in frame.locals:
                frame.locals["__annotations__"] = {}
        elif op == B.IMPORT_NAME:
            fromlist = stack.pop()
            level = stack.pop()
            stack.append(__import__(code.names[arg], frame.globals, None, fromlist, level))
        elif op == B.IMPORT_FROM:
            stack.append(getattr(stack[-1], code.names[arg]))
        elif op == B.IMPORT_STAR:
            m = stack.pop()
            for k in dir(m):
                if not k.startswith("_"):
                    frame.locals[k] = getattr(m, k)
        elif op == B.GET_LEN:
            stack.append(len(stack[-1]))
        elif op == B.MATCH_MAPPING:
            stack.append(isinstance(stack[-1], collections.abc.Mapping))
        elif op == B.MATCH_SEQUENCE:
            s = stack[-1]
            stack.append(isinstance(s, collections.abc.Sequence) and
                         not isinstance(s, (str, bytes, bytearray)))
        elif op == B.MATCH_KEYS:
            keys = stack[-1]
            s = stack[-2]
            vals = []
            for k in keys:
                if k not in s:
                    stack.append(None)
                    break
                vals.append(s[k])
            else:
                stack.append(tuple(vals))
        elif op == B.MATCH_CLASS:
            names = stack.pop()
            cls = stack.pop()
            s = stack.pop()
            stack.append(match_class(s, cls, arg, names))
        elif op == B.GET_AWAITABLE:
            stack.append(awaitable_iter(stack.pop()))
        elif op == B.GET_AITER:
            o = stack.pop()
            stack.append(type(o).__aiter__(o))
        elif op == B.GET_ANEXT:
            ai = stack[-1]
            stack.append(awaitable_iter(type(ai).__anext__(ai)))
        elif op == B.END_ASYNC_FOR:
            exc = stack.pop()
            stack.pop()
            if not isinstance(exc, StopAsyncIteration):
                raise exc
        elif op == B.BEFORE_ASYNC_WITH:
            mgr = stack.pop()
            stack.append(type(mgr).__aexit__.__get__(mgr))
            stack.append(awaitable_iter(type(mgr).__aenter__(mgr)))
        elif op == B.CHECK_EG_MATCH:
            t = stack.pop()
            exc = stack.pop()
            if exc is None:
                stack.extend([None, None])
            elif isinstance(exc, BaseExceptionGroup):
                match, rest = exc.split(t)
                stack.extend([rest, match])
            elif isinstance(exc, t):
                stack.extend([None, ExceptionGroup("", [exc])])
            else:
                stack.extend([exc, None])
        elif op == B.PREP_RERAISE_STAR:
            excs = stack.pop()
            orig = stack.pop()
            stack.append(prep_reraise_star(orig, excs))
        elif op == B.COPY_DICT_WITHOUT_KEYS:
            keys = stack.pop()
            rest = dict(stack[-1])
            for k in keys:
                del rest[k]
            stack.append(rest)
        else:
            raise NotImplementedError(B.OPNAMES[op])
        return pc


def leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        out = []
        for e in exc.exceptions:
            out.extend(leaves(e))
        return out
    return [exc]


def prep_reraise_star(orig, excs):
    excs = [e for e in excs if e is not None]
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    orig_leaves = {id(e) for e in leaves(orig)}
    reraised_ids = set()
    raised = []
    for e in excs:
        ls = leaves(e)
        if all(id(x) in orig_leaves for x in ls):
            reraised_ids.update(id(x) for x in ls)
        else:
            raised.append(e)
    kept = None
    if reraised_ids:
        kept = orig.split(lambda x: not isinstance(x, BaseExceptionGroup)
                          and id(x) in reraised_ids)[0]
    if kept is not None:
        raised.append(kept)
    if len(raised) == 1:
        return raised[0]
    return ExceptionGroup("", raised)


SELF_MATCH = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def match_class(s, cls, npos, names):
    if not isinstance(s, cls):
        return None
    out = []
    if npos:
        if npos == 1 and cls in SELF_MATCH and not hasattr(cls, "__match_args__"):
            out.append(s)
        else:
            args = getattr(cls, "__match_args__", ())
            if npos > len(args):
                raise TypeError("too many positional sub-patterns")
            for a in args[:npos]:
                if not hasattr(s, a):
                    return None
                out.append(getattr(s, a))
    for n in names:
        if not hasattr(s, n):
            return None
        out.append(getattr(s, n))
    return tuple(out)


def _binop(name):
    import operator
    return getattr(operator, name)


_NB = ["add", "and_", "floordiv", "lshift", "matmul", "mul", "mod", "or_", "pow",
       "rshift", "sub", "truediv", "xor"]
_NBI = ["iadd", "iand", "ifloordiv", "ilshift", "imatmul", "imul", "imod", "ior",
        "ipow", "irshift", "isub", "itruediv", "ixor"]
BINOPS = [_binop(n) for n in _NB] + [_binop(n) for n in _NBI]
COMPARE = [_binop(n) for n in ["lt", "le", "eq", "ne", "gt", "ge"]]


def binop(arg, a, b):
    return BINOPS[arg](a, b)


def run_source(source, mode="exec"):
    """Run `source` in a fresh MiniVM; return (printed text, exception or None)."""
    out = []
    vm = MiniVM(out)
    try:
        vm.run_module(source, mode)
    except Exception as e:
        return "".join(out), e
    return "".join(out), None
