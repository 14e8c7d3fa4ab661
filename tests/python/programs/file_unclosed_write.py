open("o.txt", "w").write("hello\n")
print(open("o.txt").read(), end="")
with open("o.txt", "a") as f:
    f.write("more\n")
print(open("o.txt").read().splitlines())
print(sum(1 for _ in open("o.txt")))
