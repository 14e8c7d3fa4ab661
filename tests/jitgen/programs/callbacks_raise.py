"""Exceptions raised inside callbacks: r_dict eq/hash and function tables."""
from typing import Callable

from jitgen.hints import r_dict


class Poisoned(Exception):
    pass


def key_eq(a: str, b: str) -> bool:
    if a == "poison" or b == "poison":
        raise Poisoned("eq saw poison")
    return a == b


def key_hash(a: str) -> int:
    if a == "unhashable":
        raise Poisoned("hash refused " + a)
    return len(a)   # many collisions on purpose: eq is called a lot


def op_ok(x: int) -> int:
    return x + 1


def op_fail(x: int) -> int:
    raise ValueError("op_fail(" + str(x) + ")")


def op_div(x: int) -> int:
    return 100 // x


OPS: list[Callable[[int], int]] = [op_ok, op_fail, op_div]


def run_ops(x: int) -> str:
    out: list[str] = []
    for i in range(len(OPS)):
        try:
            out.append(str(OPS[i](x)))
        except ValueError as e:
            out.append("V:" + str(e))
        except ZeroDivisionError:
            out.append("Z")
    return ",".join(out)


def main(argv: list[str]) -> int:
    d: r_dict[str, int] = r_dict(key_eq, key_hash)
    d["abcdef"] = 1
    d["xyz"] = 2
    for probe in ["abcdef", "ghijkl", "unhashable", "poison"]:
        try:
            print(probe, probe in d, d.get(probe, -1))
        except Poisoned as e:
            print(probe, "raised:", str(e))
    try:
        d["poison"] = 3
    except Poisoned as e:
        print("store raised:", str(e))
    print(len(d), d["xyz"])
    print(run_ops(5), "/", run_ops(0))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
