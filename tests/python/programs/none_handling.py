def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None
r = find([1, 2, 3], 5)
print(r, r is None, find([1, 2, 3], 2))
values = [3, None, 7, None, 1]
print([v for v in values if v is not None], sum(v or 0 for v in values))
print(sorted(values, key=lambda v: (v is None, v or 0)))
d = {"a": None}
print(d.get("a", "default"), d.get("b", "default"), "a" in d)
def greet(name=None):
    return f"hello {name or 'stranger'}"
print(greet(), greet("ann"), greet(""))
try:
    None + 1
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
nothing = None
try:
    nothing()
except TypeError as e:
    print(e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(e)
