# Enums, NamedTuple, TypedDict and generics in a typed-looking script.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = "r"
    GREEN = "g"
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def parse(cls, s): return cls(s)
print(Color.RED, repr(Color.RED), Color("g"), Color["RED"], Color.RED.describe(), list(Color), len(Color), Color.parse("r") is Color.RED)
try:
    Color("x")
except ValueError as e:
    print(e)
try:
    Color["X"]
except KeyError as e:
    print("KeyError", e)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(Perm), Perm(3), ~Perm.R)
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, P2.A | 4, int(P2.B), P2.A + 1)
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), Pri(3), f"{Pri.LOW}", str(Pri.LOW), format(Pri.LOW, "d"))
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value, Auto.A == 1, Auto.__members__.keys() if False else list(Auto.__members__))
@unique
class U(Enum):
    X = 1
try:
    @unique
    class U2(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-30 * self.mass / (self.radius * self.radius) * 1e19
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet.MERCURY.value)
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color), Color.RED == "r", hash(Color.RED) == hash(Color.RED))
d = {Color.RED: 1}
print(d, {c.name: c.value for c in Color})
from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Callable, Any, TypeVar, Generic, Protocol
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4), Pt(1), Pt(3, 4).norm(), Pt._fields, Pt(1, 2)._replace(y=5))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie(title="a", year=2))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box[int](5).get(), Box("s").get())
def f(a: Optional[int] = None, b: Union[int, str] = 1) -> List[int]: return [a or 0]
print(f(), f(3))
class Greeter(Protocol):
    def greet(self) -> str: ...
print(Color.__members__["RED"], Perm.R.value, Perm.W.value, Perm.X.value, Perm(0))
class Weekday(Enum):
    MON = 1; TUE = 2
    def __str__(self): return self.name.title()
print(Weekday.MON, f"{Weekday.TUE}", [str(w) for w in Weekday])
print(enum.Enum("Dyn", "A B C").B, list(enum.Enum("Dyn2", ["X", "Y"])))
class StrE(enum.StrEnum):
    A = auto()
    B = "bee"
print(StrE.A, StrE.B, StrE.A == "a", StrE.B.upper())
