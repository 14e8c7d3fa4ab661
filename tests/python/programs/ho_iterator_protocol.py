class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(5)
print(list(c), list(c), list(reversed(c)), len(c), sum(c), max(c), sorted(c))
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
print(list(zip(c, "abc")), list(enumerate(c, start=10)), dict(zip("xyz", c)))
print(list(map(lambda a, b: a * b, c, [1, 10, 100])), list(filter(lambda v: v % 2, c)))
print(3 in c, 9 in c, list(map(str, c)), "-".join(map(str, reversed(c))))

class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f))

class Sequence:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i] * 2
s = Sequence([1, 2, 3])
print(list(s), 4 in s, [x for x in s if x > 2])

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.rows[r][c] = v
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)
mm = Matrix([[1, 2], [3, 4]])
mm[0, 1] = 20
print(list(mm), mm[1, 0], mm, mm == Matrix([[1, 20], [3, 4]]), mm != mm)
it2 = iter([1, 2, 3])
for x in it2:
    if x == 1:
        print("skip", next(it2))
    else:
        print("got", x)
sentinel_src = iter([4, 5, 0, 6])
print(list(iter(lambda: next(sentinel_src), 0)))
e = enumerate("ab")
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
r = range(10, 0, -3)
print(list(r), r[1], len(r), r.index(4), 7 in r, r[::-1], list(reversed(range(3))))
try:
    zip([1], [1, 2], strict=True).__next__()
    list(zip([1], [1, 2], strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
