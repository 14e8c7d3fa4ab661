class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10

    def add(self, name, qty):
        if len(self.items) >= self.capacity:
            raise OverflowError("inventory full")
        self.items[name] = self.items.get(name, 0) + qty

    def report(self):
        for name, qty in sorted(self.items.items()):
            print(f"{name}: {qty}")
        print("free slots:", self.capacty - len(self.items))


inv = Inventory()
inv.add("apple", 3)
inv.add("pear", 2)
inv.add("apple", 1)
inv.report()
