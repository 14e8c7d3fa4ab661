# asyncio: the order of events must not depend on how fast the machine is:
# timers fire by deadline, a long timer waits for busy work to finish, and a
# task spinning on sleep(0) still sees a timer fire.
import asyncio

events = []


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    events.append(name)
    print("woke", name)


async def spinner(flag):
    spins = 0
    while not flag:
        await asyncio.sleep(0)
        spins += 1
    print("spinner saw the flag", spins > 0)


async def set_later(flag, delay):
    await asyncio.sleep(delay)
    flag.append(True)
    print("flag set")


async def ping_pong(n):
    a = asyncio.Queue()
    b = asyncio.Queue()

    async def pinger():
        for i in range(n):
            await a.put(i)
            await b.get()

    async def ponger():
        for i in range(n):
            await a.get()
            await b.put(i)

    await asyncio.gather(pinger(), ponger())
    print("ping-pong done", n)


async def main():
    await asyncio.gather(sleeper("c", 0.03), sleeper("a", 0.01), sleeper("b", 0.02))
    print(events)
    long = asyncio.create_task(sleeper("long", 0.3))
    await ping_pong(300)
    print("long done yet:", long.done())
    flag = []
    await asyncio.gather(spinner(flag), set_later(flag, 0.005))
    await long
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print("loop clock advanced", loop.time() - t0 >= 0.02)
    print(events)


asyncio.run(main())
