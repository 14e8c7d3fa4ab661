x = "outer"
res = [x for x in range(3)]
print(res, x)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
flat = [v for row in matrix for v in row if v % 2 == 0]
print(flat)
pairs = {(a, b) for a in range(3) for b in range(a, 3)}
print(sorted(pairs))
print({k: [v for v in range(k)] for k in range(4)})
gen = ((i, j) for i in range(2) for j in "ab")
print(list(gen))
n = 5
print([n * i for i in range(n)])
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
print([[c for c in w] for w in ["ab", "cd"]])
print(sum(1 for _ in range(7)), any(c.isupper() for c in "abC"))
