"""ovfcheck'd arithmetic raises OverflowError at the 64-bit limits."""
from jitgen.hints import ovfcheck, MAXINT, MININT


def add(a: int, b: int) -> str:
    try:
        return str(ovfcheck(a + b))
    except OverflowError:
        return "overflow"


def mul(a: int, b: int) -> str:
    try:
        return str(ovfcheck(a * b))
    except OverflowError:
        return "overflow"


def sub(a: int, b: int) -> str:
    try:
        return str(ovfcheck(a - b))
    except OverflowError:
        return "overflow"


def main(argv: list[str]) -> int:
    print(add(MAXINT, 0), add(MAXINT, 1), add(MININT, -1), add(-5, 3))
    print(mul(3037000499, 3037000499), mul(3037000500, 3037000500), mul(MININT, -1), mul(-4, 5))
    print(sub(MININT, 1), sub(MININT + 1, 1), sub(0, MININT))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
