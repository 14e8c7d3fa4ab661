def f():
    try:
        return "try"
    finally:
        print("finally in f")
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    else:
        print("no break")
    return i
def h():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        return "finally wins"
print(f(), g(), h())
for n in [7, 9]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "composite"); break
    else:
        print(n, "prime")
k = 0
while k < 3:
    k += 1
else:
    print("while else", k)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]; grid2[0][0] = 1; print(grid2)
L = list(range(10))
del L[::3]; print(L)
L[1:3] = ["a", "b", "c"]; print(L)
L[::2] = [0] * len(L[::2]); print(L)
L.insert(0, "first"); L.insert(100, "last"); L.extend("xy"); print(L, L.index("last"), L.count(0))
L2 = [5, 3, 8]; L2.sort(reverse=True); print(L2, L2.copy() is L2, L2[:] == L2, L2 * 2, [L2] * 2)
def side(x):
    print("eval", x); return x
print(side(1) < side(2) < side(0) < side(5))
print(1 if [] else 2, [] or {} or "x", 0 and 1, None or 0, not [], not not "a")
a = b = []
a.append(1); print(b, a is b)
x = [1, 2, 3]
for i, x[0] in enumerate("ab"):
    pass
print(x)
i = 10
print([i for i in range(3)], i)
nums = [3, 1, 2]
nums.sort(key=lambda v: -v); print(nums, sorted(nums) is nums)
t = (1, [2])
t[1].append(3); print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
s = {1, 2}
s.discard(5); s.add(3); s.update([4], (5,)); print(s, s.pop(), len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
d = {"a": 1}
for key in list(d):
    d[key + "2"] = 2
print(d)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
assert True, "never"
try:
    assert 1 == 2, ("tuple", "msg")
except AssertionError as e:
    print("AssertionError", e.args)
