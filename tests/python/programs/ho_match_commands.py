from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Move:
    dx: int
    dy: int = 0

def run(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["go", d]:
            return f"unknown direction {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["drop", item, *rest]:
            return f"drop {item} (+{len(rest)})"
        case [single]:
            return f"single word {single!r}"
        case _:
            return "?"

for c in ["", "go north", "go west", "take lamp key", "take", "drop a b c", "look", "x y z w"]:
    print(repr(c), "->", run(c))

def describe(obj):
    match obj:
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if len(s) > 3:
            return "long str"
        case str(s):
            return f"short str {s}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj}"
        case {"type": "move", "by": Move(dx=dx)}:
            return f"move dict dx={dx}"
        case {"type": t, **rest}:
            return f"typed {t} extra={sorted(rest)}"
        case (a, b):
            return f"pair {a} {b}"
        case [a, *_, z]:
            return f"seq {a}..{z}"
        case None:
            return "none"
        case _:
            return f"other {type(obj).__name__}"

Point.__match_args__ = ("x", "y")
for o in [0, 0.0, -5, 3, 2.5, "hello", "hi", Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2),
          {"type": "move", "by": Move(4)}, {"type": "jump", "h": 1, "a": 2}, (1, 2), [1, 2, 3], None, {1}, True]:
    print(describe(o))

print(Point(1, 2), Move(3), Point(1, 2) == Point(1, 2), Move(1) == Move(1, 0), Move.__match_args__)
