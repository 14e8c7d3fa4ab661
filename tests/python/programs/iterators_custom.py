class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
print(list(Range2(9)), sum(Range2(5)), 4 in Range2(5), max(Range2(7)))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f), sorted(f, reverse=True)[:3])
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
print(list(map(str.upper, iter(["a", "b"]))), dict(enumerate("xy")))
r = reversed(range(5))
print(next(r), list(r))
print(list(iter(lambda: 7, 7)), next(iter([]), "empty"))
