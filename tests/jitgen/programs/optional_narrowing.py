"""X | None values and the narrowing tests that make them usable."""
from typing import Optional


class Node:
    value: int
    next: "Node | None"

    def __init__(self, value: int, next: "Node | None") -> None:
        self.value = value
        self.next = next


class Tree:
    key: str
    left: Optional["Tree"]
    right: Optional["Tree"]

    def __init__(self, key: str) -> None:
        self.key = key
        self.left = None
        self.right = None


def insert(t: Tree | None, key: str) -> Tree:
    if t is None:
        return Tree(key)
    if key < t.key:
        t.left = insert(t.left, key)
    elif key > t.key:
        t.right = insert(t.right, key)
    return t


def inorder(t: Tree | None, out: list[str]) -> None:
    if t is not None:
        inorder(t.left, out)
        out.append(t.key)
        inorder(t.right, out)


def find(t: Tree | None, key: str) -> Tree | None:
    while t is not None:
        if key == t.key:
            return t
        t = t.left if key < t.key else t.right
    return None


def build(n: int) -> Node | None:
    head: Node | None = None
    for i in range(n):
        head = Node(i, head)
    return head


def length(n: Node | None) -> int:
    count = 0
    while n is not None:
        count += 1
        n = n.next
    return count


def first_word(s: str) -> str | None:
    words = s.split()
    if len(words) == 0:
        return None
    return words[0]


class Animal:
    def sound(self) -> str:
        return "..."


class Dog(Animal):
    tricks: list[str]

    def __init__(self) -> None:
        self.tricks = ["sit"]

    def sound(self) -> str:
        return "woof"


def describe(a: Animal | None) -> str:
    if a is None:
        return "nothing"
    if isinstance(a, Dog):
        return a.sound() + " knows " + ",".join(a.tricks)
    return a.sound()


def main(argv: list[str]) -> int:
    t: Tree | None = None
    for w in "m d q a f z n b".split():
        t = insert(t, w)
    out: list[str] = []
    inorder(t, out)
    print(" ".join(out))
    hit = find(t, "f")
    assert hit is not None
    print("found", hit.key, hit.left is None, hit.right is None)
    print("missing", find(t, "k") is None)
    head = build(5)
    print(length(head), length(None))
    if head is not None:
        second = head.next
        if second is not None:
            print(head.value, second.value)
    for s in ["hello world", "   ", ""]:
        w = first_word(s)
        if w is None:
            print("no word in", repr(s))
        else:
            print("first word", w, len(w))
    print(describe(None), describe(Animal()), describe(Dog()))
    maybe: str | None = None
    for s in ["x", "yy"]:
        if maybe is None:
            maybe = s
        else:
            maybe = maybe + s
    print(maybe)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
