data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
i = 0
while (i := i + 1) < 4:
    print("i", i)
x = y = z = 7
print(x, y, z)
a = [0] * 3
a[0] = a[1] = 5
print(a)
first, second = "ab"
print(first, second)
print(isinstance(..., type(Ellipsis)), ... is Ellipsis)
numbers = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(numbers)[len(numbers) // 2], sorted(set(numbers)))
del numbers[0]
print(numbers)
