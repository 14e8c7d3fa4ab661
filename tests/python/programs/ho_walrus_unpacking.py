import re
data = [3, 8, 1, 9, 4, 7]
if (n := len(data)) > 5:
    print(f"list too long ({n} elements)")
first, *middle, last = data
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = range(4)
print(init, end)
(a, b), c, [d, *e] = (1, 2), 3, [4, 5, 6]
print(a, b, c, d, e)
for i, (name, *scores) in enumerate([("ann", 90, 85), ("bob", 70), ("cid",)]):
    print(i, name, scores, sum(scores) / len(scores) if scores else None)
print([*range(3), *"ab", *{"k": 1}])
print({**{"a": 1}, "b": 2, **dict(c=3)})
print(*(x ** 2 for x in range(4)), sep=", ")
lines = ["x=1", "junk", "y = 22", "z=333", ""]
pat = re.compile(r"(\w+)\s*=\s*(\d+)")
parsed = {m.group(1): int(m.group(2)) for line in lines if (m := pat.match(line))}
print(parsed)
values = [y for x in data if (y := x * 2) > 8]
print(values, y)
stream = iter([5, 3, 0, 7])
total = 0
while (chunk := next(stream, None)) is not None:
    if chunk == 0:
        print("zero chunk; stop")
        break
    total += chunk
print("total", total)
def stats(*nums, scale=1, **opts):
    lo, *_, hi = sorted(nums)
    return lo * scale, hi * scale, sorted(opts)
print(stats(4, 1, 9, 2, scale=10, verbose=True, mode="x"))
args = (1, 2)
kwargs = {"scale": 3}
print(stats(*args, 7, **kwargs))
x, y = y, x = 1, 2
print(x, y)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
try:
    p, q = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    p, q, r = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    p, *q, r = [1]
except ValueError as err:
    print("ValueError:", err)
print([(k, v) for k, v in sorted({"b": 2, "a": 1}.items())])
print(any((hit := w).startswith("q") for w in ["apple", "quince", "pear"]), hit)
