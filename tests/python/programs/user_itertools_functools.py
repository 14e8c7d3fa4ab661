# Scheduling puzzles and reports with itertools and functools.
import itertools
import functools
import operator
from itertools import (product, permutations, combinations, combinations_with_replacement,
                       groupby, chain, accumulate, islice, zip_longest, count, cycle,
                       repeat, starmap, takewhile, dropwhile, filterfalse, compress, tee, pairwise)
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key

print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations([1, 2, 3], 2)), list(permutations("abc"))[:3])
print(list(combinations(range(5), 3))[-2:], list(combinations_with_replacement("xy", 2)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
for letter, group in groupby(data, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print(list(chain([1, 2], (3,), "45")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)), list(islice(cycle("xy"), 5)), list(repeat("z", 3)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [3])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(pairwise("abcd")))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), next(count()), list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else [(0, 1, 2), (3, 4, 5), (6,)])

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda acc, x: acc * x, [1, 2, 3, 4], 10), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
int2 = partial(int, base=2)
print(int2("1011"), int2.func is int, int2.keywords, partial(pow, 2)(10))
greet = partial(lambda greeting, name, punct="!": f"{greeting}, {name}{punct}", "Hello")
print(greet("Ann"), greet("Bob", punct="?"))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n

for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(square.cache_info())

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

@logged
def add(x, y):
    """Add two numbers."""
    return x + y

add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("1.0") > Version("1.0"), Version("2.0") <= Version("2.0"))

def by_len_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=cmp_to_key(by_len_then_reverse_alpha)))
print(sorted(words, key=operator.itemgetter(1, 0)), list(map(operator.attrgetter("real"), [1, 2.5])))
print(operator.methodcaller("upper")("abc"), operator.neg(5), operator.getitem([1, 2, 3], 1), operator.contains("abc", "b"))

teams = ["red", "blue", "green"]
schedule = [f"{h} vs {a}" for h, a in permutations(teams, 2)]
print(schedule)
coins = [1, 5, 10, 25]
ways = sum(1 for combo in combinations_with_replacement(coins, 4) if sum(combo) == 40)
print("ways to make 40 with 4 coins:", ways)
running = list(accumulate(range(1, 11)))
print(running, list(takewhile(lambda t: t < 30, running)))
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {3, 1}]))
cached = functools.cache(lambda n: n * 2)
print(cached(21), cached(21))
