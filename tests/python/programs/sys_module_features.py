import sys
print(type(sys.argv).__name__, sys.maxsize == 2 ** 63 - 1, sys.version_info[0], sys.version_info[:2] >= (3, 11))
print(sys.getrecursionlimit() >= 1000, "sys" in sys.modules, isinstance(sys.path, list))
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)
try:
    raise KeyError("x")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev)
print(sys.exc_info()[0])
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
sys.setrecursionlimit(3000)
print(deep(2000))
