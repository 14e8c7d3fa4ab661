print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(5)})
print({c for c in "mississippi"} == set("misp"))
print([[row * col for col in range(3)] for row in range(3)])
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]])
print({w[0]: w for w in words})
x = 10
print([x for x in range(3)], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(sum([i for i in range(100) if i % 7 == 0]))
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(enumerate("ab", start=1)), dict(zip("abc", range(3))))
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
