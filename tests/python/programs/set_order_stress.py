state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
for trial in range(12):
    s = set()
    for _ in range(rnd(60) + 1):
        s.add(rnd(500) - 100)
    for _ in range(rnd(10)):
        s.discard(rnd(500) - 100)
    print(s)
a = {rnd(1000) for _ in range(40)}
b = {rnd(1000) for _ in range(25)}
print(a | b)
print(a & b, b & a)
print(a - b)
print(a ^ b)
print(set(range(0, 300, 7)) - set(range(0, 300, 3)))
print({(rnd(5), rnd(5)) for _ in range(12)})
print({-1, -2, 2305843009213693952, 2305843009213693951, 4611686018427387904, -2305843009213693952, 100000000000000000000})
big = [2 ** 61, -1, 2 ** 62, -2]
print(set(big), {big[0], big[1], big[2], big[3]})
fs = frozenset({x * x for x in range(-8, 9)})
print(fs, set(fs), {fs: 1})
d = {}
for i in range(50):
    d[rnd(100)] = i
for k in list(d)[::3]:
    del d[k]
print(d)
