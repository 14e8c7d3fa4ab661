"""Runtime errors raised by the translated program are catchable, with CPython's messages."""


def index_error(xs: list[int], i: int) -> str:
    try:
        return str(xs[i])
    except IndexError as e:
        return "IndexError: " + str(e)


def key_error(d: dict[str, int], k: str) -> str:
    try:
        return str(d[k])
    except KeyError as e:
        return "KeyError: " + str(e)


def zero_div(a: int, b: int) -> str:
    try:
        return str(a // b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def float_div(a: float, b: float) -> str:
    try:
        return str(a / b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    print(index_error(xs, 1), index_error(xs, -1), index_error(xs, 3), index_error(xs, -4))
    d = {"a": 1}
    print(key_error(d, "a"), key_error(d, "b"), key_error(d, "it's"))
    print(zero_div(7, 2), zero_div(-7, 2), zero_div(7, 0))
    print(float_div(1.0, 4.0), float_div(1.0, 0.0))
    s = "abc"
    try:
        print(s[5])
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(int("12x"))
    except ValueError as e:
        print("ValueError:", e)
    try:
        xs.pop(7)
    except IndexError as e:
        print("IndexError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
