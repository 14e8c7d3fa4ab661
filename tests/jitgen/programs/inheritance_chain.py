"""Deep class chains: super() that skips a level, overrides at each level,
class constants looked up through self, isinstance against every level."""


class Base:
    LEVEL = "base"
    log: list[str]

    def __init__(self) -> None:
        self.log = []

    def hello(self) -> str:
        return "Base.hello(" + self.LEVEL + ")"

    def template(self) -> str:
        return "[" + self.step() + "]"

    def step(self) -> str:
        return "base-step"


class Middle(Base):
    LEVEL = "middle"
    extra: int

    def __init__(self, extra: int) -> None:
        super().__init__()
        self.extra = extra
        self.log.append("Middle.__init__")

    def step(self) -> str:
        return "middle-step+" + super().step()


class Leaf(Middle):
    # Does not define hello: super().hello() in Deeper reaches Base.hello.
    LEVEL = "leaf"

    def __init__(self) -> None:
        super().__init__(7)
        self.log.append("Leaf.__init__")


class Deeper(Leaf):
    LEVEL = "deeper"

    def __init__(self) -> None:
        super().__init__()
        self.log.append("Deeper.__init__")

    def hello(self) -> str:
        return "Deeper.hello -> " + super().hello()

    def step(self) -> str:
        return "deeper-step+" + super().step()


class Other(Base):
    def template(self) -> str:
        return "other" + super().template()


def kinds(x: Base) -> str:
    out: list[str] = []
    for name, hit in [("Base", isinstance(x, Base)), ("Middle", isinstance(x, Middle)),
                      ("Leaf", isinstance(x, Leaf)), ("Deeper", isinstance(x, Deeper)),
                      ("Other", isinstance(x, Other)), ("exactly Leaf", type(x) is Leaf)]:
        if hit:
            out.append(name)
    return ",".join(out)


def main(argv: list[str]) -> int:
    objs: list[Base] = [Base(), Middle(1), Leaf(), Deeper(), Other()]
    for o in objs:
        print(o.LEVEL, "|", o.hello(), "|", o.template(), "|", kinds(o), "|", ";".join(o.log))
    d = Deeper()
    print(d.extra, Deeper.LEVEL, Leaf.LEVEL, Middle.LEVEL)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
