# expect: 23:15: __add__, Vec, float
"""An operator on an instance calls the class's special method; its
parameter's type decides what the right operand may be (Vec.__add__ takes a
Vec, and the class defines no __radd__ for float + Vec either)."""


class Vec:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)


def main(argv: list[str]) -> int:
    v = Vec(1.0, 2.0)
    w = v + Vec(0.5, 0.5)
    print(w.x, w.y)
    shifted = v + 1.5
    print(shifted.x)
    return 0
