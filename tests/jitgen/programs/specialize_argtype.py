"""specialize.argtype: one translated copy per static argument type."""
from typing import TypeVar

from jitgen.hints import specialize

T = TypeVar("T")
U = TypeVar("U")


class Box:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def show(self) -> str:
        return "Box(" + str(self.v) + ")"


@specialize.argtype(0)
def describe(x: T) -> str:
    return "<" + str(x) + ">"


@specialize.argtype(0, 1)
def pair(a: T, b: U) -> str:
    return str(a) + "&" + str(b)


@specialize.argtype(0)
def twice(xs: list[T]) -> int:
    return len(xs) * 2


def main(argv: list[str]) -> int:
    print(describe(42), describe(2.5), describe("s"))
    print(pair(1, 2), pair("a", 3), pair(4, "b"), pair("c", "d"))
    print(twice([1, 2, 3]), twice(["x"]))
    print(Box(3).show())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
