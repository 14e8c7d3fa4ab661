n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 100
while x > 1:
    x /= 3
else:
    print("ended at", round(x, 4))
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 10:
        break
print(count)
digits = []
num = 9876543210
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
