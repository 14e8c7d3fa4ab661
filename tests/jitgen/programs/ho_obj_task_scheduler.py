"""A job scheduler: jobs ordered by __lt__ in a hand-written binary heap and
by sorted(), a queue whose truth is its __len__, an undo/redo command stack
with a class per command, errors wrapped with `raise ... from`, exception
__str__ built on super().__str__(), retries with try/except/else/finally in
while loops, a prebuilt global registry mutated at run time, and a
deadline error left uncaught at the end."""
from typing import Optional


class SchedError(Exception):
    job: str

    def __init__(self, job: str, msg: str) -> None:
        super().__init__(msg)
        self.job = job

    def __str__(self) -> str:
        return self.job + ": " + super().__str__()


class Retry(SchedError):
    pass


class Deadline(SchedError):
    def __repr__(self) -> str:
        return "Deadline!" + super().__repr__()


class Job:
    name: str
    priority: int
    seq: int
    cost: int
    tries: int

    def __init__(self, name: str, priority: int, seq: int, cost: int = 1) -> None:
        self.name = name
        self.priority = priority
        self.seq = seq
        self.cost = cost
        self.tries = 0

    def __lt__(self, other: "Job") -> bool:
        if self.priority != other.priority:
            return self.priority > other.priority      # higher priority first
        return self.seq < other.seq

    def __repr__(self) -> str:
        return f"{self.name}/{self.priority}"

    def run(self, clock: int) -> int:
        self.tries += 1
        return clock + self.cost


class FlakyJob(Job):
    fails: int

    def __init__(self, name: str, priority: int, seq: int, fails: int) -> None:
        super().__init__(name, priority, seq, 2)
        self.fails = fails

    def run(self, clock: int) -> int:
        end = super().run(clock)
        if self.tries <= self.fails:
            raise Retry(self.name, f"attempt {self.tries} failed")
        return end


class Heap:
    items: list[Job]

    def __init__(self) -> None:
        self.items = []

    def __len__(self) -> int:
        return len(self.items)

    def push(self, j: Job) -> None:
        xs = self.items
        xs.append(j)
        i = len(xs) - 1
        while i > 0:
            parent = (i - 1) // 2
            if not (xs[i] < xs[parent]):
                break
            xs[i], xs[parent] = xs[parent], xs[i]
            i = parent

    def pop(self) -> Job:
        xs = self.items
        if not xs:
            raise IndexError("pop from an empty heap")
        top = xs[0]
        last = xs.pop()
        if xs:
            xs[0] = last
            i = 0
            n = len(xs)
            while True:
                small = i
                for c in (2 * i + 1, 2 * i + 2):
                    if c < n and xs[c] < xs[small]:
                        small = c
                if small == i:
                    break
                xs[i], xs[small] = xs[small], xs[i]
                i = small
        return top


class Registry:
    done: dict[str, int]
    log: list[str]

    def __init__(self) -> None:
        self.done = {}
        self.log = []


REGISTRY = Registry()


class Command:
    def apply(self, board: list[str]) -> None:
        raise NotImplementedError(type(self).__name__)

    def undo(self, board: list[str]) -> None:
        raise NotImplementedError(type(self).__name__)

    def __eq__(self, other: "Command") -> bool:
        return type(self) is type(other) and self.key() == other.key()

    def key(self) -> str:
        return ""


class Append(Command):
    text: str

    def __init__(self, text: str) -> None:
        self.text = text

    def apply(self, board: list[str]) -> None:
        board.append(self.text)

    def undo(self, board: list[str]) -> None:
        board.pop()

    def key(self) -> str:
        return self.text


class Replace(Command):
    index: int
    text: str
    old: Optional[str]

    def __init__(self, index: int, text: str) -> None:
        self.index = index
        self.text = text
        self.old = None

    def apply(self, board: list[str]) -> None:
        self.old = board[self.index]
        board[self.index] = self.text

    def undo(self, board: list[str]) -> None:
        old = self.old
        assert old is not None, "undo before apply"
        board[self.index] = old

    def key(self) -> str:
        return str(self.index) + "=" + self.text


class Editor:
    board: list[str]
    undo_stack: list[Command]
    redo_stack: list[Command]

    def __init__(self) -> None:
        self.board = []
        self.undo_stack = []
        self.redo_stack = []

    def do(self, c: Command) -> None:
        if self.undo_stack and self.undo_stack[-1] == c:
            REGISTRY.log.append("skip duplicate " + c.key())
            return
        try:
            c.apply(self.board)
        except IndexError as e:
            raise SchedError("editor", "cannot apply " + c.key()) from e
        self.undo_stack.append(c)
        self.redo_stack.clear()

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        c = self.undo_stack.pop()
        c.undo(self.board)
        self.redo_stack.append(c)
        return True

    def redo(self) -> bool:
        if len(self.redo_stack) == 0:
            return False
        c = self.redo_stack.pop()
        c.apply(self.board)
        self.undo_stack.append(c)
        return True


def schedule(jobs: list[Job], limit: int) -> int:
    heap = Heap()
    for j in jobs:
        heap.push(j)
    clock = 0
    while heap:
        j = heap.pop()
        try:
            clock = j.run(clock)
        except Retry as e:
            REGISTRY.log.append(str(e))
            if j.tries < 3:
                j.priority -= 1
                heap.push(j)
                continue
            REGISTRY.log.append("giving up on " + j.name)
        else:
            REGISTRY.done[j.name] = clock
        finally:
            if clock > limit:
                raise Deadline(j.name, f"clock {clock} passed {limit}")
    return clock


def main(argv: list[str]) -> int:
    jobs = [Job("build", 5, 0, 3), FlakyJob("fetch", 9, 1, 2), Job("test", 5, 2, 2),
            Job("lint", 1, 3), FlakyJob("deploy", 7, 4, 5), Job("docs", 5, 5)]
    print(sorted(jobs), sorted(jobs, reverse=True)[0])
    print(jobs[0] < jobs[2], jobs[2] > jobs[0], jobs[3] > jobs[4], jobs[1] < jobs[1])
    print("finished at", schedule(jobs, 100))
    print(REGISTRY.done)
    for line in REGISTRY.log:
        print("  " + line)
    h = Heap()
    print(bool(h), len(h), not h)
    try:
        h.pop()
    except IndexError as e:
        print("empty:", e)

    ed = Editor()
    for c in [Append("a"), Append("b"), Append("b"), Replace(0, "A"), Append("c")]:
        ed.do(c)
    print(ed.board, len(ed.undo_stack))
    while ed.undo():
        print("  undo ->", ed.board)
    print(ed.redo(), ed.redo(), ed.board)
    ed.do(Append("z"))
    print(ed.redo(), ed.board, REGISTRY.log[-1])
    try:
        ed.do(Replace(7, "x"))
    except SchedError as e:
        print("error:", e, repr(e))
    try:
        Command().apply(ed.board)
    except NotImplementedError as e:
        print("abstract:", e)
    late = [Job("a", 1, 0, 40), Job("b", 1, 1, 40), Job("c", 1, 2, 40)]
    try:
        schedule(late, 90)
    except Deadline as e:
        print("deadline:", e, "|", repr(e))
    schedule([Job("last", 1, 0, 500)], 10)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
