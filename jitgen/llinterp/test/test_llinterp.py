"""Programs run through check -> lower -> graph interpreter must print what
CPython prints (CPython runs each program here, as the oracle)."""
import subprocess
import sys
import textwrap

import pytest

from jitgen.driver.pipeline import translate_to_lowlevel
from jitgen.llinterp.interp import run_program
from jitgen.lower.llgraph import checkgraph

PROGRAMS = {
    "features": """
        class Node:
            pass
        class Leaf(Node):
            v: int
            def __init__(self, v: int) -> None:
                self.v = v
        class Pair(Node):
            left: Node
            right: Node
            def __init__(self, l: Node, r: Node) -> None:
                self.left = l
                self.right = r
        class Util:
            @staticmethod
            def twice(x: int) -> int:
                return 2 * x
        def total(n: Node) -> int:
            if type(n) is Leaf:
                return n.v
            if isinstance(n, Pair):
                if isinstance(n.left, Leaf):
                    return n.left.v * 100 + total(n.right)
                return total(n.left) + total(n.right)
            return 0
        def main(argv: list[str]) -> int:
            import math
            t = Pair(Leaf(3), Pair(Pair(Leaf(1), Leaf(2)), Leaf(4)))
            print("%s has %d leaves, %r" % ("tree", 4, "x"), total(t), Util.twice(21))
            print(",".join([str(i) for i in reversed(range(2, 12, 4))]), int(math.sqrt(16.0)))
            return 0
    """,
    "arith": """
        from jitgen.hints import ovfcheck, intmask
        def f(a: int, b: int) -> int:
            return a * b + a // b - a % b
        def main(argv: list[str]) -> int:
            print(f(7, 3), f(-7, 3), f(7, -3), 7 / 2, -7 // 2, 2 ** 10)
            print(intmask(9223372036854775807 + 1), 1 << 62)
            try:
                print(ovfcheck(9223372036854775807 + 1))
            except OverflowError:
                print("overflow")
            try:
                print(1 // 0)
            except ZeroDivisionError as e:
                print("zde", str(e))
            print(0.1 + 0.2, 1e16, 1.0, -0.0, 2.5 * 4, float(3), int(3.9), abs(-4))
            return 3
    """,
    "classes": """
        class Shape:
            name: str
            def __init__(self, name: str) -> None:
                self.name = name
            def area(self) -> float:
                return 0.0
            def describe(self) -> str:
                return self.name + " " + str(self.area())
        class Sq(Shape):
            side: float
            def __init__(self, side: float) -> None:
                super().__init__("square")
                self.side = side
            def area(self) -> float:
                return self.side * self.side
        class Circle(Shape):
            KIND = "round"
            r: float
            def __init__(self, r: float) -> None:
                super().__init__("circle")
                self.r = r
            def area(self) -> float:
                return 3.0 * self.r * self.r
        def main(argv: list[str]) -> int:
            shapes: list[Shape] = [Sq(2.0), Circle(1.5), Shape("blob")]
            for s in shapes:
                print(s.describe(), isinstance(s, Sq), type(s) is Circle)
                if isinstance(s, Circle):
                    print(s.r, s.KIND)
            return 0
    """,
    "containers": """
        def main(argv: list[str]) -> int:
            xs = [3, 1, 2]
            xs.append(5)
            xs.sort()
            d: dict[str, int] = {}
            for i, x in enumerate(xs):
                d[str(x)] = i
            print(len(xs), xs[-1], len(xs[1:3]), ",".join(sorted(d)))
            print(d["5"], d.get("9", -1), "3" in d, len(list(d.keys())), list(d.values())[0])
            for k, v in d.items():
                print(k, v)
            t = (1, "a")
            a, b = t
            print(a, b, t == (1, "a"))
            words = "the quick  brown fox".split()
            print(",".join(words), "x".join(["a", "b"]), words[0].upper(), "abc".find("c"))
            s = [w[0] for w in words if len(w) > 3]
            print(",".join(s), [i * i for i in range(5)][4], {k: len(k) for k in words}["quick"])
            try:
                print(xs[10])
            except IndexError as e:
                print("IndexError", str(e))
            try:
                print(d["zz"])
            except KeyError as e:
                print("KeyError", str(e))
            return 0
    """,
    "exceptions": """
        class MyError(Exception):
            code: int
            def __init__(self, msg: str, code: int) -> None:
                super().__init__(msg)
                self.code = code
        def g(n: int) -> int:
            if n > 2:
                raise MyError("too big", n)
            return n
        def main(argv: list[str]) -> int:
            total = 0
            for i in range(5):
                try:
                    total += g(i)
                except MyError as e:
                    print("caught", str(e), e.code)
                finally:
                    print("finally", i)
            print(total)
            raise ValueError("bye")
    """,
    "recursion": """
        def down(n: int) -> int:
            return down(n + 1) + 1
        def fib(n: int) -> int:
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        def main(argv: list[str]) -> int:
            try:
                down(0)
            except RecursionError:
                print("deep")
            print(fib(15))
            return 0
    """,
    "optional_str": """
        class E(Exception):
            pass


        class P:
            n: int

            def __init__(self, n: int) -> None:
                self.n = n

            def __str__(self) -> str:
                return "P" + str(self.n)


        def find(d: dict[str, str], k: str) -> str | None:
            return d.get(k)


        def pick(i: int) -> P | None:
            if i > 0:
                return P(i)
            return None


        def main(argv: list[str]) -> int:
            d = {"a": "x"}
            print(find(d, "a"), find(d, "b"), repr(find(d, "a")), repr(find(d, "b")))
            print(f"{find(d, 'b')} {find(d, 'a')!r}", str(find(d, "zz")) + "!")
            print(pick(1), pick(0), str(pick(2)))
            e: E | None = None
            if len(argv) > 0:
                e = E("boom")
            print(e)
            print("%s/%r" % (find(d, "a"), find(d, "q")))
            return 0

    """,
    "reversed_seq": """
        def main(argv: list[str]) -> int:
            xs = [1, 2, 3]
            for x in reversed(xs):
                print(x)
            for c in reversed("héllo"):
                print(c, end="")
            print()
            for w in reversed([s for s in argv if s == "zz"]):
                print(w)
            ys = [x * 2 for x in reversed(xs) if x != 2]
            print(ys[0], ys[1], len(ys))
            for x in reversed(xs):
                if x == 2:
                    break
            else:
                print("no break")
            return 0

    """,
    "tuple_order": """
        def main(argv: list[str]) -> int:
            a = (1, 2)
            b = (1, 3)
            print(a < b, a > b, a <= b, a >= b, a < a, a <= a, b > a)
            print((2, 0) > (1, 9), ("a", 1) < ("a", 0), ("b", 0.5) >= ("b", 0.5), (True, 2) < (True, 3))
            nan = float("nan")
            print((1, nan) < (2, nan), (-0.0, 1) < (0.0, 2), (nan, 1) < (1.0, 2))
            print(((1, 2), "x") < ((1, 2), "y"), ((1, 3), "a") > ((1, 2), "z"), (1, 2.5) < (1, 3), (1, 2, 3) < (1, 2, 3))
            return 0

    """,
    "sorting_tuples": """
        def show(xs: list[float]) -> str:
            return ",".join([repr(x) for x in xs])


        def show_i(xs: list[int]) -> str:
            return ",".join([repr(x) for x in xs])


        def show_s(xs: list[str]) -> str:
            return ",".join(xs)


        def main(argv: list[str]) -> int:
            pts = [(3, "c"), (1, "z"), (3, "a"), (1, "b"), (2, "m"), (1, "b")]
            pts.sort()
            print(" ".join([str(n) + t for n, t in pts]))
            print(" ".join([t for n, t in sorted(pts, reverse=True)]))
            fl = [0.0, -0.0, 1.5, -0.0, 0.0]
            print(show(sorted(fl, reverse=True)), show(sorted(fl)))
            xs = [5, 1, 4]
            xs.sort(reverse=True)
            print(show_i(xs), show_s(sorted(["b", "A", "a"], reverse=False)))
            flag = len(argv) > 5
            print(show_i(sorted([3, 1, 2], reverse=flag)), sorted([(2.5, 1), (2.5, 0), (-1.0, 9)], reverse=not flag)[0][1])
            print(show_s(list("héllo")), show_s(sorted(list("banana"))))
            ws = [(1, (2, "b")), (1, (2, "a")), (0, (9, "z"))]
            ws.sort(reverse=flag)
            print(ws[0][1][1], ws[1][1][1], ws[2][1][1])
            d = {(2, 1): "x", (1, 5): "y"}
            for k in sorted(d):
                print(k[0], k[1], d[k])
            return 0

    """,
    "container_repr": """
        def main(argv: list[str]) -> int:
            xs = [1, -2, 3]
            print(xs, str(xs), repr(xs), [], [[1, 2], []], ["a", "b'c", 'q"'], [1.5, -0.0, 1e16])
            print((1,), (1, "a"), ((1, 2), [3]), {"k": 1, "j": 2}, {}, {1: [1.5], 2: []}, {(1, 2): "t"})
            opt: list[str | None] = ["x", None]
            print(opt, [True, False], f"{xs}!", "%s/%r" % (xs, ["q"]), str((0.1 + 0.2, "é\\n")))
            d: dict[str, list[int]] = {}
            print(d, [d], (d, xs))
            return 0

    """,
    "functions_in_prebuilt_fields": """
        from typing import Callable


        def shout(s: str) -> str:
            return s.upper() + "!"


        def whisper(s: str) -> str:
            return s.lower() + "..."


        class Cmd:
            name: str
            fn: Callable[[str], str]

            def __init__(self, name: str, fn: Callable[[str], str]) -> None:
                self.name = name
                self.fn = fn


        class Box:
            cmds: list[Cmd]

            def __init__(self) -> None:
                self.cmds = []


        BOX = Box()
        BOX.cmds.append(Cmd("a", shout))
        ONLY = Cmd("b", whisper)


        def main(argv: list[str]) -> int:
            for c in BOX.cmds:
                print(c.name, c.fn("Hi"))
            print(ONLY.fn("Bye"))
            return 0

    """,
    "slices_and_minmax": """
        class C:
            xs: list[int]
            n: int

            def __init__(self) -> None:
                self.xs = [1, 2, 3]
                self.n = 0


        def main(argv: list[str]) -> int:
            a = b = 0
            d = {"x": 1, "y": 2}
            d["x"] += 5
            c = C()
            c.xs[1] -= 7
            c.n += 1
            print(a, b, d["x"], c.xs[1], c.n, "x" in d.keys(), 2 in d.values())
            items = list(d.items())
            print(items[0][0], len(items))
            stack = [1, 2, 3, 4, 5]
            del stack[-2:]
            print(stack)
            stack[0:1] = [9, 8]
            print(stack)
            print(max([3, 7, 2]), min(["b", "a"]), max(1, 2, 3), min(2.5, 1.5, 3.5, -0.5), max([(1, "b"), (1, "c")]))
            try:
                print(max(stack[0:0]))
            except ValueError as e:
                print(e)
            del stack[:]
            stack[:] = [1] * 3
            stack[1:1] = stack
            del stack[5:2]
            print(stack)
            return 0

    """,
    "str_format": """
        def main(argv: list[str]) -> int:
            print("{}-{}".format(1, "a"), "{1}{0}{1}".format("x", 2.5), "{{}} {name!r} {n}".format(name="q", n=[1]))
            print("plain".format(), "{!r}:{!s}".format("s", "t"), "{0}".format(None), "{}".format((1,)))
            return 0

    """,
    "class_names": """
        class MyErr(Exception):
            pass


        def f(n: int) -> int:
            if n == 0:
                raise ValueError
            if n == 1:
                raise MyErr
            if n == 2:
                raise MyErr()
            return n


        def main(argv: list[str]) -> int:
            for i in range(4):
                try:
                    print(f(i))
                except Exception as e:
                    print("caught", type(e).__name__, repr(str(e)), e.__class__.__name__)
            x = 0
            try:
                x = 1
            except ValueError:
                x = 2
            else:
                x += 10
            finally:
                x += 100
            print(x)
            raise MyErr

    """,
    "eq_repr_static": """
        class P:
            _immutable_fields_ = ["x"]
            x: int

            def __init__(self, x: int) -> None:
                self.x = x

            def __eq__(self, other: "P") -> bool:
                return self.x == other.x

            def __repr__(self) -> str:
                return "P(" + str(self.x) + ")"

            @staticmethod
            def twice(n: int) -> int:
                return 2 * n

            def doubled(self) -> int:
                return self.twice(self.x)


        def main(argv: list[str]) -> int:
            a = P(1)
            b = P(1)
            print(a == b, a != b, a is b, a.doubled())
            print(repr(a), str(b), [a.x], f"{a}")
            return 0

    """,
    "raise_inside_expansion": """
        class Bad:
            n: int

            def __init__(self, n: int) -> None:
                self.n = n

            def __str__(self) -> str:
                if self.n == 0:
                    raise ValueError("no str for zero")
                return "Bad" + str(self.n)


        def main(argv: list[str]) -> int:
            for k in range(3):
                try:
                    line = "value: " + str(Bad(k)) + " and " + str(Bad(k - 1)) + " " + "%s" % Bad(k)
                    print(line)
                except ValueError as e:
                    print("caught", e)
            n = len(argv) - 1
            try:
                print(divmod(7, n))
            except ZeroDivisionError as e:
                print("caught", e)
            try:
                print(f"{Bad(1)} {Bad(0)}")
            except ValueError as e:
                print("caught again", e)
            return 0

    """,
    "more_builtins": """
        from jitgen.hints import MININT, MAXINT


        def main(argv: list[str]) -> int:
            xs = [3, 1, 4, 1, 5]
            fs = [0.1, 0.2, 0.3]
            print(sum(xs), sum(xs, 10), sum(fs, 0.0), sum([], 0), sum([1.5], 1.0))
            print(any([x > 4 for x in xs]), all([x > 0 for x in xs]), any([]), all([]), any(["", "a"]), all([[1], []]))
            print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(MININT, 3))
            try:
                print(divmod(1, 0))
            except ZeroDivisionError as e:
                print("ZeroDivisionError:", e)
            for n in [0, 1, -1, 255, -255, 4096, MAXINT, MININT]:
                print(hex(n), oct(n), bin(n) if -70000 < n < 70000 else "")
            for f in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5000001, -2.6, 1e15 + 0.5, 4503599627370497.0, 7.0, -0.0]:
                print(f, round(f))
            print(round(7), round(True))
            for bad in [float("inf"), float("nan")]:
                try:
                    print(round(bad))
                except OverflowError as e:
                    print("OverflowError:", e)
                except ValueError as e:
                    print("ValueError:", e)
            return 0

    """,
    "tuple_loops_nested_list_eq": """
        def main(argv: list[str]) -> int:
            total = 0
            for d in (-1, 0, 1):
                total += d * 10
            for w in ("a", "b"):
                print(w)
            grid = [[1, 2], [3]]
            other = [[1, 2], [3]]
            print(total, grid == other, grid != other, [[1]] == [[2]], [[[1]]] == [[[1]]])
            return 0

    """,
    "tuple_eq_with_lists": """
        def main(argv: list[str]) -> int:
            a = ([1, 2], "x")
            b = ([1, 2], "x")
            print(a == b, a != b, (1, [3]) == (1, [3]))
            return 0

    """,
    "list_search_by_value": """
        def main(argv: list[str]) -> int:
            xs = [[1], [2, 3], [2, 3]]
            print([2, 3] in xs, [4] in xs, [4] not in xs, xs.index([2, 3]), xs.count([2, 3]))
            xs.remove([2, 3])
            print(xs)
            ts = [([1], "a"), ([2], "b")]
            print(([2], "b") in ts, ts.index(([2], "b")))
            try:
                xs.index([9])
            except ValueError as e:
                print("ValueError:", e)
            try:
                xs.remove([9])
            except ValueError as e:
                print("ValueError:", e)
            return 0

    """,
    "generator_arguments": """
        def main(argv: list[str]) -> int:
            xs = [3, 1, 2]
            print(",".join(str(x) for x in xs), sum(x * x for x in xs), max(x for x in xs if x < 3))
            print(sorted(c for c in "hello"), list(x + 1 for x in xs), min(len(w) for w in ["ab", "c"]))
            print("".join(c.upper() for c in "abc" if c != "b"))
            return 0

    """,
    "list_of_range": """
        def main(argv: list[str]) -> int:
            print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list(range(0)))
            xs = list(range(len(argv), 4))
            xs.append(9)
            print(xs)
            return 0

    """,
    "exception_args_without_base_init": """
        class Limit(Exception):
            amount: int

            def __init__(self, amount: int) -> None:
                self.amount = amount     # no base __init__: args stay (amount,)


        class Pair(Limit):
            pass


        class Named(Exception):
            def __init__(self, name: str, count: int = 2) -> None:
                super().__init__(name + "!" * count)


        class Quiet(Exception):
            def __init__(self, code: float, note: str | None) -> None:
                pass


        def main(argv: list[str]) -> int:
            for e in [Limit(77), Named("n"), Named("k", count=0), Quiet(1.5, None), Quiet(2, "x"),
                      Limit(amount=3)]:
                print(type(e).__name__, repr(str(e)), f"{e}")
            raise Limit(-5)

    """,
    "exception_repr_and_containers_of_reprs": """
        class P:
            x: int

            def __init__(self, x: int) -> None:
                self.x = x

            def __repr__(self) -> str:
                return f"P({self.x})"


        class Q(P):
            def __str__(self) -> str:
                return "q" + str(self.x)


        class E(Exception):
            pass


        class Coded(E):
            def __repr__(self) -> str:
                return "Coded!"


        def main(argv: list[str]) -> int:
            e = ValueError("bad")
            print(repr(e), f"{e!r}", repr(E()), repr(E("a'b")), repr(KeyError("k")), repr(KeyError(3)))
            print(str(KeyError(3)), str(KeyError((1, "a"))), repr(IndexError()))
            errs: list[E] = [E("x"), Coded("y")]
            print([repr(x) for x in errs], repr(errs[1]))
            xs: list[P] = [P(1), Q(2)]
            d: dict[P, list[P]] = {}
            d[xs[1]] = xs
            print(xs, [Q(3)], {"a": Q(4)}, (P(5), 1), str(Q(6)), [ValueError("v"), KeyError(("a", 1))], d)
            try:
                {"k": 1}[repr(e)]
            except KeyError as k:
                print(repr(k), k)
            raise KeyError(7)

    """,
    "type_of_two_values": """
        class A:
            pass


        class B(A):
            v: int

            def __init__(self, v: int) -> None:
                self.v = v

            def __eq__(self, other: "B") -> bool:
                return type(self) is type(other) and self.v == other.v


        class C(B):
            pass


        def pick(i: int) -> A | None:
            if i == 0:
                return None
            if i == 1:
                return A()
            return B(i) if i == 2 else C(2)


        def value(a: A) -> int:
            if type(a) == B:
                return a.v          # narrowed by type(a) == B
            return -1


        def main(argv: list[str]) -> int:
            for i in range(4):
                row = []
                for j in range(4):
                    a, b = pick(i), pick(j)
                    row.append(f"{int(type(a) is type(b))}{int(type(a) is not type(b))}"
                               f"{int(type(a) == type(b))}{int(type(b) != C)}")
                print(" ".join(row))
            print(B(2) == B(2), B(2) == C(2), C(2) != C(2), value(B(5)), value(C(5)), value(A()))
            return 0

    """,
    "raise_from_and_super_str": """
        class AppError(Exception):
            code: int

            def __init__(self, msg: str, code: int = 1) -> None:
                super().__init__(msg)
                self.code = code

            def __str__(self) -> str:
                return f"[{self.code}] " + super().__str__()

            def __repr__(self) -> str:
                return "<" + super().__repr__() + ">"


        class Wrapped(AppError):
            pass


        def risky(i: int) -> int:
            if i == 0:
                return [1][i + 4]
            if i == 1:
                raise AppError("boom", 7)
            assert i < 0, "i must be negative"
            return i


        def convert(i: int) -> int:
            try:
                return risky(i)
            except LookupError as e:
                raise Wrapped("lookup: " + str(e), 2) from e
            except AppError:
                raise
            except AssertionError as e:
                raise Wrapped(str(e)) from None


        def main(argv: list[str]) -> int:
            for i in range(3):
                try:
                    print(i, convert(i))
                except AppError as e:
                    print(i, e, e.code, isinstance(e, Wrapped), repr(e), f"{e!r}")
            raise Wrapped("last") from KeyError("k")

    """,
    "truth_len_ne_special_methods": """
        from typing import Optional


        class Stack:
            items: list[int]

            def __init__(self, items: Optional[list[int]] = None) -> None:
                self.items = items if items is not None else []

            def __len__(self) -> int:
                return len(self.items)

            def __bool__(self) -> bool:
                return len(self.items) > 0


        class V:
            x: int

            def __init__(self, x: int) -> None:
                self.x = x

            def __eq__(self, o: "V") -> bool:
                return self.x == o.x

            def __ne__(self, o: "V") -> bool:
                return True


        class E(Stack):
            def __bool__(self) -> bool:
                return True


        class F(Stack):
            def __len__(self) -> int:
                return 1 - len(self.items)


        class Bare:
            pass


        def main(argv: list[str]) -> int:
            s = Stack()
            if s:
                print("non-empty")
            else:
                print("empty")
            t = Stack([1])
            print(bool(t), not s)
            print(V(1) != V(1), V(1) == V(1), len(t), len(s))
            maybe: Optional[Stack] = None
            for k in range(3):
                print(k, "yes" if maybe else "no", not maybe)
                maybe = Stack([1] * (k - 1)) if k > 0 else maybe
            print(bool(maybe), bool(E()), bool(F([2])), bool(F([])), bool(Bare()), not Bare())
            stk = Stack([1, 2, 3])
            n = 0
            while stk:
                stk.items.pop()
                n += 1
            print(n)
            return 0

    """,
    "str_method_on_none": """
        def get(d: dict[str, str], k: str) -> str | None:
            return d.get(k)
        def main(argv: list[str]) -> int:
            d = {"a": " x "}
            print(get(d, "a").strip(), get(d, "a").find("x"))
            print(get(d, "b").rstrip("x"))
            return 0

    """,
    "sorted_of_str": """
        def main(argv: list[str]) -> int:
            w = "listen" + argv[0][:0]
            print(sorted(w), "".join(sorted(w)) == "".join(sorted("silent")), sorted("bca", reverse=True))
            return 0

    """,
    "keyerror_of_instance_key_uses_repr": """
        from jitgen.hints import r_dict


        class Sym:
            name: str

            def __init__(self, name: str) -> None:
                self.name = name

            def __repr__(self) -> str:
                return "Sym:" + self.name


        def sym_eq(a: Sym, b: Sym) -> bool:
            return a.name == b.name


        def sym_hash(a: Sym) -> int:
            return len(a.name)


        def main(argv: list[str]) -> int:
            env: r_dict[Sym, int] = r_dict(sym_eq, sym_hash)
            env[Sym("a")] = 1
            owner: dict[Sym, int] = {}
            for attempt in range(4):
                try:
                    if attempt == 0:
                        print(env[Sym("b")])
                    elif attempt == 1:
                        del env[Sym("c")]
                    elif attempt == 2:
                        env.pop(Sym("d"))
                    else:
                        print(owner[Sym("e")])
                except KeyError as e:
                    print("missing", e, repr(e))
            print(env[Sym("a")], env.pop(Sym("a")), len(env))
            print(owner[Sym("last")])
            return 0

    """,
    "keyerror_subclass_without_base_init": """
        class NotFound(KeyError):
            key: str

            def __init__(self, key: str) -> None:
                self.key = key       # KeyError's str() of the kept argument is its repr


        class Multi(KeyError):
            def __init__(self, a: str, b: int) -> None:
                pass


        def main(argv: list[str]) -> int:
            print(str(NotFound("k")), repr(NotFound("k")), str(Multi("x", 2)), NotFound("q").key)
            raise NotFound("last")

    """,
    "exceptions_from_program_callbacks": """
        from jitgen.hints import r_dict


        class Key:
            name: str

            def __init__(self, name: str) -> None:
                self.name = name

            def __lt__(self, other: "Key") -> bool:
                if self.name == "bad" or other.name == "bad":
                    raise ValueError("cannot order bad")
                return self.name < other.name

            def __len__(self) -> int:
                if self.name == "":
                    raise RuntimeError("empty key")
                return len(self.name)


        def key_eq(a: Key, b: Key) -> bool:
            if a.name == "boom" or b.name == "boom":
                raise KeyError("eq on boom")
            return a.name == b.name


        def key_hash(a: Key) -> int:
            if a.name == "hash":
                raise ValueError("unhashable " + a.name)
            return len(a.name)


        def truthy(k: Key) -> str:
            # a __len__ that raises in a truth test: its exception reaches the
            # caller's handler (and, in main, the handler of the same function)
            return "yes" if k else "no"


        def main(argv: list[str]) -> int:
            d: r_dict[Key, int] = r_dict(key_eq, key_hash)
            d[Key("abcd")] = 1
            for name in ["hash", "boom", "abcd", "wxyz"]:
                try:
                    d[Key(name)] = 2
                    print("stored", name, len(d))
                except (ValueError, KeyError) as e:
                    print("error", name, type(e).__name__, e)
            for name in ["boom", "hash", "abcd"]:
                try:
                    print(name, Key(name) in d, d.get(Key(name), -1))
                except Exception as e:
                    print("lookup", name, type(e).__name__, e)
            try:
                print([k.name for k in sorted([Key("b"), Key("bad"), Key("a")])])
            except ValueError as e:
                print("sort:", e)
            print([k.name for k in sorted([Key("b"), Key("c"), Key("a")])])
            try:
                print(truthy(Key("")))
            except RuntimeError as e:
                print("truth:", e)
            try:
                if Key(""):
                    print("truthy")
            except RuntimeError as e:
                print("truth here:", e)
            return 0

    """,
    "enumerate_start_keyword": """
        def main(argv: list[str]) -> int:
            for n, w in enumerate(["a", "b"], start=len(argv) + 4):
                print(n, w)
            for n, (w, k) in enumerate(zip(["x", "y"], [7, 8]), start=-1):
                print(n, w, k)
            print([i * k for i, k in enumerate([3, 4, 5], start=10)])
            return 0

    """,
}


def write(tmp_path, name, src):
    p = tmp_path / f"{name}.py"
    p.write_text(textwrap.dedent(src) + "\nif __name__ == '__main__':\n    import sys\n"
                 "    sys.exit(main(sys.argv))\n")
    return p


def oracle(path):
    proc = subprocess.run([sys.executable, str(path)], capture_output=True, text=True)
    return proc.stdout, proc.returncode, (proc.stderr.strip().splitlines() or [""])[-1]


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_matches_cpython(name, tmp_path, capfd):
    path = write(tmp_path, name, PROGRAMS[name])
    out, code, last_err = oracle(path)
    prog = translate_to_lowlevel(str(path))
    for g in prog.graphs:
        checkgraph(g)
    got_code = run_program(prog, [str(path)])
    got = capfd.readouterr()
    assert got.out == out
    assert got_code == code
    assert (got.err.strip().splitlines() or [""])[-1] == last_err
