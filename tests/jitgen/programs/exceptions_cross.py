"""Exceptions that cross function boundaries, built-in and user-defined."""
from jitgen.hints import ovfcheck


class AppError(Exception):
    code: int

    def __init__(self, msg: str, code: int) -> None:
        super().__init__(msg)
        self.code = code


class ParseError(AppError):
    pass


class Log:
    lines: list[str]

    def __init__(self) -> None:
        self.lines = []

    def add(self, s: str) -> None:
        self.lines.append(s)


def parse_digit(c: str) -> int:
    if not c.isdigit():
        raise ParseError("not a digit: " + c, 2)
    return ord(c) - ord("0")


def parse_number(s: str) -> int:
    n = 0
    for c in s:
        n = n * 10 + parse_digit(c)
    return n


def get_item(xs: list[int], i: int) -> int:
    return xs[i]


def divide(a: int, b: int) -> int:
    return a // b


def mul_checked(a: int, b: int) -> int:
    return ovfcheck(a * b)


def lookup(d: dict[str, int], k: str) -> int:
    return d[k]


def risky(kind: int, log: Log) -> int:
    try:
        if kind == 0:
            return get_item([1, 2, 3], 5)
        elif kind == 1:
            return divide(10, 0)
        elif kind == 2:
            return mul_checked(1 << 40, 1 << 40)
        elif kind == 3:
            return lookup({"a": 1}, "b")
        elif kind == 4:
            return int("12x")
        elif kind == 5:
            return parse_number("12x4")
        elif kind == 6:
            raise AppError("plain app error", 7)
        else:
            return parse_number("1234")
    finally:
        log.add("finally " + str(kind))


def classify(kind: int, log: Log) -> str:
    try:
        v = risky(kind, log)
    except IndexError:
        return "IndexError"
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except OverflowError:
        return "OverflowError"
    except KeyError:
        return "KeyError"
    except ValueError:
        return "ValueError"
    except ParseError as e:
        return "ParseError(" + str(e) + ", " + str(e.code) + ")"
    except AppError as e:
        return "AppError(" + str(e) + ", " + str(e.code) + ")"
    else:
        return "ok " + str(v)


def reraiser(kind: int, log: Log) -> int:
    try:
        return risky(kind, log)
    except AppError:
        log.add("reraising")
        raise


def bases(kind: int) -> str:
    try:
        if kind == 0:
            raise KeyError("k")
        if kind == 1:
            raise IndexError("i")
        if kind == 2:
            raise ZeroDivisionError("z")
        raise OverflowError("o")
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"


def main(argv: list[str]) -> int:
    log = Log()
    for kind in range(8):
        print(kind, classify(kind, log))
    try:
        reraiser(5, log)
    except ParseError as e:
        print("outer got", str(e))
    try:
        reraiser(0, log)
    except (KeyError, IndexError):
        print("outer got a lookup error")
    for k in range(4):
        print("base", k, bases(k))
    try:
        assert len(log.lines) == 0, "log is not empty"
    except AssertionError as e:
        print("assert:", str(e))
    try:
        raise RuntimeError("rt")
    except Exception as e:
        print("generic:", str(e))
    try:
        raise NotImplementedError("later")
    except RuntimeError as e:
        print("NotImplementedError is a RuntimeError:", str(e))
    for line in log.lines:
        print(line)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
