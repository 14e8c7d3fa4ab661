"""Compiled bytecode, run by the test-only MiniVM, must print what CPython prints."""
import contextlib
import io
import textwrap

import pytest

from minivm import run_source

PROGRAMS = {
"arith": """
x = 7
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x, +x, ~x)
print(x << 2, x >> 1, x & y, x | y, x ^ y, 2 ** 100, -2 ** 2, 0x_ff, 0o17, 0b101, 1_000)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 3 > 2 >= 2, 'a' in 'abc', 'z' not in 'abc')
print(1 if x else 2, x and y, 0 and y, 0 or y, not x, None is None, x is not None)
x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7
print(x, 9223372036854775807 + 1, -9223372036854775808, 1e3, 1.5e-3, .5, 3j * 1j)
""",
"strings": """
a = 'abc' "def" '''ghi'''
b = r'\\n' + '\\t|\\x41\\u00e9\\101'
print(a, repr(b), len(b), b'xy' + b'\\x00\\xff', rb'\\d')
w = 5
v = 3.14159
print(f"{a!r} {v:.2f} {w:>{w}} {w=} {v = :.1f} {{}} {a[1]} {'q'}")
print(f"{w:{'>'}{w}}|{w!s:3}|{[1,2]!a}")
print(f'''multi
{w}''')
""",
"containers": """
l = [1, 2, *range(3), *[4]]
t = (1, *l, 2)
s = {1, 2, *l}
d = {'a': 1, **{'b': 2}, 'c': 3}
print(l, t, sorted(s), d)
print(l[1:3], l[::2], l[-1], t[1:], l[:])
l[0] = 9; l[1:2] = [8, 8]; del l[-1]
print(l)
a, *b, c = range(6)
(d1, (e1, f1)), g1 = (1, (2, 3)), 4
[h1, *i1] = 'xyz'
print(a, b, c, d1, e1, f1, g1, h1, i1)
x = y = [0]
print(x is y)
print([i * j for i in range(3) for j in range(3) if i != j if j])
print({i: i * i for i in range(4)}, {c for c in 'hello'} == set('hello'))
print(list(x * 2 for x in range(5)), sum(x for x in range(10)))
print((n := 10), n)
""",
"functions": """
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, z=9, d=0))
print(f(*[1, 2, 3], **{'c': 8, 'q': 1}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, y=2, z=3), g(1, 2, z=3))
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
c(); c(5)
print(c())
def outer(x):
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer(42))
sq = lambda v, k=2: v ** k
print(sq(3), sq(3, 3), (lambda: 'L')())
def deco(fn):
    def wrapper(*a, **k):
        return 'wrapped ' + str(fn(*a, **k))
    return wrapper
@deco
def h(v):
    "doc of h"
    return v
print(h(3))
def ann(a: int, b: 'str' = 'x') -> list: pass
print(ann.__annotations__)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
G = 1
def setg():
    global G
    G = 2
setg(); print(G)
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
def cap():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(cap())
""",
"control": """
total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    total += i
else:
    print('no')
print(total)
for i in range(3):
    pass
else:
    print('else ran', i)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print('while else', n)
while True:
    n -= 1
    if n < 2:
        break
print(n)
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for k in {'x': 1}:
    print(k)
i = 0
while i < 3:
    for j in range(3):
        if j == 1:
            break
    i += 1
print(i, j)
""",
"exceptions": """
def f(x):
    try:
        if x == 0:
            raise ValueError('zero')
        if x == 1:
            return 1 / 0
        return 'ok'
    except ValueError as e:
        return 'VE ' + str(e)
    except (TypeError, ZeroDivisionError) as e:
        return 'other ' + type(e).__name__
    finally:
        print('finally', x)
print(f(0)); print(f(1)); print(f(2))
try:
    try:
        raise KeyError('k')
    finally:
        print('inner finally')
except KeyError as e:
    print('caught', repr(e))
try:
    e = 5
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    print(e)
except NameError:
    print('e was unbound')
def g():
    for i in range(5):
        try:
            if i == 3:
                break
            continue
        finally:
            print('fin', i)
    return i
print(g())
def h():
    try:
        return 'try'
    finally:
        return 'finally'
print(h())
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise
except ValueError as e:
    print('reraised', e)
try:
    raise TypeError('x') from KeyError('y')
except TypeError as e:
    print(repr(e.__cause__))
def nested():
    try:
        try:
            raise ValueError
        except TypeError:
            print('wrong')
        else:
            print('no')
    except ValueError:
        print('outer got it')
    else:
        print('else?')
nested()
try:
    pass
except Exception:
    pass
else:
    print('try else')
try:
    assert 1 == 2, 'msg'
except AssertionError as e:
    print('assert', e)
""",
"with": """
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow
with CM('a') as x, CM('b') as y:
    print(x, y)
with CM('c', True):
    raise ValueError
print('after')
def f():
    with CM('d'):
        return 'ret'
print(f())
for i in range(2):
    with CM('loop'):
        if i == 0:
            continue
        break
try:
    with CM('e'):
        1 / 0
except ZeroDivisionError:
    print('propagated')
with (CM('p') as p, CM('q')):
    print(p)
""",
"classes": """
class Base:
    kind = 'base'
    def __init__(self, v):
        self.v = v
    def show(self):
        return '%s:%s' % (self.kind, self.v)
    @staticmethod
    def st(): return 'static'
    @classmethod
    def cm(cls): return cls.__name__
class Child(Base):
    kind = 'child'
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def show(self):
        return super().show() + '/' + str(self.w) + __class__.__name__
c = Child(1, 2)
print(c.show(), Child.st(), Child.cm(), Child.__qualname__, Child.__module__)
class Priv:
    __secret = 1
    def get(self):
        return self.__secret
print(Priv().get(), hasattr(Priv, '_Priv__secret'))
def make():
    x = 'closure'
    class K:
        y = x
        def m(self):
            return x
    return K
print(make().y, make()().m())
class A:
    x: int = 3
    y: str
    "not doc"
print(A.__annotations__, A.x)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag')
        return super().__new__(m, name, bases, ns)
class T(metaclass=Meta, tag='t'):
    pass
print(T.tag)
class D:
    "the doc"
    items = [i for i in range(3)]
print(D.__doc__, D.items)
""",
"generators": """
def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print('got', got)
    return 'done'
g = gen(3)
print(next(g), g.send('hi'), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def deleg():
    r = yield from gen(2)
    print('result', r)
    yield from [7, 8]
print(list(deleg()))
def squares():
    yield from (x * x for x in range(4))
print(list(squares()))
def catcher():
    try:
        yield 1
    except ValueError:
        yield 'caught'
c = catcher()
next(c)
print(c.throw(ValueError))
""",
"match": """
def m(v):
    match v:
        case 0 | 1:
            return 'small'
        case [x, y]:
            return 'pair %s %s' % (x, y)
        case [1, *rest]:
            return 'starts with 1, rest %s' % rest
        case {'k': val, **others}:
            return 'dict %s %s' % (val, others)
        case str() as s if len(s) > 3:
            return 'long str ' + s
        case str(s):
            return 'str ' + s
        case Point(x=0, y=yy):
            return 'on y axis at %s' % yy
        case Point(xx, yy):
            return 'point %s %s' % (xx, yy)
        case None:
            return 'none'
        case -1.5 | 2j:
            return 'neg'
        case (a, b, c):
            return 'triple'
        case _:
            return 'other'
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
for v in [0, 1, [3, 4], [1, 2, 3], {'k': 1, 'z': 2}, 'hello', 'hi', Point(0, 5),
          Point(1, 2), None, -1.5, 2j, (1, 2, 3), 3.5, 'abcd', [1]]:
    print(m(v))
match 5:
    case x:
        print('bound', x)
""",
"imports": """
import os.path
import collections.abc as cabc
from math import sqrt as s, pi
from os import path
print(s(16), round(pi, 2), os.path.join('a', 'b'), cabc.Sequence.__name__, path.sep)
""",
"scopes": """
x = 'global'
def f():
    print(x)
    def g():
        global x
        x = 'changed'
    g()
f(); print(x)
def h():
    y = 1
    def k():
        return [y + i for i in range(2)]
    return k()
print(h())
class C:
    a = 1
    b = [a * 2 for _ in range(1)] if False else None
    c = (lambda: 1)()
print(C.c)
def unbound():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print('unbound')
unbound()
def walrus():
    data = [1, 2, 3]
    if any((hit := v) > 1 for v in data):
        return hit
print(walrus())
def delete():
    a = 1
    del a
    try:
        a
    except NameError:
        print('deleted')
delete()
""",
'edge_scopes': """
def outer():
    x = 1
    class Inner:
        x = 2
        def get(self):
            return x
        y = [x for _ in range(1)]
    return Inner().get(), Inner.x, Inner.y
print(outer())
def f():
    def g():
        return v
    v = 'late'
    return g()
print(f())
def arg_cell(a, b=2):
    def h():
        return a + b
    a = a * 10
    return h()
print(arg_cell(1))
x = 0
def shadow():
    x = 1
    def inner():
        global x
        x = 5
        return x
    return inner(), x
print(shadow(), x)
def nl():
    a = 1
    def m():
        nonlocal a
        a += 1
        def n():
            nonlocal a
            a *= 10
        n()
    m()
    return a
print(nl())
class K:
    v = 1
    def m(self):
        return __class__.v
    @staticmethod
    def s():
        return __class__.__name__
print(K().m(), K.s())
print([__debug__ for _ in range(1)])
""",
'edge_flow': """
def f(n):
    out = []
    for i in range(n):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    raise KeyError(i)
                out.append(i)
            finally:
                out.append('f%d' % i)
        except KeyError:
            out.append('k')
            break
        else:
            out.append('e')
    return out
print(f(5))
def g():
    for i in range(3):
        with open('/dev/null') as fh:
            for j in range(3):
                if j == 1:
                    break
            if i == 1:
                return i, j
print(g())
def h():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('cleanup')
    except ValueError as e:
        return str(e)
print(h())
def w():
    i = 0
    while i < 10:
        i += 1
        try:
            if i % 2:
                continue
        finally:
            pass
        if i > 6:
            break
    else:
        return 'no break'
    return i
print(w())
def nested_handlers():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError as k:
            r = repr(k)
        return r
print(nested_handlers())
r = [(a, b) for a in range(3) if a for b in range(a) if b != 1]
print(r)
print(1 < 2 > 0 == 0 != 1, (lambda *a, **k: (a, k))(1, 2, x=3))
""",
'edge_gen': """
def g():
    try:
        yield 1
        yield 2
    finally:
        print('gen closed')
it = g()
print(next(it))
it.close()
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'stop':
            return n
        n += 1
c = counter()
next(c); c.send(None); c.send(None)
try:
    c.send('stop')
except StopIteration as e:
    print('stopped at', e.value)
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, 4]], 5])))
gen = (i * i for i in range(5) if i % 2)
print(list(gen), list(gen))
def inner():
    r = yield 'a'
    return r * 2
def outer():
    v = yield from inner()
    yield v
o = outer()
print(next(o), o.send(21))
""",
'edge_calls': """
def f(a, b, /, c, *d, e, f=6, **g):
    return a, b, c, d, e, f, g
print(f(1, 2, 3, 4, 5, e=5))
print(f(*(1, 2), *[3], e=0, **{'f': 1, 'z': 2}))
args = [1, 2, 3]
kw = {'e': 'E'}
print(f(*args, **kw, h=1))
def defaults(a, b=[], *, c={}):
    b.append(a)
    return b, c
print(defaults(1), defaults(2))
print(max(3, 1, 2, key=lambda v: -v), sorted([3, 1, 2], reverse=True))
print('{} {x}'.format(1, x=2), dict(a=1, **{'b': 2}))
def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1), kwonly(b=3, a=1))
class C:
    def __call__(self, *a, **k):
        return len(a), sorted(k)
print(C()(1, 2, z=3, y=4))
print((lambda x, /, y=2, *, z=3: x + y + z)(1, z=10))
""",
"future_annotations": """
from __future__ import annotations
import typing
def f(a: int, b: list[int] | None = None, *c: 'x', d: typing.Dict[str, tuple[int, ...]], **e: -1) -> dict[str, "Foo"]:
    pass
print(f.__annotations__)
class C:
    x: int
    y: a.b[c, d] = 3
    z: lambda: 1
    w: (1 if 2 else 3) + 4 ** -5 * (6 + 7)
print(C.__annotations__)
v: not a or b and c
print(__annotations__)
""",
"annotations_evaluated": """
import typing
def f(a: int, b: list[int] | None = None, *c: 'x', d: typing.Dict[str, int], **e: -1) -> dict:
    pass
print(f.__annotations__)
class C:
    x: int
    y: int = 3
    w: (1 if 2 else 3) + 4 ** -5 * (6 + 7)
print(C.__annotations__)
v: not 0 or 1 and 2
print(__annotations__)
""",
"walrus_scopes": """
print([y := i * 2 for i in range(3)], y)
def f():
    data = [z := j for j in range(4) if (w := j) > 1]
    return data, z, w
print(f())
def g():
    total = 0
    def add():
        return [total := total + v for v in range(3)]
    return add()
try:
    print(g())
except Exception as e:
    print(type(e).__name__)
def h():
    return [[k := a + b for b in range(2)] for a in range(2)], k
print(h())
x = 10
def outer():
    x = 1
    def inner():
        return [x for _ in range(2)]
    return inner()
print(outer())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
try:
    class D:
        a = 1
        b = [a for _ in range(1)]
except NameError as e:
    print('NameError', e)
""",
"except_star": """
def run(excs, raise_in=None):
    try:
        try:
            raise ExceptionGroup("eg", excs)
        except* ValueError as e:
            print('V', [type(x).__name__ for x in e.exceptions])
            if raise_in == 'V':
                raise KeyError('new')
        except* TypeError:
            print('T')
        except* (KeyError, IndexError) as e:
            print('KI', len(e.exceptions))
    except BaseException as e:
        print('escaped', type(e).__name__, sorted(type(x).__name__ for x in getattr(e, 'exceptions', [e])))
run([ValueError(1), TypeError(2)])
run([ValueError(1), OSError(2)])
run([KeyError(1), IndexError(2), ValueError(3)])
run([ValueError(1)], raise_in='V')
try:
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('naked caught', type(e).__name__, e.exceptions)
except Exception as e:
    print('no')
try:
    try:
        raise OSError('naked2')
    except* ValueError:
        print('wrong')
except OSError as e:
    print('naked passes through', e)
def f():
    for i in range(2):
        try:
            raise ExceptionGroup('x', [ValueError(i)])
        except* ValueError:
            for j in range(3):
                if j == 1:
                    break
            print('handled', i, j)
    return 'ok'
print(f())
""",
"coroutines": """
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got
async def leaf(n):
    total = 0
    for i in range(n):
        total += await Tick(('leaf', i))
    return total
async def middle():
    a = await leaf(2)
    b = await leaf(1)
    return a + b
def run(coro):
    value = None
    ticks = []
    while True:
        try:
            ticks.append(coro.send(value))
        except StopIteration as stop:
            return stop.value, ticks
        value = len(ticks)
print(run(middle()))
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick('next')
        return self.i
class Res:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print('enter', self.name)
        await Tick('enter')
        return self.name
    async def __aexit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        await Tick('exit')
        return self.swallow
async def main():
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append('done')
    async for v in Counter(5):
        if v == 2:
            continue
        if v == 4:
            break
        out.append(v * 10)
    async with Res('a') as a, Res('b') as b:
        out.append(a + b)
    async with Res('s', True):
        raise ValueError('swallowed')
    try:
        async with Res('p'):
            raise KeyError('propagates')
    except KeyError:
        out.append('caught')
    for i in range(2):
        async with Res('loop%d' % i):
            if i == 1:
                break
    return out
print(run(main()))
async def early():
    async with Res('r'):
        return 'returned'
print(run(early()))
""",
"async_generators": """
class Tick:
    def __await__(self):
        got = yield 'tick'
        return got
def run(coro):
    ticks = 0
    value = None
    while True:
        try:
            coro.send(value)
        except StopIteration as stop:
            return stop.value, ticks
        ticks += 1
        value = ticks
async def agen(n):
    for i in range(n):
        t = await Tick()
        yield i * 10 + (t or 0) * 0
    print('agen done')
async def use():
    out = []
    async for v in agen(3):
        out.append(v)
    out.append([x async for x in agen(2)])
    out.append({x: x + 1 async for x in agen(2) if x})
    out.append([await Tick() for _ in range(2)])
    g = (x * 2 async for x in agen(2))
    out.append([y async for y in g])
    out.append([[z async for z in agen(i)] for i in range(3)])
    return out
print(run(use()))
""",
"constant_containers": """
x = 3
print(x in [1, 2, 3], x not in {1, 2}, x in [], 2.0 in (1, 2), 'a' in ['a', 'b'])
for v in [1, 'two', 3.0, None, (4, 5)]:
    print(v)
print(x in {True, 2, 3}, 1 in {1.0}, [y for y in [3, 2, 1]])
""",
"break_in_finally_after_return": """
def g1(x):
    for count in [0, 1]:
        count2 = 0
        while count2 < 20:
            count2 += 10
            try:
                return count + count2
            finally:
                if x:
                    break
    return 'end', count, count2
print(g1(False), g1(True))
def g2(x):
    for count in [0, 1]:
        for count2 in [10, 20]:
            try:
                return count + count2
            finally:
                if x:
                    continue
    return 'end', count, count2
print(g2(False), g2(True))
def g3():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'done'
print(g3())
def g4():
    match 5:
        case x:
            y = x
    return y
print(g4())
""",
}


def cpython_output(source):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(source, "<test>", "exec"), {"__name__": "__main__"})
    return buf.getvalue()


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_matches_cpython(name):
    source = textwrap.dedent(PROGRAMS[name])
    expected = cpython_output(source)
    got, exc = run_source(source)
    assert exc is None, f"{type(exc).__name__}: {exc}\n--- output so far:\n{got}"
    assert got == expected


def test_single_mode_prints_expression_values():
    got, exc = run_source("1 + 2\n", "single")
    assert exc is None
    assert got == "3\n"
    got, exc = run_source("None\n", "single")
    assert got == ""


def test_eval_mode_returns_value():
    from minivm import MiniVM
    vm = MiniVM([])
    assert vm.run_module("  [x * 2 for x in range(3)]", "eval") == [0, 2, 4]
