print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(-10, 3), divmod(10, -3), divmod(-10, -3))
print(2 ** 63, -2 ** 63, 2 ** 63 - 1, (2 ** 63 - 1) + 1, -(2 ** 63) - 1)
print(9223372036854775807 * 2, 9223372036854775807 * -9223372036854775807)
print((-2 ** 63) // -1, abs(-2 ** 63), -(-2 ** 63))
print(1 << 63, 1 << 64, -1 << 63, (1 << 64) >> 1, 5 >> 10, -5 >> 10)
print(0 ** 0, 10 ** 18 * 10, 3 ** 40, (-3) ** 3, 2 ** 0.5 > 1.41)
print(int.bit_length(255), (2 ** 100).bit_length(), (-1).bit_length(), (0).bit_length())
print(7 & -8, -7 | 3, ~0, ~-1, 0xFF ^ 0x0F, (2 ** 70) & (2 ** 70 - 1))
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1))
print(int("9" * 30) % 7, int("-" + "1" * 25) // 3)
