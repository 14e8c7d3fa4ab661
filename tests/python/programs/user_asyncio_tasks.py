# asyncio: gather, tasks, timeouts, queues, locks, events, semaphores, cancellation.
import asyncio
import time


async def fetch(name, delay, fail=False):
    print(f"start {name}")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"end {name}")
    return name.upper()


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, results):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        results.append(item * item)
        print("got", item)


async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(fetch("a", 0.03), fetch("b", 0.01), fetch("c", 0.02))
    print(results, time.perf_counter() >= t0)
    mixed = await asyncio.gather(fetch("ok", 0.01), fetch("bad", 0.005, True), return_exceptions=True)
    print([type(r).__name__ for r in mixed], mixed[1])
    try:
        await asyncio.gather(fetch("x", 0.01, True), fetch("y", 0.02))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.03)
    task = asyncio.create_task(fetch("task", 0.01))
    print("task created", task.done())
    print("task result", await task, task.done())
    try:
        await asyncio.wait_for(fetch("slow", 1.0), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q, 3), consumer(q, out))
    print(out)
    lock = asyncio.Lock()
    order = []

    async def worker(i):
        async with lock:
            order.append(f"in{i}")
            await asyncio.sleep(0.001)
            order.append(f"out{i}")

    await asyncio.gather(*(worker(i) for i in range(3)))
    print(order)
    ev = asyncio.Event()

    async def waiter():
        print("waiting for event")
        await ev.wait()
        print("event seen")

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    # tasks made first: as_completed puts its arguments in a set
    tp = asyncio.create_task(fetch("p", 0.02))
    tq = asyncio.create_task(fetch("q", 0.01))
    for coro in asyncio.as_completed([tp, tq]):
        print("completed", await coro)
    done, pending = await asyncio.wait([asyncio.create_task(fetch("w1", 0.01)), asyncio.create_task(fetch("w2", 0.05))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()
    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            print("active", len(active))
            await asyncio.sleep(0.001)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(4)))
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    return "main done"


print(asyncio.run(main()))
