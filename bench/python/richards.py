"""A small Richards-like task scheduler: an idle task feeds packets to
devices, handlers bounce them back a few times, a worker consumes them;
the scheduler always runs the highest-priority task with work
(size = packets created by the idle task)."""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, ident, kind):
        self.link = None
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = None
        self.runs = 0

    def has_work(self):
        return self.queue is not None

    def take(self):
        p = self.queue
        self.queue = p.link
        p.link = None
        return p

    def step(self):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority)
        self.count = count

    def has_work(self):
        return self.count > 0

    def step(self):
        self.count -= 1
        target = DEVICE_A if self.count % 2 else DEVICE_B
        self.sched.send(Packet(target, self.count % 3))


class DeviceTask(Task):
    def step(self):
        p = self.take()
        self.sched.holds += 1
        p.ident = HANDLER_A if self.ident == DEVICE_A else HANDLER_B
        self.sched.send(p)


class HandlerTask(Task):
    def step(self):
        p = self.take()
        p.data[p.datum] = (p.datum * 7 + self.ident + p.kind) % 26
        p.datum += 1
        if p.datum < 4:
            p.ident = DEVICE_A if self.ident == HANDLER_A else DEVICE_B
        else:
            p.ident = WORKER
        self.sched.send(p)


class WorkerTask(Task):
    def step(self):
        p = self.take()
        for x in p.data:
            self.sched.checksum = (self.sched.checksum * 31 + x) % 1000003


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.by_id = {}
        self.holds = 0
        self.sends = 0
        self.checksum = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)
        self.by_id[task.ident] = task

    def send(self, packet):
        self.sends += 1
        t = self.by_id[packet.ident]
        if t.queue is None:
            t.queue = packet
        else:
            q = t.queue
            while q.link is not None:
                q = q.link
            q.link = packet

    def run(self):
        steps = 0
        while True:
            for t in self.tasks:
                if t.has_work():
                    t.step()
                    t.runs += 1
                    steps += 1
                    break
            else:
                return steps


def main(n):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, n))
    s.add(WorkerTask(s, WORKER, 1000))
    s.add(HandlerTask(s, HANDLER_A, 2000))
    s.add(HandlerTask(s, HANDLER_B, 3000))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    steps = s.run()
    print(steps, s.sends, s.holds, s.checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
