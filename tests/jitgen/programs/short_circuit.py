"""and/or/not short-circuit, and the values that and/or return."""


class Probe:
    calls: list[str]

    def __init__(self) -> None:
        self.calls = []

    def t(self, name: str) -> bool:
        self.calls.append(name)
        return True

    def f(self, name: str) -> bool:
        self.calls.append(name)
        return False

    def report(self) -> str:
        s = ",".join(self.calls)
        self.calls = []
        return s


class Item:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


def find(items: list[Item], name: str) -> Item | None:
    for it in items:
        if it.name == name:
            return it
    return None


def safe_div(a: int, b: int) -> bool:
    return b != 0 and a // b > 1


def main(argv: list[str]) -> int:
    p = Probe()
    print(p.f("a") and p.t("b"), p.report())
    print(p.t("a") and p.f("b") and p.t("c"), p.report())
    print(p.t("a") or p.t("b"), p.report())
    print(p.f("a") or p.f("b") or p.t("c") or p.t("d"), p.report())
    print(not p.f("a") and p.t("b"), p.report())
    print((p.f("a") or p.t("b")) and (p.t("c") or p.t("d")), p.report())
    print(p.t("x") if p.f("cond") else p.f("y"), p.report())
    print(safe_div(10, 0), safe_div(10, 3), safe_div(3, 10))
    items = [Item("a"), Item("b")]
    it = find(items, "b")
    print(it is not None and it.name == "b")
    missing = find(items, "z")
    print(missing is None or missing.name == "never evaluated")
    name = ""
    print(repr(name or "anonymous"), repr("given" or "anonymous"), repr(name and "x"))
    n = 0
    print(n or 42, 7 or 42, n and 5, 3 and 5)
    xs: list[int] = []
    print(len(xs) > 0 and xs[0] > 0)
    i = 0
    while i < 10 and (i * i < 20 or i == 100):
        i += 1
    print(i)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
