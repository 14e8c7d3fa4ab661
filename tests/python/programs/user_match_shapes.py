# A tiny drawing command interpreter built on match statements.
from dataclasses import dataclass
import math


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


@dataclass
class Group:
    shapes: list
    name: str = "group"


def area(shape):
    match shape:
        case Circle(radius=r) if r < 0:
            raise ValueError("negative radius")
        case Circle(_, r):
            return math.pi * r * r
        case Rect(_, w, h) if w == h:
            return w * w
        case Rect(w=w, h=h):
            return w * h
        case Group(shapes=[]):
            return 0.0
        case Group(shapes=[only]):
            return area(only)
        case Group(shapes=[first, *rest], name=name):
            return area(first) + area(Group(rest, name))
        case _:
            raise TypeError(f"unknown shape {shape!r}")


def describe(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=int() | float() as x, y=str()):
            return f"weird y with x={x}"
        case Point():
            return "somewhere"


def run(command):
    match command.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["move", ("up" | "down" | "left" | "right") as direction]:
            return f"moving {direction}"
        case ["move", direction]:
            return f"cannot move {direction!r}"
        case ["draw", "circle", r]:
            return f"circle area {area(Circle(Point(0, 0), float(r))):.2f}"
        case ["draw", "rect", w, h]:
            return f"rect area {area(Rect(Point(0, 0), float(w), float(h))):.1f}"
        case ["say", *words] if words:
            return " ".join(words).upper()
        case []:
            return "empty"
        case [cmd, *_]:
            return f"unknown command {cmd}"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1.5, "q"), Point(1, 2)]:
    print(p, "->", describe(p))

for line in ["move up", "move sideways", "draw circle 2", "draw rect 3 4", "say hello world", "say", "", "quit", "jump high"]:
    print(repr(line), "->", run(line))

shapes = [Circle(Point(1, 1), 1), Rect(Point(0, 0), 2, 2), Rect(Point(0, 0), 2, 5), Group([Circle(Point(0, 0), 2), Rect(Point(0, 0), 1, 1)]), Group([])]
for s in shapes:
    print(type(s).__name__, round(area(s), 3))
try:
    area(Circle(Point(0, 0), -1))
except ValueError as e:
    print("ValueError:", e)
try:
    area("square")
except TypeError as e:
    print("TypeError:", e)


def classify(value):
    match value:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case "":
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, *rest]:
            return f"seq starting {x},{y} + {len(rest)}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"mapping of type {t}"
        case {**kw} if not kw:
            return "empty mapping"
        case _:
            return "other"


for v in [None, True, -3, 7, 2.5, "", "abc", (1, 2), [1, 2, 3, 4], {"type": "user", "name": "ann", "age": 3, "id": 9}, {"type": "bot"}, {}, {1, 2}, (1,)]:
    print(repr(v), "->", classify(v))

import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"no rule for {other.name}"


print([paint(c) for c in Color])
