# A line-oriented filter: reads stdin, looks at argv, writes to stdout/stderr.
import sys

print("script name ends with .py:", sys.argv[0].endswith(".py"))
print("arguments:", sys.argv[1:], len(sys.argv))
name = input()
print(f"got {name!r}")
second = input("prompt> ")
print(f"got {second!r}")
try:
    third = input()
except EOFError as e:
    print("EOFError:", repr(e))
print("a", "b", "c", sep="-", end="|\n")
print("no newline", end="")
print(" ... continued")
print(*range(5), sep=", ")
print()
print("", end="")
print(None, True, 3.0, [1, "two"], {"k": None}, sep=" / ")
print("to stderr", file=sys.stderr)
print("err", "parts", sep="+", file=sys.stderr, end="!\n")
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me")
print()
print("write returned", n)
sys.stdout.flush()
print("multi\nline\n", end="")
print(1, 2, sep="")
print("tab\tend", end="\t|\n")
print(*[], sep="x")
print(*"abc")
values = [3, 1, 2]
print(values, *values, sep="\n")
lines = ["alpha", "beta", "gamma"]
print("\n".join(f"{i:>2}. {line}" for i, line in enumerate(lines, start=1)))
for i, line in enumerate(lines, 10):
    print(i, line, end="; ")
print()
print(sys.stdin.readline() == "", sys.stdin.read() == "")
