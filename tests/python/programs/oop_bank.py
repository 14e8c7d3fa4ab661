class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self._balance})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        return self.deposit(interest)
acc = Account("ann", 100).deposit(50).withdraw(30)
sav = Savings("bob", 1000).add_interest()
print(acc, sav, acc.history, sav.balance)
for op in [lambda: acc.withdraw(500), lambda: acc.deposit(-1)]:
    try:
        op()
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed)
    except ValueError as e:
        print("value:", e)
accounts = sorted([acc, sav, Account("cy", 75)], key=lambda a: a.balance, reverse=True)
print([a.owner for a in accounts], sum(a.balance for a in accounts))
