words = "the quick brown fox jumps over the lazy dog then the fox sleeps".split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
first_letter = {c: [w for w in words if w[0] == c] for c in sorted({w[0] for w in words})}
print(first_letter)
freq = {w: words.count(w) for w in words}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
inverted = {}
for w, n in freq.items():
    inverted.setdefault(n, []).append(w)
print({n: sorted(ws) for n, ws in sorted(inverted.items(), reverse=True)})
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i != j}
print(matrix, sum(matrix.values()), max(matrix, key=matrix.get))
