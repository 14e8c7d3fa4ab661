"""The checker: what it accepts, and the errors (file:line:col) it reports."""
import textwrap

import pytest

from jitgen.driver.pipeline import CheckFailed, check_program


def check(tmp_path, src):
    p = tmp_path / "prog.py"
    p.write_text(textwrap.dedent(src))
    try:
        check_program(str(p))
    except CheckFailed as e:
        return [(x.line, x.col, x.message) for x in e.errors]
    return []


def test_clean_program_has_no_errors(tmp_path):
    assert check(tmp_path, """
        class Node:
            value: int
            next: "Node | None"
            def __init__(self, value: int, next: "Node | None") -> None:
                self.value = value
                self.next = next
        def total(n: Node | None) -> int:
            s = 0
            while n is not None:
                s += n.value
                n = n.next
            return s
        def main(argv: list[str]) -> int:
            xs = []
            xs.append(Node(1, None))
            return total(xs[0])
    """) == []


@pytest.mark.parametrize("src, line, col, words", [
    ("def f(x: int) -> str:\n    return x + 'a'\ndef main(argv: list[str]) -> int:\n    f(1)\n    return 0\n",
     2, 12, ["+", "int", "str"]),
    ("def main(argv: list[str]) -> int:\n    x = 1\n    if len(argv) > 1:\n        x = 'a'\n    return x\n",
     4, 9, ["x", "int", "str"]),
    ("class C:\n    a: int\n    def __init__(self) -> None:\n        self.b = 1\n"
     "def main(argv: list[str]) -> int:\n    C()\n    return 0\n", 4, 9, ["b", "undeclared"]),
    ("def g(n: int) -> int:\n    return n\ndef main(argv: list[str]) -> int:\n    return g('x')\n",
     4, 14, ["n", "int", "str"]),
    ("def main(argv: list[str]) -> int:\n    f = lambda y: y\n    return 0\n", 2, 9, ["lambda"]),
    ("def main(argv: list[str]) -> int:\n    d = {'a': 1}\n    v = d.get('b')\n    return 0\n",
     3, 9, ["get", "None"]),
    ("def h(x) -> int:\n    return 0\ndef main(argv: list[str]) -> int:\n    return h(1)\n",
     1, 7, ["x", "annotation"]),
    ("def main(argv: list[str]) -> int:\n    print(min(1.5, len(argv)))\n    return 0\n",
     2, 11, ["min", "int", "float"]),
])
def test_errors_name_position_and_reason(tmp_path, src, line, col, words):
    errs = check(tmp_path, src)
    assert any(l == line and c == col and all(w.lower() in m.lower() for w in words)
               for l, c, m in errs), errs


def test_all_errors_are_reported_sorted(tmp_path):
    errs = check(tmp_path, """
        def a(x: int) -> int:
            return x + "s"
        def b(y: str) -> int:
            return y * "t"
        def main(argv: list[str]) -> int:
            return a(1) + b("q")
    """)
    assert len(errs) == 2
    assert errs == sorted(errs)


def test_local_reused_with_another_type_when_dead_is_fine(tmp_path):
    assert check(tmp_path, """
        def main(argv: list[str]) -> int:
            for k in [1, 2]:
                print(k + 1)
            for k in ["a", "b"]:
                print(k + "!")
            return 0
    """) == []


def test_literal_list_of_subclass_flows_into_base_list(tmp_path):
    assert check(tmp_path, """
        class Base:
            pass
        class Leaf(Base):
            pass
        def count(xs: list[Base]) -> int:
            return len(xs)
        def main(argv: list[str]) -> int:
            return count([Leaf(), Leaf()])
    """) == []


def test_argtype_specialisation_waits_for_a_comprehensions_item_type(tmp_path):
    # the loop body of a comprehension is typed after the call that uses it:
    # the specialisation key must not be taken from the still-unknown item type
    assert check(tmp_path, """
        from typing import TypeVar
        from jitgen.hints import specialize
        T = TypeVar("T")
        @specialize.argtype(0)
        def fmt(xs: list[T]) -> str:
            return ",".join([repr(x) for x in xs])
        def main(argv: list[str]) -> int:
            d = {"a": 1}
            print(fmt([k for k in d]), fmt([v for v in d.values()]))
            print(fmt([c for c in "abc" if c != "b"]))
            return 0
    """) == []


def test_enumerate_of_zip_and_enumerate_start(tmp_path):
    assert check(tmp_path, """
        def main(argv: list[str]) -> int:
            for i, (a, b) in enumerate(zip(["x"], [1])):
                print(i, a, b)
            for j, p in enumerate(zip(["x"], [1.5], [True]), 1):
                print(j, p[0], p[1], p[2])
            for k, s in enumerate(argv, 10):
                print(k, s)
            return 0
    """) == []


def test_bad_annotation_gives_one_error_not_one_per_use(tmp_path):
    # the parameter's type is poisoned after its annotation error: the calls
    # passing it a value are not reported again (as "type <_Poison>")
    errs = check(tmp_path, """
        class Quiet(Exception):
            def __init__(self, code: int | float) -> None:
                pass
        def main(argv: list[str]) -> int:
            q = Quiet(1.5)
            q = Quiet(2)
            return 0
    """)
    assert [(line, col) for line, col, _ in errs] == [(3, 30)]
    assert "union" in errs[0][2]


@pytest.mark.parametrize("ann, words", [("dict[str]", "takes 2 type arguments, not 1"),
                                        ("list[int, str]", "takes 1 type argument, not 2")])
def test_generic_with_wrong_number_of_type_arguments(tmp_path, ann, words):
    errs = check(tmp_path, f"""
        def f(x: {ann}) -> int:
            return len(x)
        def main(argv: list[str]) -> int:
            return f({{}})
    """)
    assert [(line, col) for line, col, _ in errs] == [(2, 10)]
    assert words in errs[0][2]


def test_ordering_instances_needs_the_method_or_its_reflection(tmp_path):
    errs = check(tmp_path, """
        class Job:
            p: int
            def __init__(self, p: int) -> None:
                self.p = p
            def __lt__(self, other: "Job") -> bool:
                return self.p < other.p
        def main(argv: list[str]) -> int:
            a = Job(1)
            b = Job(2)
            print(a < b, a > b, sorted([b, a])[0].p)
            print(a <= b)
            return 0
    """)
    assert [(line, col) for line, col, _ in errs] == [(12, 11)]
    assert "__le__" in errs[0][2] and "__ge__" in errs[0][2]


def test_narrowing_holds_inside_try_bodies(tmp_path):
    # isinstance / None tests narrow in a try body too, through `and`, `not`
    # and an early return
    assert check(tmp_path, """
        class Node:
            pass
        class Num(Node):
            v: int
            def __init__(self, v: int) -> None:
                self.v = v
        def value(n: Node, m: Num | None) -> int:
            try:
                if isinstance(n, Num) and m is not None:
                    return n.v + m.v
                if not isinstance(n, Num):
                    return -1
                return n.v
            except ValueError:
                return 0
        def main(argv: list[str]) -> int:
            return value(Num(1), None)
    """) == []
