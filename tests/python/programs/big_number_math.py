def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50)
print(len(str(fact(200))), sum(int(d) for d in str(fact(100))))
print(2 ** 1000 % 10 ** 10, pow(7, 10 ** 5, 10 ** 9 + 7))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a.bit_length())
print(f50 // fact(48), f50 % 1000003, -f50 // 10 ** 60, divmod(f50, 10 ** 30)[0])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30))
print(hex(f50)[:20], str(f50)[-12:], int(str(f50)[::-1]) % 97)
print(f50 == fact(50), f50 > 10 ** 64, float(f50), 10 ** 25 / 4)
