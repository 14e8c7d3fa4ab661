"""finally with return, break and continue, nested several levels deep."""


class Log:
    items: list[str]

    def __init__(self) -> None:
        self.items = []

    def add(self, s: str) -> None:
        self.items.append(s)

    def take(self) -> str:
        s = " ".join(self.items)
        self.items = []
        return s


def return_in_try(log: Log) -> int:
    try:
        log.add("try")
        return 1
    finally:
        log.add("finally")


def return_overridden(log: Log) -> int:
    try:
        return 1
    finally:
        log.add("finally returns 2")
        return 2


def finally_swallows(log: Log) -> str:
    try:
        raise ValueError("lost")
    finally:
        log.add("swallowing")
        return "swallowed"


def nested_returns(log: Log) -> int:
    try:
        try:
            log.add("inner try")
            return 10
        finally:
            log.add("inner finally")
    finally:
        log.add("outer finally")


def break_in_try(log: Log) -> int:
    total = 0
    for i in range(10):
        try:
            if i == 3:
                break
            total += i
        finally:
            log.add("f" + str(i))
    return total


def continue_in_try(log: Log) -> int:
    total = 0
    i = 0
    while i < 5:
        i += 1
        try:
            if i % 2 == 0:
                continue
            total += i
        finally:
            log.add("c" + str(i))
    return total


def exception_through_finally(log: Log) -> str:
    try:
        try:
            raise KeyError("k")
        finally:
            log.add("cleanup")
    except KeyError:
        log.add("caught")
    return "done"


def return_value_evaluated_before_finally(log: Log) -> int:
    x = [1]
    try:
        return x[0]
    finally:
        x[0] = 99
        log.add("mutated " + str(x[0]))


def loop_with_finally_and_return(log: Log, stop: int) -> int:
    for i in range(5):
        try:
            try:
                if i == stop:
                    return i * 100
            finally:
                log.add("in" + str(i))
        finally:
            log.add("out" + str(i))
    return -1


def else_and_finally(log: Log, fail: bool) -> None:
    try:
        if fail:
            raise ValueError("x")
        log.add("body")
    except ValueError:
        log.add("except")
    else:
        log.add("else")
    finally:
        log.add("finally")


def main(argv: list[str]) -> int:
    log = Log()
    print(return_in_try(log), log.take())
    print(return_overridden(log), log.take())
    print(finally_swallows(log), log.take())
    print(nested_returns(log), log.take())
    print(break_in_try(log), log.take())
    print(continue_in_try(log), log.take())
    print(exception_through_finally(log), log.take())
    print(return_value_evaluated_before_finally(log), log.take())
    print(loop_with_finally_and_return(log, 2), log.take())
    print(loop_with_finally_and_return(log, 9), log.take())
    else_and_finally(log, False)
    else_and_finally(log, True)
    print(log.take())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
