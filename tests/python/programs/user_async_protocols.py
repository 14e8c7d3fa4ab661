# Coroutines driven by hand: async for, async with, await on custom awaitables.
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class Res:
    async def __aenter__(self):
        print("enter")
        return "res"
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False
class Yielder:
    def __await__(self):
        v = yield "suspend"
        return v * 2
async def inner(x):
    r = await Yielder()
    return x + r
async def main():
    total = 0
    async for v in Ticker(3):
        total += v
    async with Res() as r:
        print("inside", r)
    got = await inner(1)
    return total, got, [v async for v in Ticker(2)]
c = main()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("done", e.value)
async def boom():
    raise ValueError("bad")
b = boom()
try:
    b.send(None)
except ValueError as e:
    print("ValueError", e)
