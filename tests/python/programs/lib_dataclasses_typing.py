from dataclasses import dataclass, field, asdict
from typing import List, Optional, Dict
@dataclass
class Point:
    x: int
    y: int = 0
    def norm2(self) -> int:
        return self.x ** 2 + self.y ** 2
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    owner: Optional[str] = None
p = Point(3, 4)
print(p, p.norm2(), p == Point(3, 4), p != Point(1), Point(1))
print(sorted([Version(2, 1), Version(1, 5), Version(2, 0)]), Version(1) < Version(1, 1))
inv = Inventory("box"); inv.items.append("pen"); print(inv, Inventory("other").items)
print(asdict(p), asdict(inv))
@dataclass(frozen=True)
class Frozen:
    a: int
f = Frozen(1)
try:
    f.a = 2
except AttributeError as e:
    print("frozen:", type(e).__name__)
print(hash(f) == hash(Frozen(1)))
def typed(xs: List[int], d: Dict[str, int]) -> Optional[int]:
    return sum(xs) + len(d)
print(typed([1, 2], {"a": 1}))
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self):
        pass
class Impl(Base):
    def run(self):
        return "running"
print(Impl().run())
try:
    Base()
except TypeError as e:
    print(e)
