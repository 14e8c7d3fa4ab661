"""Exceptions as an interpreter uses them: a user hierarchy with extra fields
and __str__, re-raise, handlers that raise, try/finally with return, break
and continue, failing constructors, and an uncaught error at the end."""


class LangError(Exception):
    line: int

    def __init__(self, msg: str, line: int) -> None:
        super().__init__(msg)
        self.line = line

    def __str__(self) -> str:
        return "line " + str(self.line) + ": " + self.describe()

    def describe(self) -> str:
        return "error"


class SyntaxErr(LangError):
    token: str

    def __init__(self, token: str, line: int) -> None:
        LangError.__init__(self, "unexpected " + repr(token), line)
        self.token = token

    def describe(self) -> str:
        return "syntax error near " + repr(self.token)


class NameErr(LangError):
    def describe(self) -> str:
        return "undefined name"


class Unwind(Exception):
    """Non-local exit, carrying a value (like a `return` through frames)."""
    value: int

    def __init__(self, value: int) -> None:
        self.value = value


class Resource:
    name: str
    log: list[str]

    def __init__(self, name: str, log: list[str]) -> None:
        if name == "":
            raise ValueError("resource needs a name")
        self.name = name
        self.log = log
        log.append("open " + name)

    def close(self) -> None:
        self.log.append("close " + self.name)


def classify(e: Exception) -> str:
    if isinstance(e, SyntaxErr):
        return "syntax(" + e.token + ")"
    if isinstance(e, LangError):
        return "lang@" + str(e.line)
    if isinstance(e, (KeyError, IndexError)):
        return "lookup"
    return "other"


def risky(kind: int) -> int:
    if kind == 0:
        raise SyntaxErr(")", 3)
    if kind == 1:
        raise NameErr("x", 7)
    if kind == 2:
        d: dict[str, int] = {}
        return d["k"]
    if kind == 3:
        return [1, 2][kind]
    if kind == 4:
        raise Unwind(42)
    if kind == 5:
        return int("x" + str(kind))
    return kind * 10


def finally_return(log: list[str]) -> int:
    try:
        log.append("try")
        return 1
    finally:
        log.append("finally")


def finally_overrides() -> int:
    try:
        raise ValueError("lost")
    finally:
        return 2


def loop_with_finally(log: list[str]) -> int:
    total = 0
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            total += i
        finally:
            log.append("f" + str(i))
    return total


def nested(log: list[str]) -> str:
    try:
        try:
            risky(2)
        except KeyError as e:
            log.append("inner caught " + str(e))
            raise
        finally:
            log.append("inner finally")
    except LookupError as e2:
        return "outer caught " + type_name(e2)
    return "not reached"


def type_name(e: Exception) -> str:
    if isinstance(e, KeyError):
        return "KeyError"
    return "?"


def handler_raises() -> str:
    try:
        try:
            risky(1)
        except LangError as e:
            raise ValueError("while handling: " + str(e))
    except ValueError as v:
        return str(v)
    return "none"


def with_resource(name: str, fail: bool, log: list[str]) -> None:
    r = Resource(name, log)
    try:
        if fail:
            raise RuntimeError("work failed on " + name)
        log.append("work " + name)
    finally:
        r.close()


def main(argv: list[str]) -> int:
    for kind in range(7):
        try:
            print(kind, "->", risky(kind))
        except Unwind as u:
            print(kind, "unwind", u.value)
        except LangError as e:
            print(kind, classify(e), str(e))
        except ValueError as e:
            print(kind, "ValueError", e)
        except Exception as e:
            print(kind, classify(e), "|" + str(e) + "|")
    log: list[str] = []
    print(finally_return(log), finally_overrides(), loop_with_finally(log))
    print(nested(log), "/", handler_raises())
    for name, fail in [("a", False), ("b", True), ("", False)]:
        try:
            with_resource(name, fail, log)
        except RuntimeError as e:
            log.append("caught " + str(e))
        except ValueError as e:
            log.append("ctor " + str(e))
    print("; ".join(log))
    e = SyntaxErr("+", 9)
    print(e, "|", e.describe(), "|", e.line)
    errs: list[LangError] = [SyntaxErr("x", 1), NameErr("n", 2)]
    for err in errs:
        print(err)
    k = 0
    while True:
        try:
            k += 1
            if k > 3:
                raise Unwind(k)
        except Unwind as u:
            print("left loop at", u.value)
            break
        else:
            print("iteration", k)
    raise SyntaxErr("EOF", 12)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
