"""str(e) of the exceptions that built-in operations raise, as CPython words them."""
from jitgen.hints import ovfcheck


def msg_index_list(xs: list[int], i: int) -> str:
    try:
        return str(xs[i])
    except IndexError as e:
        return "IndexError: " + str(e)


def msg_index_str(s: str, i: int) -> str:
    try:
        return s[i]
    except IndexError as e:
        return "IndexError: " + str(e)


def msg_div(a: int, b: int) -> str:
    try:
        return str(a // b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def msg_mod(a: int, b: int) -> str:
    try:
        return str(a % b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def msg_fdiv(a: float, b: float) -> str:
    try:
        return str(a / b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def msg_int(s: str) -> str:
    try:
        return str(int(s))
    except ValueError as e:
        return "ValueError: " + str(e)


def msg_float(s: str) -> str:
    try:
        return str(float(s))
    except ValueError as e:
        return "ValueError: " + str(e)


def msg_pop(xs: list[int]) -> str:
    try:
        return str(xs.pop())
    except IndexError as e:
        return "IndexError: " + str(e)


def msg_list_index(xs: list[int], v: int) -> str:
    try:
        return str(xs.index(v))
    except ValueError as e:
        return "ValueError: " + str(e)


def msg_ovf(a: int, b: int) -> str:
    try:
        return str(ovfcheck(a * b))
    except OverflowError as e:
        return "OverflowError: " + str(e)


def main(argv: list[str]) -> int:
    print(msg_index_list([1, 2], 2))
    print(msg_index_list([1, 2], -3))
    print(msg_index_str("ab", 5))
    print(msg_div(1, 0))
    print(msg_mod(1, 0))
    print(msg_fdiv(1.0, 0.0))
    print(msg_int("12a"))
    print(msg_int(""))
    print(msg_float("x1"))
    print(msg_pop([]))
    print(msg_list_index([1, 2], 7))
    print(msg_ovf(1 << 40, 1 << 40))
    print(msg_index_list([1, 2], 1), msg_div(7, 2), msg_int("-5"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
