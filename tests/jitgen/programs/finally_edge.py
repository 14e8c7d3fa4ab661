"""The corners of try/finally: what wins when return, raise, break and
continue meet, and where exceptions raised in else/except/finally go."""


class E1(Exception):
    pass


class E2(Exception):
    pass


class Log:
    items: list[str]

    def __init__(self) -> None:
        self.items = []

    def add(self, s: str) -> None:
        self.items.append(s)


def raise_beats_return(log: Log) -> int:
    try:
        return 1
    finally:
        log.add("finally raises")
        raise E1("from finally")


def break_swallows(log: Log) -> str:
    for i in range(3):
        try:
            raise E1("swallowed " + str(i))
        finally:
            log.add("break at " + str(i))
            break
    return "after loop"


def continue_in_finally(log: Log) -> int:
    n = 0
    for i in range(4):
        try:
            if i == 2:
                raise E2("skipped")
            n += 10
        finally:
            n += 1
            continue
    return n


def else_raises_past_handlers(log: Log) -> str:
    try:
        try:
            log.add("body ok")
        except E1:
            log.add("wrong handler")
        else:
            raise E1("from else")
    except E1 as e:
        return "outer caught " + str(e)
    return "nothing"


def handler_raises_same_type(log: Log) -> str:
    try:
        try:
            raise E1("first")
        except E1:
            log.add("handling first")
            raise E1("second")
        finally:
            log.add("inner finally")
    except E1 as e:
        return "outer got " + str(e)


def return_in_except_with_finally(log: Log, fail: bool) -> str:
    try:
        if fail:
            raise E2("x")
        return "try"
    except E2:
        return "except"
    finally:
        log.add("finally(" + str(fail) + ")")


def loop_counter_after_finally(log: Log) -> int:
    i = 0
    while True:
        try:
            i += 1
            if i == 5:
                return i * 100
        finally:
            if i == 5:
                log.add("leaving at 5")


def main(argv: list[str]) -> int:
    log = Log()
    try:
        print(raise_beats_return(log))
    except E1 as e:
        print("caught", str(e))
    print(break_swallows(log))
    print(continue_in_finally(log))
    print(else_raises_past_handlers(log))
    print(handler_raises_same_type(log))
    print(return_in_except_with_finally(log, False), return_in_except_with_finally(log, True))
    print(loop_counter_after_finally(log))
    for item in log.items:
        print(" ", item)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
