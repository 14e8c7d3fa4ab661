# A small bank: accounts, transfers, interest, statements, errors.
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
import itertools


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed} more")
        self.account = account
        self.needed = needed


class FrozenAccount(Exception):
    pass


class Account:
    _ids = itertools.count(1000)
    interest_rate = Decimal("0.02")

    def __init__(self, owner, opening=Decimal("0")):
        self.id = next(Account._ids)
        self.owner = owner
        self._balance = Decimal(opening)
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    def _record(self, kind, amount, when):
        self.history.append((when, kind, amount, self._balance))

    def deposit(self, amount, when):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._record("deposit", amount, when)

    def withdraw(self, amount, when):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount > self._balance:
            raise InsufficientFunds(self, amount - self._balance)
        self._balance -= amount
        self._record("withdraw", amount, when)

    def add_interest(self, when):
        interest = (self._balance * self.interest_rate / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if interest:
            self._balance += interest
            self._record("interest", interest, when)
        return interest

    def __repr__(self):
        return f"<{type(self).__name__} {self.id} {self.owner}: {self._balance}>"


class Savings(Account):
    interest_rate = Decimal("0.045")

    def withdraw(self, amount, when):
        if len([h for h in self.history if h[1] == "withdraw"]) >= 2:
            raise PermissionError("savings allow two withdrawals")
        super().withdraw(amount, when)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, opening):
        acct = cls(owner, opening)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount, when):
        src.withdraw(amount, when)
        try:
            dst.deposit(amount, when)
        except FrozenAccount:
            src.deposit(amount, when)
            raise

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal("0"))


bank = Bank("First Tandem")
alice = bank.open(Account, "alice", "250.00")
bob = bank.open(Savings, "bob", "1000")
carol = bank.open(Account, "carol", "15.50")
day = date(2024, 1, 1)
events = [
    ("transfer", alice, bob, "100.25"),
    ("transfer", carol, alice, "20"),
    ("withdraw", bob, None, "50"),
    ("withdraw", bob, None, "60"),
    ("withdraw", bob, None, "70"),
    ("freeze", carol, None, None),
    ("transfer", alice, carol, "10"),
    ("deposit", alice, None, "-5"),
    ("deposit", alice, None, "33.333"),
]
for i, (kind, a, b, amt) in enumerate(events):
    when = day + timedelta(days=3 * i)
    try:
        if kind == "transfer":
            bank.transfer(a, b, Decimal(amt), when)
        elif kind == "withdraw":
            a.withdraw(Decimal(amt), when)
        elif kind == "deposit":
            a.deposit(Decimal(amt), when)
        elif kind == "freeze":
            a.frozen = True
        print(f"{when:%Y-%m-%d} {kind:<9} ok")
    except InsufficientFunds as e:
        print(f"{when:%Y-%m-%d} {kind:<9} declined: {e} (short {e.needed})")
    except (FrozenAccount, PermissionError, ValueError) as e:
        print(f"{when:%Y-%m-%d} {kind:<9} failed: {type(e).__name__}: {e}")

month_end = date(2024, 1, 31)
for acct in bank.accounts.values():
    print(acct, "interest", acct.add_interest(month_end) if not acct.frozen else "n/a")
print("bank total", bank.total())
for acct in sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(f"\nStatement for {acct.owner} ({type(acct).__name__} #{acct.id})")
    print(f"{'date':<12}{'kind':<10}{'amount':>10}{'balance':>12}")
    for when, kind, amount, bal in acct.history:
        print(f"{when.isoformat():<12}{kind:<10}{amount:>10}{bal:>12,.2f}")
    print(f"{'closing':<22}{acct.balance:>22}")
print((month_end - day).days, day.strftime("%A %d %B %Y"), (day + timedelta(weeks=5)).isoformat(), month_end.weekday(), date.fromisoformat("2024-02-29").toordinal() - day.toordinal())
