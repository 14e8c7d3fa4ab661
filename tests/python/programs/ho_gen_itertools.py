import itertools as it

def read_records():
    data = "a:3,b:1,a:4,c:1,b:5,a:9,c:2,b:6"
    for item in data.split(","):
        k, v = item.split(":")
        yield k, int(v)

def running_total(pairs):
    total = 0
    for k, v in pairs:
        total += v
        yield k, v, total

for row in running_total(read_records()):
    print(*row)

recs = sorted(read_records())
for key, grp in it.groupby(recs, key=lambda kv: kv[0]):
    vals = [v for _, v in grp]
    print(key, vals, sum(vals))

print(list(it.islice(it.count(10, 5), 4)))
print(list(it.chain([1, 2], "ab", range(2))))
print(list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("xy", 2)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("z", 3)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
cyc = it.cycle("xy")
print([next(cyc) for _ in range(5)])
a, b = it.tee(iter(range(3)))
print(list(a), list(b))
print(list(it.pairwise("abcd")))

def primes():
    found = []
    for n in it.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(it.islice(primes(), 15)))
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))

def chunks(seq, n):
    it_ = iter(seq)
    while True:
        chunk = list(it.islice(it_, n))
        if not chunk:
            return
        yield chunk

print(list(chunks(range(10), 3)))

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))
g = running_total(iter([("q", 1)]))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(sum(1 for _ in it.filterfalse(None, [0, 1, "", "a", None])))
