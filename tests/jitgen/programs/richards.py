"""A small Richards-like scheduler: tasks, packets, a work queue, priorities."""

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
NTASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    link: "Packet | None"
    ident: int
    kind: int
    datum: int
    data: list[int]

    def __init__(self, link: "Packet | None", ident: int, kind: int) -> None:
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue: "Packet | None") -> "Packet":
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class Task:
    link: "Task | None"
    ident: int
    priority: int
    queue: Packet | None
    waiting: bool
    held: bool
    runs: int

    def __init__(self, link: "Task | None", ident: int, priority: int, queue: Packet | None) -> None:
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.runs = 0

    def runnable(self) -> bool:
        return not self.held and (not self.waiting or self.queue is not None)

    def run(self, s: "Scheduler", pkt: Packet | None) -> "Task | None":
        raise NotImplementedError("run")

    def take_packet(self) -> Packet | None:
        p = self.queue
        if p is not None:
            self.queue = p.link
            p.link = None
        return p


class IdleTask(Task):
    seed: int
    count: int

    def __init__(self, link: Task | None, count: int) -> None:
        super().__init__(link, IDLE, 0, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def run(self, s: "Scheduler", pkt: Packet | None) -> Task | None:
        self.count -= 1
        if self.count == 0:
            return s.hold_self(self)
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return s.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    dest: int
    count: int

    def __init__(self, link: Task | None, queue: Packet | None) -> None:
        super().__init__(link, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, s: "Scheduler", pkt: Packet | None) -> Task | None:
        if pkt is None:
            return s.wait(self)
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return s.queue_packet(pkt)


class HandlerTask(Task):
    work: Packet | None
    device: Packet | None

    def __init__(self, link: Task | None, ident: int, queue: Packet | None) -> None:
        super().__init__(link, ident, 2000 + ident, queue)
        self.work = None
        self.device = None

    def run(self, s: "Scheduler", pkt: Packet | None) -> Task | None:
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.device = pkt.append_to(self.device)
        work = self.work
        if work is not None:
            count = work.datum
            if count < 4:
                dev = self.device
                if dev is not None:
                    self.device = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(dev)
            else:
                self.work = work.link
                return s.queue_packet(work)
        return s.wait(self)


class DeviceTask(Task):
    pending: Packet | None

    def __init__(self, link: Task | None, ident: int) -> None:
        super().__init__(link, ident, 4000 + ident, None)
        self.pending = None

    def run(self, s: "Scheduler", pkt: Packet | None) -> Task | None:
        if pkt is None:
            p = self.pending
            if p is None:
                return s.wait(self)
            self.pending = None
            return s.queue_packet(p)
        self.pending = pkt
        s.output.append(chr(pkt.datum))
        return s.hold_self(self)


class Scheduler:
    tasks: list[Task | None]
    head: Task | None
    current: Task | None
    queue_count: int
    hold_count: int
    output: list[str]

    def __init__(self) -> None:
        self.tasks = [None] * NTASKS
        self.head = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.output = []

    def add(self, t: Task) -> None:
        self.tasks[t.ident] = t
        # Keep the list sorted by priority, highest first.
        prev: Task | None = None
        cur = self.head
        while cur is not None and cur.priority > t.priority:
            prev = cur
            cur = cur.link
        t.link = cur
        if prev is None:
            self.head = t
        else:
            prev.link = t

    def find(self, ident: int) -> Task:
        t = self.tasks[ident]
        if t is None:
            raise IndexError("no task " + str(ident))
        return t

    def hold_self(self, t: Task) -> Task | None:
        self.hold_count += 1
        t.held = True
        return t.link

    def release(self, ident: int) -> Task | None:
        t = self.find(ident)
        t.held = False
        cur = self.current
        if cur is not None and t.priority > cur.priority:
            return t
        return cur

    def wait(self, t: Task) -> Task | None:
        t.waiting = True
        return t

    def queue_packet(self, pkt: Packet) -> Task | None:
        t = self.find(pkt.ident)
        self.queue_count += 1
        pkt.link = None
        cur = self.current
        pkt.ident = cur.ident if cur is not None else IDLE
        if t.queue is None:
            t.queue = pkt
            t.waiting = False
            if cur is not None and t.priority > cur.priority:
                return t
            return cur
        t.queue = pkt.append_to(t.queue)
        return self.current

    def schedule(self) -> None:
        self.current = self.head
        t = self.current
        while t is not None:
            if t.waiting and t.queue is not None:
                t.waiting = False
                self.current = t.run(self, t.take_packet())
                t.runs += 1
            elif t.runnable():
                self.current = t.run(self, None)
                t.runs += 1
            else:
                self.current = t.link
            t = self.current


def run_once(count: int) -> Scheduler:
    s = Scheduler()
    s.add(IdleTask(None, count))
    wq: Packet | None = None
    wq = Packet(wq, IDLE, KIND_WORK)
    wq = Packet(wq, IDLE, KIND_WORK)
    s.add(WorkerTask(None, wq))
    for h in [HANDLER_A, HANDLER_B]:
        dq: Packet | None = None
        for i in range(3):
            dq = Packet(dq, h + 2, KIND_DEVICE)
        s.add(HandlerTask(None, h, dq))
    s.add(DeviceTask(None, DEVICE_A))
    s.add(DeviceTask(None, DEVICE_B))
    s.schedule()
    return s


def main(argv: list[str]) -> int:
    for count in [50, 300]:
        s = run_once(count)
        print("count", count, "queued", s.queue_count, "held", s.hold_count)
        print("  output", "".join(s.output[:40]), len(s.output))
        for t in s.tasks:
            if t is not None:
                print("  task", t.ident, "runs", t.runs)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
