# An order book modelled with dataclasses.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
import dataclasses


@dataclass
class Item:
    sku: str
    price: float
    qty: int = 1

    @property
    def total(self) -> float:
        return self.price * self.qty


@dataclass(order=True)
class Priority:
    level: int
    name: str = field(compare=False)


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    zip_code: str = "00000"


@dataclass
class Order:
    order_id: int
    customer: str
    items: List[Item] = field(default_factory=list)
    address: Optional[Address] = None
    notes: list = field(default_factory=list, repr=False)
    _count: int = field(default=0, init=False, repr=False)

    def __post_init__(self):
        if self.order_id < 0:
            raise ValueError(f"bad order id {self.order_id}")
        self.customer = self.customer.strip().title()

    def add(self, item: Item) -> "Order":
        self.items.append(item)
        self._count += 1
        return self

    @property
    def total(self):
        return round(sum(i.total for i in self.items), 2)


o = Order(1, "  ada lovelace ")
o.add(Item("pen", 1.5, 4)).add(Item("book", 12.99)).add(Item("ink", 3.25, 2))
print(o)
print(o.total, o._count, len(o.items))
print(asdict(o))
print(astuple(Item("x", 1.0)))
print([f.name for f in fields(Order)], dataclasses.is_dataclass(o), dataclasses.is_dataclass(Order))
home = Address("1 Main St", "Springfield")
print(home, hash(home) == hash(Address("1 Main St", "Springfield")), home == Address("1 Main St", "Springfield"))
try:
    home.city = "Shelbyville"
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
moved = replace(home, city="Shelbyville")
print(moved, home)
o2 = Order(2, "grace hopper", address=moved)
print(o2, o2 == Order(2, "Grace Hopper", address=moved), o == o2)
try:
    Order(-5, "x")
except ValueError as e:
    print("ValueError:", e)
tasks = [Priority(3, "low"), Priority(1, "urgent"), Priority(2, "normal"), Priority(1, "also urgent")]
print(sorted(tasks))
print(Priority(1, "a") == Priority(1, "b"), Priority(1, "a") < Priority(2, "a"))
print(Item("a", 2.0) == Item("a", 2.0, 1), Item("a", 2.0) != Item("a", 2.0, 2))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    Item("a", 1.0, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
for depth, value in tree.walk():
    print("  " * depth + str(value))
print(tree)


@dataclass
class Inventory:
    stock: dict = field(default_factory=dict)

    def receive(self, sku, n):
        self.stock[sku] = self.stock.get(sku, 0) + n

    def ship(self, sku, n):
        have = self.stock.get(sku, 0)
        if have < n:
            raise LookupError(f"only {have} of {sku!r} left")
        self.stock[sku] = have - n


inv = Inventory()
inv.receive("pen", 10)
inv.receive("ink", 3)
for sku, n in [("pen", 4), ("ink", 5), ("pad", 1)]:
    try:
        inv.ship(sku, n)
        print("shipped", n, sku)
    except LookupError as e:
        print("cannot ship:", e)
print(inv)


@dataclass
class Base:
    a: int
    b: int = 2


@dataclass
class Derived(Base):
    c: int = 3

    def __repr__(self):
        return f"Derived<{self.a},{self.b},{self.c}>"


print(Derived(1), Derived(1, c=9), Base(5), [f.name for f in fields(Derived)])
print(Item.__eq__ is not object.__eq__, Priority.__lt__(Priority(1, "x"), Priority(5, "y")))
