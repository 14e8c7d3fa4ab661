# Async generators: async for, async comprehensions, asend/aclose, anext with a default.
import asyncio


async def countdown(n, delay=0.001):
    try:
        while n > 0:
            await asyncio.sleep(delay)
            yield n
            n -= 1
    finally:
        print("countdown cleanup")


async def squares(src):
    async for v in src:
        yield v * v


async def main():
    async for v in countdown(3):
        print("tick", v)
    print([x async for x in squares(countdown(4))])
    gen = countdown(5)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    agen = countdown(2)
    print(type(agen).__name__, await anext(agen), await anext(agen, "dflt"))
    async for v in agen:
        print("rest", v)


def manual():
    async def ag():
        yield 1
        yield 2
    g = ag()
    aw = g.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        print("first value", e.value)
    aw2 = g.asend(None)
    try:
        aw2.send(None)
    except StopIteration as e:
        print("second value", e.value)
    try:
        g.__anext__().send(None)
    except StopAsyncIteration:
        print("StopAsyncIteration")


manual()
asyncio.run(main())
