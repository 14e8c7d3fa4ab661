a = [1, 2]
b = a
b.append(3)
print(a, a is b, a == [1, 2, 3], a is [1, 2, 3])
c = a[:]
c.append(4)
print(a, c)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
t = ([1], 2)
t[0].append(5)
print(t)
try:
    t[1] = 3
except TypeError as e:
    print(e)
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(e)
d = {"k": []}
e = dict(d)
e["k"].append(1)
print(d, e)
x = None
print(x is None, x == None, type(x).__name__)
