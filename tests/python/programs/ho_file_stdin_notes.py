import sys, os
print(sys.argv[1:], len(sys.argv))
line = input()
print("read:", repr(line))
rest = sys.stdin.read()
print("rest:", repr(rest))
with open("notes.txt", "w") as f:
    f.write("alpha\nbeta\n")
    print("gamma", file=f)
    f.writelines(["delta\n", "eps"])
with open("notes.txt") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open("notes.txt", "a") as f:
    n = f.write("\nzeta")
    print("wrote", n)
with open("notes.txt", encoding="utf-8") as f:
    for i, l in enumerate(f):
        print(i, l.rstrip("\n"))
print(os.path.exists("notes.txt"), os.path.exists("nope.txt"), os.path.basename("/a/b/c.txt"), os.path.splitext("x.tar.gz"), os.path.join("a", "b", "c"))
try:
    open("missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
except OSError as e:
    print("OSError", e)
with open("notes.txt") as f:
    data = f.read()
print(len(data), data.count("\n"), data.splitlines()[-1])
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(os.path.exists("notes.txt"), "kept")
print("flushed", flush=True)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(os.sep, os.path.dirname("a/b/c"), os.path.isabs("/x"))
