# expect: 10:23: amount, annotation
"""A method parameter (not self) without an annotation."""

class Account:
    balance: int

    def __init__(self) -> None:
        self.balance = 0

    def deposit(self, amount) -> None:
        self.balance += amount


def main(argv: list[str]) -> int:
    a = Account()
    a.deposit(5)
    print(a.balance)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
