text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
with open("book.txt", "w") as f:
    f.write(text)
counts = {}
lines = 0
with open("book.txt") as f:
    for line in f:
        lines += 1
        for word in line.lower().replace(",", "").split():
            counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(lines, len(counts), top)
with open("book.txt") as f:
    data = f.read()
print(len(data), data.count("it was"), data.splitlines()[1][:20])
