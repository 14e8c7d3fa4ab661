def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count, counts
c, store = counter_factory()
for w in "a b a c a".split():
    c(w)
print(store)
def make_multipliers():
    return [lambda x, m=m: x * m for m in range(1, 4)]
print([f(10) for f in make_multipliers()])
val = "module"
class Scope:
    val = "class"
    def method(self):
        return val
    lst = [val for _ in range(2)]
print(Scope().method(), Scope.lst)
def shadowing(list):
    return list * 2
print(shadowing(3), list("ab"))
def recursive_closure(n):
    def go(k):
        return 1 if k <= 1 else k * go(k - 1)
    return go(n)
print(recursive_closure(10))
