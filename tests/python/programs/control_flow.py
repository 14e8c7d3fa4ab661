for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i, end=" ")
print()
n = 0
while n < 5:
    n += 1
else:
    print("while-else", n)
for x in []:
    pass
else:
    print("for-else")
for x in range(3):
    if x == 1:
        break
else:
    print("not printed")
print("ternary", "yes" if n > 3 else "no")
x = 5
if x < 0:
    print("neg")
elif x == 0:
    print("zero")
elif x < 10:
    print("small")
else:
    print("big")
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(0 or "default", "" and "x", None or 0 or [], 3 and 4)
i = 0
while True:
    i += 1
    if i >= 3:
        break
print("i", i)
print(not 0, not [1], all([]), any([]), all([1, 0]), any([0, 2]))
