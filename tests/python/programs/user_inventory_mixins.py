# An inventory system with mixins, class methods, descriptors and dunder protocols.
import json
from functools import total_ordering


class JsonMixin:
    def to_json(self):
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({fields})"


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name} must be >= 0, got {value}")
        setattr(obj, self.private, value)


@total_ordering
class Item(JsonMixin, ReprMixin):
    count = 0
    price = Positive()
    qty = Positive()

    def __init__(self, sku, price, qty=0):
        self.sku = sku
        self.price = price
        self.qty = qty
        Item.count += 1

    def to_dict(self):
        return {"sku": self.sku, "price": self.price, "qty": self.qty}

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __lt__(self, other):
        return (self.value, self.sku) < (other.value, other.sku)

    def __hash__(self):
        return hash(self.sku)


class Perishable(Item):
    def __init__(self, sku, price, qty=0, days=7):
        super().__init__(sku, price, qty)
        self.days = days

    def to_dict(self):
        return {**super().to_dict(), "days": self.days}

    @property
    def value(self):
        base = super().value
        return round(base * (0.5 if self.days < 3 else 1.0), 2)


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item in self:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        return self

    def __contains__(self, item):
        return (item.sku if isinstance(item, Item) else item) in self._items

    def __getitem__(self, key):
        if isinstance(key, slice):
            return sorted(self._items.values())[key]
        return self._items[key]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def __iadd__(self, item):
        return self.add(item)

    @property
    def total(self):
        return round(sum(i.value for i in self), 2)


inv = Inventory()
inv.add(Item("pen", 1.25, 10)).add(Item("pad", 3.5, 4))
inv += Perishable("milk", 0.99, 12, days=2)
inv += Perishable("bread", 2.49, 3)
inv += Item("pen", 1.25, 5)
print(len(inv), inv.total, Item.count)
for it in inv:
    print(f"{it.sku:<6} {it.price:>6.2f} x {it.qty:<3} = {it.value:>7.2f}  {type(it).__name__}")
print(inv[:2], inv[-1])
print(inv["pen"], "pen" in inv, Item("zzz", 1) in inv)
print(max(inv), min(inv).sku, sorted(inv, reverse=True)[0].sku)
text = inv["bread"].to_json()
print(text, Perishable.from_json(text), Item.from_json('{"sku": "x", "price": 2, "qty": 1}'))
try:
    Item("bad", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    inv["pen"].qty = -5
except ValueError as e:
    print("ValueError:", e)
print(Item.price, type(Item.__dict__["qty"]).__name__, Perishable.__mro__[1:3])
print({Item("a", 1), Item("a", 2), Item("b", 1)} == {Item("a", 0), Item("b", 0)}, Item("a", 1) == "a")
print([cls.__name__ for cls in Perishable.__mro__], isinstance(inv["milk"], JsonMixin))
print(vars(inv["pad"]), inv["pad"].__dict__ is vars(inv["pad"]))
