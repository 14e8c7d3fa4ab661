a = 2 ** 64
b = 3 ** 50
print(a, b, a * b, b // a, b % a, -b // a, a - b)
print(a + 1, -a, abs(-a), a == 2 ** 64, a > b, hash(a) == hash(2 ** 64))
f = 1
for i in range(1, 30):
    f *= i
print(f, len(str(f)))
print(int("123456789012345678901234567890") + 1)
print(2 ** 200 // 3 ** 40, (2 ** 100) >> 50, 1 << 100)
print(hex(2 ** 70), bin(2 ** 65), oct(2 ** 64))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(pow(3, 200, 10 ** 9 + 7), divmod(10 ** 30, 7))
print(float(2 ** 80), 10 ** 20 / 3, (10 ** 25) // 10 ** 24)
x = 12345678901234567890
print(x % 97, x & 0xFFFF, x | 1, x ^ x)
print(sorted([2 ** 70, 5, -2 ** 65, 3]))
