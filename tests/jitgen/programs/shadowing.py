"""Names that shadow other names: globals, functions, loop variables, fields."""

value = 10
LIMIT = 3


def helper(x: int) -> int:
    return x + 1


def uses_global() -> int:
    return value * 2


def shadows_global() -> int:
    value = 5           # a local: the global stays 10
    return value * 2


def shadows_function(helper: int) -> int:
    # The parameter hides the function of the same name.
    return helper * 100


def loop_var_survives() -> int:
    i = -1
    for i in range(4):
        pass
    return i


def loop_var_untouched_by_empty_loop() -> int:
    i = -1
    for i in range(0):
        pass
    return i


def comprehension_scope() -> int:
    x = 99
    ys = [x * 2 for x in range(3)]
    return x + ys[-1]


class Thing:
    value: int
    LIMIT = 7

    def __init__(self, value: int) -> None:
        self.value = value

    def get(self) -> int:
        value = self.value + 1000
        return value

    def limits(self) -> int:
        return LIMIT * 100 + self.LIMIT


def rebinds_param(n: int) -> int:
    n = n * 3
    n += 1
    return n


def loop_shadow() -> int:
    # The loop variable is a local that shadows the global.
    for value in [1, 2]:
        print("loop value", value)
    return value


def main(argv: list[str]) -> int:
    print(uses_global(), shadows_global(), value)
    print(shadows_function(4), helper(4))
    print(loop_var_survives(), loop_var_untouched_by_empty_loop())
    print(comprehension_scope())
    t = Thing(5)
    print(t.get(), t.value, t.limits())
    n = 2
    print(rebinds_param(n), n)
    str_ = "not the builtin"
    print(str(len(str_)))
    print("after loop", loop_shadow(), uses_global(), value)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
