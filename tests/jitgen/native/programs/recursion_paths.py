"""Unbounded recursion along every kind of call path ends in a catchable
StackOverflow (RecursionError on CPython): the native backend checks the
stack only in graphs that can recurse, so each path must still meet a
check -- direct mutual recursion, a virtual method, a function pointer, a
constructor, an r_dict hash that uses an r_dict, a recursion inside a try,
and tail calls (which must not become jumps that recurse forever)."""
from typing import Callable

from jitgen.hints import StackOverflow, r_dict


class Box:
    n: int

    def __init__(self) -> None:
        self.n = 0


def ping(b: Box, k: int) -> int:
    b.n += 1
    return pong(b, k + 1) + 1


def pong(b: Box, k: int) -> int:
    if k < 0:
        return 0
    return ping(b, k) + 1


class Shape:
    other: "Shape | None"

    def __init__(self) -> None:
        self.other = None

    def area(self, b: Box) -> int:
        return 0


class Square(Shape):
    def area(self, b: Box) -> int:
        b.n += 1
        o = self.other
        if o is None:
            return 1
        return o.area(b) + 1


class Circle(Shape):
    def area(self, b: Box) -> int:
        b.n += 1
        o = self.other
        if o is None:
            return 2
        return o.area(b) + 2


def through_pointer(b: Box, k: int) -> int:
    b.n += 1
    f = STEPS[k % 2]
    return f(b, k + 1) + 1


def step_a(b: Box, k: int) -> int:
    return through_pointer(b, k)


def step_b(b: Box, k: int) -> int:
    return through_pointer(b, k) + 0


STEPS: list[Callable[[Box, int], int]] = [step_a, step_b]


class Chain:
    next: "Chain | None"

    def __init__(self, b: Box) -> None:
        b.n += 1
        self.next = Chain(b)        # every Chain makes another


class Deep:
    b: Box
    table: r_dict[int, int]

    def __init__(self, b: Box) -> None:
        self.b = b
        self.table = r_dict(deep_eq, deep_hash)


DEEP: list[Deep] = []


def deep_eq(x: int, y: int) -> bool:
    return x == y


def deep_hash(x: int) -> int:
    d = DEEP[0]
    d.b.n += 1
    return d.table.get(x + 1, 0)      # hashing x + 1 hashes x + 2 ...


def guarded(b: Box, k: int) -> int:
    b.n += 1
    try:
        return guarded(b, k + 1) + 1
    except KeyError:
        return -1


def spin(n: int) -> int:
    return spin(n + 1)


def tail_a(n: int) -> int:
    return tail_b(n + 1)


def tail_b(n: int) -> int:
    return tail_a(n + 1)


class Walker:
    def walk(self, n: int) -> int:
        return 0


class Stepper(Walker):
    def walk(self, n: int) -> int:
        return WALKERS[n % 2].walk(n + 1)


WALKERS: list[Walker] = [Stepper(), Stepper()]


def report(name: str, b: Box, r: int) -> None:
    print(name, "returned?", r)


def main(argv: list[str]) -> int:
    b = Box()
    try:
        report("mutual", b, ping(b, 0))
    except StackOverflow:
        print("mutual: stack overflow caught", b.n > 500)
    b = Box()
    s = Square()
    c = Circle()
    s.other = c
    c.other = s
    try:
        report("virtual", b, s.area(b))
    except StackOverflow:
        print("virtual: stack overflow caught", b.n > 500)
    b = Box()
    try:
        report("pointer", b, through_pointer(b, 0))
    except StackOverflow:
        print("pointer: stack overflow caught", b.n > 500)
    b = Box()
    try:
        ch = Chain(b)
        print("constructor returned?", ch.next is None)
    except StackOverflow:
        print("constructor: stack overflow caught", b.n > 500)
    b = Box()
    DEEP.append(Deep(b))
    try:
        report("r_dict", b, DEEP[0].table.get(0, 0))
    except StackOverflow:
        print("r_dict: stack overflow caught", b.n > 500)
    b = Box()
    try:
        report("guarded", b, guarded(b, 0))
    except StackOverflow:
        print("guarded: stack overflow caught", b.n > 500)
    for name in ["self tail", "mutual tail", "method tail"]:
        try:
            if name == "self tail":
                r = spin(0)
            elif name == "mutual tail":
                r = tail_a(0)
            else:
                r = WALKERS[0].walk(0)
            print(name, "returned?", r)
        except StackOverflow:
            print(name + ": stack overflow caught")
    b = Box()
    print("small", ping(b, -5) if False else pong(b, -1), "still works")
    return 0


if __name__ == "__main__":
    import sys
    sys.setrecursionlimit(3000)
    sys.exit(main(sys.argv))
