"""A Richards-style OO scheduler: tasks with virtual run() methods pass
packets through inboxes; argv[1] rounds."""


class Packet:
    next: "Packet | None"
    value: int

    def __init__(self, value: int) -> None:
        self.next = None
        self.value = value


class Task:
    next: "Task | None"
    inbox: Packet | None
    runs: int

    def __init__(self) -> None:
        self.next = None
        self.inbox = None
        self.runs = 0

    def push(self, p: Packet) -> None:
        p.next = None
        q = self.inbox
        if q is None:
            self.inbox = p
            return
        while q.next is not None:
            q = q.next
        q.next = p

    def pop(self) -> Packet | None:
        p = self.inbox
        if p is not None:
            self.inbox = p.next
        return p

    def run(self, s: "Scheduler") -> int:
        return 0


class Sender(Task):
    target: int
    seq: int

    def __init__(self, target: int) -> None:
        super().__init__()
        self.target = target
        self.seq = 0

    def run(self, s: "Scheduler") -> int:
        self.seq += 1
        s.tasks[self.target].push(Packet(self.seq))
        return 1


class Relay(Task):
    target: int
    factor: int

    def __init__(self, target: int, factor: int) -> None:
        super().__init__()
        self.target = target
        self.factor = factor

    def run(self, s: "Scheduler") -> int:
        n = 0
        p = self.pop()
        while p is not None:
            p.value = (p.value * self.factor + 7) % 1000003
            s.tasks[self.target].push(p)
            n += 1
            p = self.pop()
        return n


class Sink(Task):
    total: int

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def run(self, s: "Scheduler") -> int:
        n = 0
        p = self.pop()
        while p is not None:
            self.total = (self.total * 31 + p.value) % 1000000007
            n += 1
            p = self.pop()
        return n


class Idle(Task):
    count: int

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def run(self, s: "Scheduler") -> int:
        self.count += 1
        return 0


class Scheduler:
    tasks: list[Task]
    head: Task | None

    def __init__(self) -> None:
        self.tasks = []
        self.head = None

    def add(self, t: Task) -> None:
        self.tasks.append(t)
        t.next = self.head
        self.head = t

    def schedule(self, rounds: int) -> int:
        work = 0
        for _ in range(rounds):
            t = self.head
            while t is not None:
                work += t.run(self)
                t.runs += 1
                t = t.next
        return work


def main(argv: list[str]) -> int:
    rounds = int(argv[1]) if len(argv) > 1 else 1000
    s = Scheduler()
    s.add(Sink())                 # 0
    s.add(Relay(0, 3))            # 1
    s.add(Relay(1, 5))            # 2
    s.add(Relay(2, 11))           # 3
    s.add(Sender(3))              # 4
    s.add(Sender(2))              # 5
    s.add(Idle())                 # 6
    work = s.schedule(rounds)
    sink = s.tasks[0]
    total = sink.total if isinstance(sink, Sink) else -1
    print("work", work, "total", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
