"""Import time is metaprogramming time: tables, prebuilt instances, Callables."""
from typing import Callable


def op_add(a: int, b: int) -> int:
    return a + b


def op_sub(a: int, b: int) -> int:
    return a - b


def op_mul(a: int, b: int) -> int:
    return a * b


def op_max(a: int, b: int) -> int:
    return a if a > b else b


BINOPS: dict[str, Callable[[int, int], int]] = {
    "+": op_add, "-": op_sub, "*": op_mul, "max": op_max,
}

# A table of squares and a character-class table, computed on the host.
SQUARES = [i * i for i in range(16)]
CHAR_CLASS: dict[str, int] = {}
for _c in "abcdefghijklmnopqrstuvwxyz":
    CHAR_CLASS[_c] = 1
for _c in "0123456789":
    CHAR_CLASS[_c] = 2
del _c


class Color:
    name: str
    rgb: tuple[int, int, int]

    def __init__(self, name: str, rgb: tuple[int, int, int]) -> None:
        self.name = name
        self.rgb = rgb

    def brightness(self) -> int:
        r, g, b = self.rgb
        return (r * 3 + g * 6 + b) // 10


class Palette:
    colors: list[Color]
    by_name: dict[str, Color]
    uses: int

    def __init__(self) -> None:
        self.colors = []
        self.by_name = {}
        self.uses = 0

    def add(self, c: Color) -> None:
        self.colors.append(c)
        self.by_name[c.name] = c

    def get(self, name: str) -> Color:
        self.uses += 1
        return self.by_name[name]


def _make_palette() -> Palette:
    p = Palette()
    for name, rgb in [("red", (255, 0, 0)), ("green", (0, 255, 0)),
                      ("navy", (0, 0, 128)), ("white", (255, 255, 255))]:
        p.add(Color(name, rgb))
    return p


PALETTE = _make_palette()      # prebuilt, and mutated at run time (uses)
BLACK = Color("black", (0, 0, 0))


def apply_all(fns: list[Callable[[int, int], int]], a: int, b: int) -> list[int]:
    return [f(a, b) for f in fns]


def fold(f: Callable[[int, int], int], xs: list[int], init: int) -> int:
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


def main(argv: list[str]) -> int:
    for sym in ["+", "-", "*", "max"]:
        print(sym, BINOPS[sym](7, 3))
    res = apply_all([op_add, op_mul, op_sub], 6, 4)
    print(res[0], res[1], res[2])
    print(fold(op_add, SQUARES, 0), fold(op_max, [3, 9, 2], 0), fold(op_mul, [1, 2, 3, 4], 1))
    chosen = op_add
    if len(argv) > 5:
        chosen = op_sub
    print(chosen(10, 5))
    kinds = [CHAR_CLASS.get(c, 0) for c in "a1-z9 "]
    print(" ".join([str(k) for k in kinds]))
    for c in PALETTE.colors:
        print(c.name, c.brightness())
    print(PALETTE.get("navy").rgb[2], PALETTE.get("red").name, PALETTE.uses)
    print(BLACK.brightness(), BLACK.name)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
