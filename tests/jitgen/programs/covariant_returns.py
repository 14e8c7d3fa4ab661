"""Covariant method returns, setdefault(k, []) typed by the dict, pop errors."""


class Base:
    def make(self) -> "Base":
        return Base()

    def tag(self) -> str:
        return "base"


class Sub(Base):
    def make(self) -> "Sub":
        return Sub()

    def tag(self) -> str:
        return "sub"

    def only_sub(self) -> int:
        return 7


def main(argv: list[str]) -> int:
    groups: dict[str, list[int]] = {}
    for i in range(10):
        groups.setdefault("even" if i % 2 == 0 else "odd", []).append(i)
    for k, v in groups.items():
        print(k, len(v), v[-1])
    s = Sub()
    print(s.make().only_sub(), s.make().tag())
    b: Base = s
    print(b.make().tag())
    try:
        groups.pop("none")
    except KeyError:
        print("KeyError pop")
    xs = [1, 2]
    try:
        xs.pop(-3)
    except IndexError:
        print("IndexError pop(-3)")
    print("odd" in ["even", "odd"], "x" in [])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
