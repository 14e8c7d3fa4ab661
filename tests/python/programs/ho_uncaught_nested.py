class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(
                f"{self.owner}: insufficient funds ({self.balance} < {amount})"
            )
        self.balance -= amount
        return self.balance


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.balance += amount


def process(batch):
    results = []
    for src, dst, amt in batch:
        transfer(src, dst, amt)
        results.append((src.owner, src.balance))
    return results


a, b = Account("alice", 100), Account("bob", 20)
print(process([(a, b, 30), (b, a, 10)]))
print(process([(a, b, 50), (b, a, 500)]))
