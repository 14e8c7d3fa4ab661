from contextlib import contextmanager, suppress
from enum import Enum, IntEnum, auto
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("body", t)
try:
    with tag("err"):
        raise KeyError("inside")
except KeyError as e:
    print("propagated", e)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.BLUE.value)
print(list(Color), len(Color), Color.RED is Color(1), Color.RED == Color.GREEN)
class Prio(IntEnum):
    LOW = 1
    HIGH = 5
print(Prio.HIGH > Prio.LOW, Prio.LOW + 1, sorted([Prio.HIGH, Prio.LOW]))
class Dir(Enum):
    N = auto()
    S = auto()
print([d.value for d in Dir], isinstance(Dir.N, Dir))
try:
    Color(7)
except ValueError as e:
    print(e)
def paint(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.BLUE | Color.GREEN:
            return "cool"
print(paint(Color.RED), paint(Color.BLUE), {Color.RED: "r"}[Color.RED])
