# expect: 13:5: default, bullet
"""An override with another default value: a call through the base type
fills the omitted argument with the base's default, where Python would use
the override's."""


class Base:
    def render(self, bullet: str = "-") -> str:
        return bullet + " base"


class Child(Base):
    def render(self, bullet: str = "*") -> str:
        return bullet + " child"


def main(argv: list[str]) -> int:
    items: list[Base] = [Base(), Child()]
    for it in items:
        print(it.render())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
