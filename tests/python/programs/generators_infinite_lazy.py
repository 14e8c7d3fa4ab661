def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
def take_while_lt(gen, limit):
    for x in gen:
        if x >= limit:
            return
        yield x
print(sum(take_while_lt(primes(), 100)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], (True,))))
def windowed(xs, n):
    for i in range(len(xs) - n + 1):
        yield tuple(xs[i:i + n])
print(list(windowed([1, 2, 3, 4, 5], 3)))
squares = (n * n for n in primes())
print(next(squares), next(squares), next(squares))
