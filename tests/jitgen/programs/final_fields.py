"""Final fields (set once, in __init__) and class constants with overrides."""
from typing import Final


class Opcode:
    name: Final[str]
    arity: Final[int]
    STACK_EFFECT = 0
    PURE = True

    def __init__(self, name: str, arity: int) -> None:
        self.name = name
        self.arity = arity

    def effect(self) -> int:
        return self.STACK_EFFECT - self.arity

    def show(self) -> str:
        return f"{self.name}/{self.arity} effect={self.effect()} pure={self.PURE}"


class Push(Opcode):
    STACK_EFFECT = 1

    def __init__(self) -> None:
        super().__init__("push", 0)


class BinOp(Opcode):
    STACK_EFFECT = 1
    symbol: Final[str]

    def __init__(self, name: str, symbol: str) -> None:
        super().__init__(name, 2)
        self.symbol = symbol

    def show(self) -> str:
        return super().show() + " " + self.symbol


class Store(Opcode):
    PURE = False

    def __init__(self) -> None:
        super().__init__("store", 1)


class Counter:
    count: int
    LIMIT = 3

    def __init__(self) -> None:
        self.count = 0

    def bump(self) -> bool:
        if self.count >= Counter.LIMIT:
            return False
        self.count += 1
        return True


def main(argv: list[str]) -> int:
    ops: list[Opcode] = [Push(), BinOp("add", "+"), BinOp("mul", "*"), Store()]
    for op in ops:
        print(op.show())
    depth = 0
    for op in ops:
        depth += op.effect()
    print("net", depth)
    print(Opcode.STACK_EFFECT, Push.STACK_EFFECT, BinOp.PURE, Store.PURE)
    c = Counter()
    bumps = 0
    while c.bump():
        bumps += 1
    print(bumps, c.count, c.LIMIT)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
