xs = list(range(10))
print(xs[2:8:3], xs[::-2], xs[-3:-1], xs[8:2:-2], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = ["a"]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[::3]
print(ys)
zs = [1, 2, 3]
zs[1:1] = [9, 9]
print(zs)
zs[:] = []
print(zs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print(e)
s = "abcdefgh"
print(s[1:-1:2], s[::-3], s[-2::-2], s[:0])
t = tuple(range(6))
print(t[1::2], t[::-1][:2])
