records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = "The quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: v * v, reverse=True))
xs = list(range(20, 0, -1)); xs.sort(key=lambda v: v % 5); print(xs)
print(sorted([2.5, 1, 3.0, -1.5]), sorted(["b", "A", "a", "B"]))
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-5:], big.index(max(big)))
class Item:
    def __init__(self, k):
        self.k = k
items = [Item(3), Item(1), Item(2)]
items.sort(key=lambda it: it.k)
print([it.k for it in items])
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
