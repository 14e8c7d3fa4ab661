"""An inventory tool in the style most Python programmers write: value
classes with __repr__ and __eq__, records as tuples sorted with reverse=,
str.format and f-strings, printing lists and dicts directly, error reports
naming the exception's class, and stack-like list surgery with slices."""


class Item:
    sku: str
    name: str
    qty: int
    price: float

    def __init__(self, sku: str, name: str, qty: int, price: float) -> None:
        if qty < 0:
            raise ValueError("negative quantity for " + sku)
        self.sku = sku
        self.name = name
        self.qty = qty
        self.price = price

    def __repr__(self) -> str:
        return "Item({!r}, {!r}, {}, {})".format(self.sku, self.name, self.qty, self.price)

    def __eq__(self, other: "Item") -> bool:
        return self.sku == other.sku

    def value(self) -> float:
        return self.qty * self.price


class StockError(Exception):
    pass


class OutOfStock(StockError):
    pass


class Inventory:
    items: dict[str, Item]
    log: list[str]

    def __init__(self) -> None:
        self.items = {}
        self.log = []

    def add(self, it: Item) -> None:
        old = self.items.get(it.sku)
        if old is not None:
            if old == it and old.name != it.name:
                raise StockError("sku {} already used for {!r}".format(it.sku, old.name))
            old.qty += it.qty
        else:
            self.items[it.sku] = it
        self.log.append("add " + it.sku)

    def take(self, sku: str, n: int) -> None:
        it = self.items.get(sku)
        if it is None:
            raise KeyError(sku)
        if it.qty < n:
            raise OutOfStock(f"only {it.qty} of {sku} left, wanted {n}")
        it.qty -= n
        self.log.append("take {} {}".format(sku, n))

    def report(self) -> list[tuple[float, str]]:
        rows = [(it.value(), it.sku) for it in self.items.values()]
        rows.sort(reverse=True)
        return rows


def main(argv: list[str]) -> int:
    inv = Inventory()
    for sku, name, qty, price in [("A1", "bolt", 100, 0.25), ("B2", "nut", 250, 0.1),
                                  ("C3", "gear", 7, 12.5), ("A1", "bolt", 20, 0.25), ("D4", "belt", 0, 3.0)]:
        inv.add(Item(sku, name, qty, price))
    print(inv.items["A1"], [inv.items[k].qty for k in sorted(inv.items)])
    print(inv.report())
    ops: list[tuple[str, int]] = [("A1", 30), ("C3", 10), ("Z9", 1), ("B2", 250), ("D4", 0)]
    for sku, n in ops:
        try:
            inv.take(sku, n)
        except StockError as e:
            print("{}: {}".format(type(e).__name__, e))
        except KeyError as e:
            print(e.__class__.__name__ + ":", e)
    for bad in [("E5", "spring", -1, 1.0), ("A1", "washer", 1, 0.05)]:
        try:
            inv.add(Item(bad[0], bad[1], bad[2], bad[3]))
        except Exception as e:
            print("rejected", type(e).__name__, "-", str(e))
    values = [it.value() for it in inv.items.values()]
    print("max", max(values), "min", min(values), "count", len(values))
    print({k: v.qty for k, v in inv.items.items() if v.qty > 0})
    recent = list(inv.log)
    del recent[:-3]
    print(recent, len(inv.log))
    recent[1:2] = ["...", "..."]
    print(recent, recent[::-1][0])
    summary = (len(inv.items), round2(sum_values(values)), "items" if len(inv.items) != 1 else "item")
    print(summary, summary[2])
    return 0


def sum_values(xs: list[float]) -> float:
    t = 0.0
    for x in xs:
        t += x
    return t


def round2(x: float) -> float:
    return int(x * 100.0 + 0.5) / 100.0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
