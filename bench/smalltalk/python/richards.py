"""Richards: an operating-system task scheduler simulation."""

IDLER, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NUM_TYPES = 6
DEVICE_PACKET_KIND = 0
WORK_PACKET_KIND = 1
DATA_SIZE = 4


def append(packet, queue_head):
    packet.link = None
    if queue_head is None:
        return packet
    mouse = queue_head
    while mouse.link is not None:
        mouse = mouse.link
    mouse.link = packet
    return queue_head


class Packet:
    def __init__(self, link, identity, kind):
        self.link = link
        self.identity = identity
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE


class DeviceTaskDataRecord:
    def __init__(self):
        self.pending = None


class HandlerTaskDataRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class IdleTaskDataRecord:
    def __init__(self):
        self.control = 1
        self.count = 10000


class WorkerTaskDataRecord:
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class TaskState:
    def __init__(self, packet_pending, task_waiting, task_holding):
        self.packet_pending = packet_pending
        self.task_waiting = task_waiting
        self.task_holding = task_holding

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class TaskControlBlock(TaskState):
    def __init__(self, link, identity, priority, work, state, fn, data):
        TaskState.__init__(self, state.packet_pending, state.task_waiting, state.task_holding)
        self.link = link
        self.identity = identity
        self.priority = priority
        self.input = work
        self.fn = fn
        self.data = data

    def add_input_and_check_priority(self, packet, old_task):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            self.input = append(packet, self.input)
        return old_task

    def run_task(self):
        if self.is_waiting_with_packet():
            message = self.input
            self.input = message.link
            if self.input is None:
                self.packet_pending = self.task_waiting = self.task_holding = False
            else:
                self.packet_pending = True
                self.task_waiting = self.task_holding = False
        else:
            message = None
        return self.fn(message, self.data)


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.current_task = None
        self.current_task_identity = 0
        self.task_table = [None] * NUM_TYPES
        self.queue_packet_count = 0
        self.hold_count = 0

    def create_task(self, identity, priority, work, state, fn, data):
        t = TaskControlBlock(self.task_list, identity, priority, work, state, fn, data)
        self.task_list = t
        self.task_table[identity] = t

    def device_fn(self, work, record):
        if work is None:
            work = record.pending
            if work is None:
                return self.mark_waiting()
            record.pending = None
            return self.queue_packet(work)
        record.pending = work
        return self.hold_self()

    def handler_fn(self, work, record):
        if work is not None:
            if work.kind == WORK_PACKET_KIND:
                record.work_in = append(work, record.work_in)
            else:
                record.device_in = append(work, record.device_in)
        if record.work_in is None:
            return self.mark_waiting()
        work_packet = record.work_in
        count = work_packet.datum
        if count >= DATA_SIZE:
            record.work_in = work_packet.link
            return self.queue_packet(work_packet)
        if record.device_in is None:
            return self.mark_waiting()
        device_packet = record.device_in
        record.device_in = device_packet.link
        device_packet.datum = work_packet.data[count]
        work_packet.datum = count + 1
        return self.queue_packet(device_packet)

    def idler_fn(self, work, record):
        record.count -= 1
        if record.count == 0:
            return self.hold_self()
        if (record.control & 1) == 0:
            record.control = record.control // 2
            return self.release(DEVICE_A)
        record.control = (record.control // 2) ^ 53256
        return self.release(DEVICE_B)

    def worker_fn(self, work, record):
        if work is None:
            return self.mark_waiting()
        record.destination = HANDLER_B if record.destination == HANDLER_A else HANDLER_A
        work.identity = record.destination
        work.datum = 0
        for i in range(DATA_SIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            work.data[i] = 65 + record.count - 1
        return self.queue_packet(work)

    def start(self):
        self.create_task(IDLER, 0, None, TaskState(False, False, False),
                         self.idler_fn, IdleTaskDataRecord())
        wq = Packet(None, WORKER, WORK_PACKET_KIND)
        wq = Packet(wq, WORKER, WORK_PACKET_KIND)
        self.create_task(WORKER, 1000, wq, TaskState(True, True, False),
                         self.worker_fn, WorkerTaskDataRecord())
        wq = Packet(None, DEVICE_A, DEVICE_PACKET_KIND)
        wq = Packet(wq, DEVICE_A, DEVICE_PACKET_KIND)
        wq = Packet(wq, DEVICE_A, DEVICE_PACKET_KIND)
        self.create_task(HANDLER_A, 2000, wq, TaskState(True, True, False),
                         self.handler_fn, HandlerTaskDataRecord())
        wq = Packet(None, DEVICE_B, DEVICE_PACKET_KIND)
        wq = Packet(wq, DEVICE_B, DEVICE_PACKET_KIND)
        wq = Packet(wq, DEVICE_B, DEVICE_PACKET_KIND)
        self.create_task(HANDLER_B, 3000, wq, TaskState(True, True, False),
                         self.handler_fn, HandlerTaskDataRecord())
        self.create_task(DEVICE_A, 4000, None, TaskState(False, True, False),
                         self.device_fn, DeviceTaskDataRecord())
        self.create_task(DEVICE_B, 5000, None, TaskState(False, True, False),
                         self.device_fn, DeviceTaskDataRecord())
        self.schedule()
        return self.queue_packet_count == 23246 and self.hold_count == 9297

    def schedule(self):
        self.current_task = self.task_list
        while self.current_task is not None:
            if self.current_task.is_task_holding_or_waiting():
                self.current_task = self.current_task.link
            else:
                self.current_task_identity = self.current_task.identity
                self.current_task = self.current_task.run_task()

    def hold_self(self):
        self.hold_count += 1
        self.current_task.task_holding = True
        return self.current_task.link

    def queue_packet(self, packet):
        t = self.task_table[packet.identity]
        self.queue_packet_count += 1
        packet.link = None
        packet.identity = self.current_task_identity
        return t.add_input_and_check_priority(packet, self.current_task)

    def release(self, identity):
        t = self.task_table[identity]
        t.task_holding = False
        if t.priority > self.current_task.priority:
            return t
        return self.current_task

    def mark_waiting(self):
        self.current_task.task_waiting = True
        return self.current_task


class Richards:
    def benchmark(self):
        return Scheduler().start()

    def verify_result(self, result):
        return result is True
