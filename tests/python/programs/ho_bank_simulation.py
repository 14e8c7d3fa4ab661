import sys

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot cover {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount

class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.number = Account._next_number
        Account._next_number += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner} {self.balance:.2f}>"

class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Overdraft(Account):
    def __init__(self, owner, balance=0.0, limit=100.0):
        super().__init__(owner, balance)
        self.limit = limit
    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, kind, owner, *args):
        acct = kind(owner, *args)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Savings, "alice", 500.0)
bob = bank.open(Overdraft, "bob", 50.0, 200.0)
carl = bank.open(Account, "carl")
ops = [(alice.number, bob.number, 120.0), (bob.number, carl.number, 300.0), (carl.number, alice.number, 500.0),
       (bob.number, carl.number, 100.0), (9999, carl.number, 1.0)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print(f"ok {src}->{dst} {amt:8.2f}")
    except InsufficientFunds as e:
        print("refused:", e, file=sys.stderr)
        print("refused", e.account.owner)
    except KeyError as e:
        print("no such account", e)
print(alice.add_interest(), alice)
for acct in sorted(bank.accounts.values(), key=lambda a: a.balance):
    print(repr(acct), acct.history)
print(f"total {bank.total():.2f}")
try:
    carl.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
if bank.total() < 1000:
    sys.exit(f"bank undercapitalised: {bank.total():.2f}")
