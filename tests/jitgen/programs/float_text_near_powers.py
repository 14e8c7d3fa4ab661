"""The float <-> text primitives (vm/float_externals.py) and the VMs' repr
(vm/floatfmt.py) on values that round up to a power of ten at some
precision: the place to round must come from the exact value, not from the
rounded digits (0.09999999999999999 printed as 0.099999999999999992)."""
from vm.float_externals import format_exp, parse_decimal
from vm.floatfmt import float_repr


def neighbours(x: float, steps: int) -> list[float]:
    """x and the doubles near it, found by parsing nearby 17-digit decimals."""
    out: list[float] = [x]
    y = x
    for i in range(steps):
        y = y - y * 1.1102230246251565e-16
        out.append(y)
    return out


def main(argv: list[str]) -> int:
    seeds = [0.1, 1.0, 10.0, 1e5, 1e15, 1e16, 1e22, 1e23, 1e-5, 1e-300,
             1e300, 0.001, 100.0, 9.5, 0.95, 99.5]
    for s in seeds:
        for x in neighbours(s, 3):
            for v in [x, -x]:
                parts: list[str] = [float_repr(v)]
                for p in [0, 1, 2, 5, 14, 15, 16]:
                    parts.append(format_exp(v, p))
                print(" ".join(parts))
                back = parse_decimal(format_exp(x, 16))
                if back != x:
                    print("round trip failed for", float_repr(x))
    print(float_repr(-0.09999999999999999), float_repr(0.9999999999999999),
          float_repr(9.999999999999999e22), float_repr(999999999999999.9))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
