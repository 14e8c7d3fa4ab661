"""A bank ledger: an exception hierarchy with extra fields, constructors that
do not call super().__init__ (so str(e) is the constructor's argument, as
CPython keeps it in args), __str__ overrides, re-raise after logging,
try/except/else/finally inside loops with break/continue, exceptions crossing
several frames, KeyError/ZeroDivisionError/ValueError messages from the
runtime, accounts as dict keys by identity, and an uncaught error at the end."""


class BankError(Exception):
    pass


class AccountError(BankError):
    account: str

    def __init__(self, account: str, msg: str) -> None:
        super().__init__(msg)
        self.account = account


class Insufficient(AccountError):
    short: int

    def __init__(self, account: str, short: int) -> None:
        AccountError.__init__(self, account, "short by " + str(short))
        self.short = short

    def __str__(self) -> str:
        return f"{self.account}: insufficient funds ({self.short} missing)"


class Frozen(AccountError):
    pass


class Limit(BankError):
    amount: int

    def __init__(self, amount: int) -> None:
        # no super().__init__: CPython still keeps the argument for str()
        self.amount = amount


class Account:
    KIND = "basic"
    FEE = 0
    name: str
    balance: int
    frozen: bool
    history: list[int]

    def __init__(self, name: str, opening: int = 0) -> None:
        self.name = name
        self.balance = opening
        self.frozen = False
        self.history = [opening]

    def withdraw(self, amount: int) -> None:
        if self.frozen:
            raise Frozen(self.name, "account frozen")
        if amount > 1000:
            raise Limit(amount)
        total = amount + self.FEE
        if total > self.balance + self.overdraft():
            raise Insufficient(self.name, total - self.balance - self.overdraft())
        self.balance -= total
        self.history.append(-total)

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError(f"bad deposit {amount!r} into {self.name!r}")
        self.balance += amount
        self.history.append(amount)

    def overdraft(self) -> int:
        return 0

    def __repr__(self) -> str:
        return f"<{self.KIND} {self.name} {self.balance}>"


class Checking(Account):
    KIND = "checking"
    FEE = 1

    def overdraft(self) -> int:
        return 50


class Premium(Checking):
    KIND = "premium"
    FEE = 0

    def overdraft(self) -> int:
        return super().overdraft() * 4

    def withdraw(self, amount: int) -> None:
        try:
            super().withdraw(amount)
        except Limit:
            # premium splits big withdrawals instead of failing
            half = amount // 2
            super().withdraw(half)
            super().withdraw(amount - half)


class Bank:
    accounts: dict[str, Account]
    audit: dict[Account, int]
    log: list[str]

    def __init__(self) -> None:
        self.accounts = {}
        self.audit = {}
        self.log = []

    def open(self, acct: Account) -> Account:
        if acct.name in self.accounts:
            raise BankError("duplicate account " + repr(acct.name))
        self.accounts[acct.name] = acct
        self.audit[acct] = 0
        return acct

    def find(self, name: str) -> Account:
        return self.accounts[name]

    def transfer(self, src: str, dst: str, amount: int) -> None:
        a = self.find(src)
        b = self.find(dst)
        self.audit[a] += 1
        try:
            a.withdraw(amount)
        except AccountError as e:
            self.log.append("failed " + type(e).__name__ + " " + e.account)
            raise
        else:
            b.deposit(amount)
        finally:
            self.audit[b] += 1

    def interest(self, name: str, parts: int) -> int:
        return self.find(name).balance // parts


def run_script(bank: Bank, script: list[str]) -> int:
    done = 0
    for line in script:
        words = line.split()
        if not words:
            continue
        if words[0] == "stop":
            break
        try:
            if words[0] == "xfer":
                bank.transfer(words[1], words[2], int(words[3]))
            elif words[0] == "dep":
                bank.find(words[1]).deposit(int(words[2]))
            elif words[0] == "freeze":
                bank.find(words[1]).frozen = True
            elif words[0] == "share":
                print("  share", bank.interest(words[1], int(words[2])))
            else:
                raise BankError("unknown command " + words[0])
        except Insufficient as e:
            print("  insufficient:", e, "short", e.short)
        except (Frozen, Limit) as e:
            print("  refused:", type(e).__name__, str(e))
        except KeyError as e:
            print("  no such account", e)
        except (ValueError, ZeroDivisionError) as e:
            print("  bad input:", type(e).__name__ + ":", e)
        except BankError as e:
            print("  bank error:", e)
        else:
            done += 1
            continue
        finally:
            print("  after", repr(line))
        print("  (line failed)")
    return done


SCRIPT = [
    "dep alice 100",
    "xfer alice bob 30",
    "xfer bob carol 200",
    "xfer carol alice 1500",
    "",
    "xfer dave alice 5",
    "dep bob -5",
    "dep bob x12",
    "share alice 0",
    "share alice 3",
    "freeze bob",
    "xfer bob alice 1",
    "launder alice",
    "xfer carol alice 1200",
    "stop",
    "dep alice 1",
]


def main(argv: list[str]) -> int:
    bank = Bank()
    bank.open(Account("alice", 10))
    bank.open(Checking("bob", 20))
    bank.open(Premium("carol"))
    try:
        bank.open(Account("bob"))
    except BankError as e:
        print("open:", e)
    n = run_script(bank, SCRIPT)
    print("ok lines:", n)
    for name in bank.accounts:
        acct = bank.accounts[name]
        print(acct, bank.audit[acct], acct.history)
    print(bank.log)
    e2 = Limit(77)
    print(str(e2), repr(str(e2)), e2.amount)
    total = 0
    for acct in bank.audit:
        total += acct.balance
    print("total", total)
    # the last transfer overdraws past every limit: uncaught, exits 1
    bank.transfer("alice", "carol", 900)
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
