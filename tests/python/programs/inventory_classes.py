class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.name in self._items:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = item
        return self
    def remove(self, name, qty):
        item = self._items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self._items[name]
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))
    def __len__(self):
        return len(self._items)
    def total(self):
        return sum(i.value for i in self)
inv = Inventory().add(Item("pen", 1.5, 10)).add(Item("book", 12.0, 2)).add(Item("pen", 1.5, 5))
print(list(inv), len(inv), inv.total())
inv.remove("book", 2)
try:
    inv.remove("pen", 100)
except ValueError as e:
    print("error:", e)
except KeyError as e:
    print("missing:", e)
try:
    inv.remove("book", 1)
except KeyError as e:
    print("missing:", e)
print(list(inv), f"{inv.total():.2f}")
