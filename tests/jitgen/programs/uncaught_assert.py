"""A failing assert with a message, uncaught, after some output."""


class Stack:
    items: list[int]

    def __init__(self) -> None:
        self.items = []

    def push(self, x: int) -> None:
        self.items.append(x)

    def pop(self) -> int:
        assert len(self.items) > 0, "pop from empty Stack"
        return self.items.pop()


def main(argv: list[str]) -> int:
    s = Stack()
    s.push(1)
    s.push(2)
    print(s.pop() + s.pop())
    print(s.pop())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
