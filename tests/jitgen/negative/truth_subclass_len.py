# expect: 20:8: truth, __len__, Queue
"""The truth of a Task: only its subclass Queue defines __len__, so whether
`if t:` calls it depends on the object, which the static type cannot say."""


class Task:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


class Queue(Task):
    def __len__(self) -> int:
        return 0


def describe(t: Task) -> str:
    # line 20 is the test below
    if t:
        return t.name
    return "empty"


def main(argv: list[str]) -> int:
    print(describe(Task("a")), describe(Queue("q")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
