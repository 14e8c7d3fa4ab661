from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering
import itertools
print(reduce(lambda a, b: a * b, range(1, 7)), reduce(lambda a, b: a + b, [], 100))
pow2 = partial(pow, 2); print(pow2(10))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@logged
def add(a, b):
    """adds"""
    return a + b
print(add(2, 3), add.__name__, add.__doc__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.product("ab", repeat=2)), list(itertools.product([1, 2], [3])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.combinations_with_replacement([1, 2], 2)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.compress("abc", [1, 0, 1])))
