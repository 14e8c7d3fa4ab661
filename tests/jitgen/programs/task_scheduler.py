"""A cooperative task scheduler: a binary min-heap keyed by (time, seq)
tuples, tasks as a class hierarchy with class-level constants and
overridden behaviour, super() calls, None-able fields and a trace."""


class Task:
    KIND = "task"
    PRIORITY_BOOST = 0
    name: str
    runs: int
    parent: "Task | None"

    def __init__(self, name: str, parent: "Task | None") -> None:
        self.name = name
        self.runs = 0
        self.parent = parent

    def step(self, sched: "Scheduler", now: int) -> int:
        """Returns the delay before the next run, or -1 when finished."""
        self.runs += 1
        return -1

    def label(self) -> str:
        owner = "" if self.parent is None else "<" + self.parent.name
        return self.KIND + ":" + self.name + owner


class Ticker(Task):
    KIND = "tick"
    period: int
    limit: int

    def __init__(self, name: str, period: int, limit: int) -> None:
        super().__init__(name, None)
        self.period = period
        self.limit = limit

    def step(self, sched: "Scheduler", now: int) -> int:
        super().step(sched, now)
        sched.log("tick " + self.name + " #" + str(self.runs) + " @" + str(now))
        if self.runs >= self.limit:
            return -1
        return self.period


class Spawner(Ticker):
    KIND = "spawn"
    PRIORITY_BOOST = 1
    children: list[Task]

    def __init__(self, name: str, period: int, limit: int) -> None:
        super().__init__(name, period, limit)
        self.children = []

    def step(self, sched: "Scheduler", now: int) -> int:
        delay = super().step(sched, now)
        child = Worker(self.name + "." + str(self.runs), self, self.runs * 2)
        self.children.append(child)
        sched.add(child, now + 1)
        return delay


class Worker(Task):
    KIND = "work"
    budget: int

    def __init__(self, name: str, parent: Task, budget: int) -> None:
        Task.__init__(self, name, parent)
        self.budget = budget

    def step(self, sched: "Scheduler", now: int) -> int:
        Task.step(self, sched, now)
        self.budget -= 1
        if self.budget <= 0:
            sched.log("done " + self.label() + " after " + str(self.runs))
            return -1
        return 3


class Scheduler:
    heap: list[tuple[int, int, Task]]
    seq: int
    trace: list[str]
    now: int

    def __init__(self) -> None:
        self.heap = []
        self.seq = 0
        self.trace = []
        self.now = 0

    def log(self, s: str) -> None:
        self.trace.append(s)

    def less(self, a: tuple[int, int, Task], b: tuple[int, int, Task]) -> bool:
        if a[0] != b[0]:
            return a[0] < b[0]
        return a[1] < b[1]

    def add(self, t: Task, when: int) -> None:
        # a boost makes a task win ties against earlier-queued ones
        self.seq += 1
        entry = (when, self.seq - 1000 * t.PRIORITY_BOOST, t)
        self.heap.append(entry)
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.less(self.heap[i], self.heap[parent]):
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def pop(self) -> tuple[int, int, Task]:
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            i = 0
            n = len(self.heap)
            while True:
                l = 2 * i + 1
                r = l + 1
                m = i
                if l < n and self.less(self.heap[l], self.heap[m]):
                    m = l
                if r < n and self.less(self.heap[r], self.heap[m]):
                    m = r
                if m == i:
                    break
                self.heap[i], self.heap[m] = self.heap[m], self.heap[i]
                i = m
        return top

    def run(self, until: int) -> int:
        steps = 0
        while self.heap:
            when, _, task = self.pop()
            if when > until:
                self.log("stop at " + str(when))
                break
            self.now = when
            steps += 1
            delay = task.step(self, when)
            if delay >= 0:
                self.add(task, when + delay)
        return steps


def main(argv: list[str]) -> int:
    s = Scheduler()
    s.add(Ticker("a", 5, 4), 0)
    s.add(Ticker("b", 7, 3), 0)
    sp = Spawner("sp", 6, 3)
    s.add(sp, 2)
    steps = s.run(40)
    for line in s.trace:
        print(line)
    print("steps", steps, "left", len(s.heap), "now", s.now)
    for c in sp.children:
        print(c.label(), c.runs, Task.KIND, c.KIND, sp.PRIORITY_BOOST, c.PRIORITY_BOOST)
    t: Task = sp
    print(t.label(), isinstance(t, Ticker), isinstance(t, Worker), type(t) is Spawner, type(t) is Ticker)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
