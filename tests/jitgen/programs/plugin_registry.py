"""Prebuilt objects as an interpreter sets them up at import time: a
registry instance in a global, handlers stored as Callable fields and in
dicts, class constants that are prebuilt instances, counters mutated at run
time inside prebuilt objects, and for/while loops with else clauses."""
from typing import Callable


class Unit:
    name: str
    factor: float

    def __init__(self, name: str, factor: float) -> None:
        self.name = name
        self.factor = factor


class Quantity:
    METER = Unit("m", 1.0)
    KILOMETER = Unit("km", 1000.0)
    MILE = Unit("mi", 1609.344)
    value: float
    unit: Unit

    def __init__(self, value: float, unit: Unit) -> None:
        self.value = value
        self.unit = unit

    def to(self, other: Unit) -> "Quantity":
        return Quantity(self.value * self.unit.factor / other.factor, other)

    def show(self) -> str:
        return str(round_to(self.value, 3)) + " " + self.unit.name


def round_to(x: float, digits: int) -> float:
    p = 1.0
    for _ in range(digits):
        p *= 10.0
    # round half away from zero, on the scaled value
    scaled = x * p
    n = int(scaled + 0.5) if scaled >= 0 else -int(-scaled + 0.5)
    return n / p


class Handler:
    name: str
    fn: Callable[[list[str]], str]
    calls: int

    def __init__(self, name: str, fn: Callable[[list[str]], str]) -> None:
        self.name = name
        self.fn = fn
        self.calls = 0


class Registry:
    handlers: dict[str, Handler]
    aliases: dict[str, str]
    history: list[str]

    def __init__(self) -> None:
        self.handlers = {}
        self.aliases = {}
        self.history = []

    def register(self, name: str, fn: Callable[[list[str]], str], alias: str = "") -> None:
        self.handlers[name] = Handler(name, fn)
        if alias:
            self.aliases[alias] = name

    def dispatch(self, line: str) -> str:
        words = line.split()
        if not words:
            return "empty"
        name = self.aliases.get(words[0], words[0])
        h = self.handlers.get(name)
        if h is None:
            return "unknown command " + repr(words[0])
        h.calls += 1
        self.history.append(name)
        return h.fn(words[1:])


def cmd_echo(args: list[str]) -> str:
    return " ".join(args)


def cmd_sum(args: list[str]) -> str:
    total = 0
    for a in args:
        try:
            total += int(a)
        except ValueError:
            return "not a number: " + a
    else:
        return "sum=" + str(total)


def cmd_convert(args: list[str]) -> str:
    if len(args) != 3:
        return "usage: convert VALUE FROM TO"
    units = {"m": Quantity.METER, "km": Quantity.KILOMETER, "mi": Quantity.MILE}
    src = units.get(args[1])
    dst = units.get(args[2])
    if src is None or dst is None:
        return "unknown unit"
    q = Quantity(float(args[0]), src)
    return q.show() + " = " + q.to(dst).show()


def cmd_find(args: list[str]) -> str:
    haystack = ["alpha", "beta", "gamma", "delta"]
    for i, w in enumerate(haystack):
        if w.startswith(args[0] if args else "?"):
            found = w + "@" + str(i)
            break
    else:
        found = "none"
    return found


def cmd_stats(args: list[str]) -> str:
    parts = []
    for name in sorted(REGISTRY.handlers):
        h = REGISTRY.handlers[name]
        if h.calls:
            parts.append(name + ":" + str(h.calls))
    return ", ".join(parts)


REGISTRY = Registry()
REGISTRY.register("echo", cmd_echo, "say")
REGISTRY.register("sum", cmd_sum, "+")
REGISTRY.register("convert", cmd_convert)
REGISTRY.register("find", cmd_find, "f")
REGISTRY.register("stats", cmd_stats)

TABLE: dict[str, Callable[[list[str]], str]] = {"e": cmd_echo, "s": cmd_sum}


def main(argv: list[str]) -> int:
    script = ["say hello world", "sum 1 2 3", "+ 4 x", "convert 5 km mi", "convert 26.2 mi km",
              "convert 1 m parsec", "convert", "f ga", "find zz", "nope", "", "echo  spaced   out ",
              "stats"]
    for line in script:
        print(repr(line), "->", REGISTRY.dispatch(line))
    print(TABLE["e"](["direct", "call"]), TABLE["s"](["10", "-3"]))
    print(len(REGISTRY.history), REGISTRY.history[-1], REGISTRY.handlers["sum"].calls)
    n = 0
    while n < 3:
        n += 1
    else:
        print("while finished normally at", n)
    while True:
        n -= 1
        if n == 0:
            break
    else:
        print("not printed")
    print(Quantity.MILE.name, Quantity(1.0, Quantity.MILE).to(Quantity.METER).show(), round_to(-2.5, 0), round_to(2.675, 2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
