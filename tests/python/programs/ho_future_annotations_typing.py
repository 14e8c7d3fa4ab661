from __future__ import annotations
from typing import Optional, Union, List, Dict, Tuple, Callable, Iterator, Any, TypeVar, Generic, Protocol, Iterable, Sequence
import typing
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(list(s), s.pop(), s.pop(), s.pop())
def apply(f: Callable[[int], int], xs: Sequence[int] = ()) -> List[int]:
    return [f(x) for x in xs]
print(apply(lambda v: v + 1, [1, 2]), apply.__annotations__)
def parse(v: Union[int, str, None]) -> Dict[str, Any]:
    return {"v": v}
print(parse(3))
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hi"
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(En()))
x: int = 5
y: "List[str]"
print(x, __annotations__ if "__annotations__" in dir() else {})
def first(xs: Iterable[T]) -> T:
    for x in xs:
        return x
    raise LookupError("empty")
print(first("abc"), first([3]))


class Node:
    def __init__(self, value: int, next: Optional[Node] = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        node = Node(value)
        tail = self
        while tail.next is not None:
            tail = tail.next
        tail.next = node
        return node

    def values(self) -> list[int]:
        out: list[int] = []
        cur: Optional[Node] = self
        while cur:
            out.append(cur.value)
            cur = cur.next
        return out


head = Node(1)
head.append(2).value += 10
head.append(3)
print(head.values(), Node.append.__annotations__)
