from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
    note: str = field(default="n", init=False)
    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"negative qty for {self.name}")
@dataclass(frozen=True)
class F:
    a: int
    b: int = 2
print(Item("x"), Item("y", 2, ["t"]), F(1), Item("a").tags is not Item("b").tags)
for args in [(), (1, 2, 3, 4)]:
    try:
        Item(*args)
    except TypeError as e:
        print(e)
try:
    F(1).a = 3
except Exception as e:
    print(type(e).__name__, e)
def build(n):
    return Item("bad", n)
build(-1)
