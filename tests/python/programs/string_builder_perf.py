parts = []
for i in range(500):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:20], s.count("7"))
acc = ""
for i in range(200):
    acc += chr(65 + i % 26)
print(acc[:30], len(acc), acc.find("XYZ"))
lines = "\n".join(f"line {i}: {'*' * (i % 5)}" for i in range(8))
print(lines)
print(lines.count("\n"), max(lines.splitlines(), key=len))
