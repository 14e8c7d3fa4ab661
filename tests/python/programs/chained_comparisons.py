calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
x = 5
print(0 < x <= 5, 1 == 1.0 != 2, "a" < "b" < "c", [1] < [1, 0] < [2])
print(1 < 2 > 1, 3 > 2 == 2, None is None is not False)
print(x in [5] in [[5]], not x == 5, not (x > 10))
