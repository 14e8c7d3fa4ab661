from dataclasses import dataclass, field, asdict, replace
from typing import List, Optional

@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(default=0.0, compare=False)
    qty: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return round(self.price * self.qty, 2)

@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str

@dataclass
class Warehouse:
    name: str
    items: dict = field(default_factory=dict)
    locations: dict = field(default_factory=dict)
    note: Optional[str] = None

    def add(self, item, loc):
        self.items[item.sku] = item
        self.locations[item.sku] = loc

    def report(self):
        lines = [f"== {self.name} =="]
        for it in sorted(self.items.values()):
            loc = self.locations[it.sku]
            lines.append(f"{it.sku:<6}{it.name:<12}{it.qty:>4} x {it.price:>7.2f} = {it.value:>9.2f} @ {loc.aisle}{loc.shelf}")
        lines.append(f"{'total':<22}{sum(i.value for i in self.items.values()):>24.2f}")
        return "\n".join(lines)

w = Warehouse("main")
w.add(Item("B200", "bolts", 0.05, 1200, ["metal"]), Location(3, "b"))
w.add(Item("A100", "hammer", 12.5, 10), Location(1, "a"))
w.add(Item("C300", "saw", 24.99, 3, ["tool", "sharp"]), Location(1, "c"))
print(w.report())
print(Item("A1", "x") < Item("B1", "a"), Item("A1", "x") == Item("A1", "y"))
i = Item("Z9", "widget", 1.5, 4, ["t"])
print(i)
print(asdict(i))
j = replace(i, qty=10)
print(j.qty, i.qty, j.value)
loc = Location(2, "d")
try:
    loc.aisle = 5
except Exception as e:
    print(type(e).__name__, e)
print(loc, hash(loc) == hash(Location(2, "d")), {loc: 1}[Location(2, "d")])
print(Warehouse("empty"))
print(sorted([Item("b", "1"), Item("a", "2"), Item("c", "0")]))
@dataclass
class Order:
    id: int
    lines: list = field(default_factory=list)
    def __post_init__(self):
        if self.id < 0:
            raise ValueError(f"bad id {self.id}")
        self.label = f"ORD-{self.id:05d}"
o = Order(42, [("A100", 2)])
print(o.label, o)
try:
    Order(-1)
except ValueError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
