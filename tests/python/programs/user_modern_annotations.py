# Modern type annotations evaluated at run time: X | None, list[int], dict[str, ...].
from collections import defaultdict, deque, Counter
from dataclasses import dataclass, field


@dataclass
class Task:
    name: str
    priority: int = 0
    tags: list[str] = field(default_factory=list)
    parent: "Task | None" = None
    estimate: float | None = None


def parse_tags(text: str | None) -> list[str]:
    if text is None:
        return []
    return [t.strip() for t in text.split(",") if t.strip()]


def group(tasks: list[Task]) -> dict[str, list[str]]:
    out: defaultdict[str, list[str]] = defaultdict(list)
    for t in tasks:
        for tag in t.tags or ["untagged"]:
            out[tag].append(t.name)
    return dict(out)


def first_estimate(tasks: list[Task]) -> float | None:
    for t in tasks:
        if t.estimate is not None:
            return t.estimate
    return None


root = Task("release", 3, parse_tags("ship, docs"))
tasks = [
    root,
    Task("write docs", 1, parse_tags("docs"), root, 2.5),
    Task("fix bug", 5, parse_tags(" bug ,urgent,"), root),
    Task("coffee", 0, parse_tags(None)),
]
print(group(tasks))
print(first_estimate(tasks), first_estimate(tasks[2:]))
print(parse_tags.__annotations__)
print(group.__annotations__["return"], first_estimate.__annotations__)
print(Task.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], set[frozenset[str]], type[Task])
print(int | None, str | int | None, list[int] | None, (int | str) == (str | int), int | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("x", int | float), issubclass(bool, int | str))
print(deque[int], defaultdict[str, int], Counter[str])
IntList = list[int]
print(IntList([3, 1, 2]), IntList.__origin__, IntList.__args__, list[int] == list[int], list[int] == list[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[3]
except TypeError as e:
    print("TypeError:", e)


class Registry(dict[str, int]):
    def register(self, name: str) -> int:
        self[name] = len(self)
        return self[name]


reg = Registry()
for n in ["a", "b", "a"]:
    reg.register(n)
print(reg, Registry.__mro__[1].__name__, isinstance(reg, dict))
Number = int | float
def total(values: list[Number]) -> Number:
    return sum(v for v in values if isinstance(v, Number))
print(total([1, 2.5, "x", 3]), Number)
