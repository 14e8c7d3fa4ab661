"""Every hint from jitgen.hints used once, the way an interpreter uses it."""
from jitgen.hints import (
    JitDriver, promote, promote_string, elidable, unroll_safe, dont_look_inside,
    look_inside, we_are_jitted, we_are_translated, specialize, ovfcheck, intmask,
)


class Shape:
    name: str
    attrs: dict[str, int]

    def __init__(self, name: str) -> None:
        self.name = name
        self.attrs = {}


@elidable
def attr_index(shape: Shape, attr: str) -> int:
    return shape.attrs.get(attr, -1)


@dont_look_inside
def slow_path(x: int) -> int:
    return x * 3 + 1


@look_inside
def fast_path(x: int) -> int:
    return x // 2


@unroll_safe
def sum_small(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


@specialize.arg(0)
def scaled(factor: int, x: int) -> int:
    return factor * x


@specialize.memo()
def table_for(n: int) -> list[int]:
    return [i * n for i in range(4)]


@specialize.call_location()
def tag(s: str) -> str:
    return "<" + s + ">"


def op_name(op: str) -> str:
    return "op " + op


driver = JitDriver(greens=["op"], reds=["acc", "i", "n", "shape"],
                   get_printable_location=op_name, is_recursive=True)


def run(ops: list[str], n: int, shape: Shape) -> int:
    acc = 0
    i = 0
    op = "start"
    while i < n:
        driver.jit_merge_point(op=op, acc=acc, i=i, n=n, shape=shape)
        op = promote_string(ops[i % len(ops)])
        k = promote(i % 3)
        if op == "inc":
            acc = ovfcheck(acc + 1 + k)
        elif op == "collatz":
            acc = slow_path(acc) if acc % 2 == 1 else fast_path(acc)
        elif op == "attr":
            acc += attr_index(shape, "y")
        else:
            acc = intmask(acc * 31 + len(op))
        i += 1
        driver.can_enter_jit(op=op, acc=acc, i=i, n=n, shape=shape)
    return acc


def main(argv: list[str]) -> int:
    s = Shape("point")
    s.attrs["x"] = 0
    s.attrs["y"] = 1
    print(run(["inc", "collatz", "attr", "other"], 40, s))
    print(sum_small([1, 2, 3]), scaled(3, 5), scaled(7, 2), table_for(5)[3], tag("a"), tag("b"))
    print(we_are_jitted(), we_are_translated() in (True, False))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
