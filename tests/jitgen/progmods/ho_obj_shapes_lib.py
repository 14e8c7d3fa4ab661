"""A shape library that corpus programs import (not a program itself): its
classes live in another module than the program, so CPython names its
exceptions `tests.jitgen.progmods.ho_obj_shapes_lib.ShapeError` in an
uncaught report."""
import math
from typing import Callable


class ShapeError(ValueError):
    pass


class UnknownShape(ShapeError):
    kind: str

    def __init__(self, kind: str) -> None:
        super().__init__(f"no shape called {kind!r}")
        self.kind = kind


class Shape:
    SIDES = 0
    label: str

    def __init__(self, label: str) -> None:
        if not label:
            raise ShapeError("a shape needs a label")
        self.label = label

    def area(self) -> float:
        raise NotImplementedError(type(self).__name__ + ".area")

    def perimeter(self) -> float:
        raise NotImplementedError(type(self).__name__ + ".perimeter")

    def describe(self) -> str:
        return f"{self.label}: {type(self).__name__} with {self.SIDES} sides, area {self.area()}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.label!r})"


class Circle(Shape):
    r: float

    def __init__(self, label: str, r: float) -> None:
        super().__init__(label)
        if r <= 0:
            raise ShapeError(f"radius must be positive, not {r}")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect(Shape):
    SIDES = 4
    w: float
    h: float

    def __init__(self, label: str, w: float, h: float) -> None:
        super().__init__(label)
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, label: str, side: float) -> None:
        super().__init__(label, side, side)

    def describe(self) -> str:
        return super().describe() + " (square)"


class Triangle(Shape):
    SIDES = 3
    a: float
    b: float
    c: float

    def __init__(self, label: str, a: float, b: float, c: float) -> None:
        Shape.__init__(self, label)
        if a + b <= c or a + c <= b or b + c <= a:
            raise ShapeError(f"sides {a}, {b}, {c} do not close")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self) -> float:
        return self.a + self.b + self.c

    def area(self) -> float:
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


def make_circle(label: str, xs: list[float]) -> Shape:
    return Circle(label, xs[0])


def make_rect(label: str, xs: list[float]) -> Shape:
    return Rect(label, xs[0], xs[1])


def make_square(label: str, xs: list[float]) -> Shape:
    return Square(label, xs[0])


def make_triangle(label: str, xs: list[float]) -> Shape:
    return Triangle(label, xs[0], xs[1], xs[2])


FACTORIES: dict[str, Callable[[str, list[float]], Shape]] = {
    "circle": make_circle, "rect": make_rect, "square": make_square, "triangle": make_triangle,
}


def build(kind: str, label: str, xs: list[float]) -> Shape:
    f = FACTORIES.get(kind)
    if f is None:
        raise UnknownShape(kind)
    return f(label, xs)
