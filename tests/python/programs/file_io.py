with open("out.txt", "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print("third", file=f)
with open("out.txt") as f:
    print(repr(f.read()))
with open("out.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open("out.txt", "a") as f:
    f.write("appended\n")
with open("out.txt") as f:
    print(f.readlines())
f = open("out.txt")
print(f.readline(), end="")
print(f.readline().strip())
f.close()
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    f.read()
except ValueError as e:
    print(e)
