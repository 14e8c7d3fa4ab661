t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1:], t + (4,), t * 2, len(t), t.index(2), t.count(1))
x, *rest = [1, 2, 3, 4]; print(x, rest)
*init, last = "abcd"; print(init, last)
p, (q, r) = 1, (2, 3); print(p, q, r)
a, b = b, a; print(a, b)
first, *mid, end = range(6); print(first, mid, end)
print((1,), (), tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
def f():
    return 1, 2
print(f(), type(f()).__name__)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
print([*range(3), *"ab"], (*[1, 2],), {**{"a": 1}, "b": 2})
