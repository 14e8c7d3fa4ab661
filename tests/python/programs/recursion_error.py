import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught RecursionError")
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return 1 + depth(n + 1) if n < 150 else 0
print(depth(0))
def forever():
    forever()
forever()
