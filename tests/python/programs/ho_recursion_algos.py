import sys

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(len(hanoi(10)), hanoi(3))

def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations("abc"), len(permutations("abcde")))

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def flatten_depth(x, depth=0):
    if not isinstance(x, list):
        return [(x, depth)]
    out = []
    for y in x:
        out += flatten_depth(y, depth + 1)
    return out
print(flatten_depth([1, [2, [3, [4]], 5]]))

def merge_sort(a):
    if len(a) < 2:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]))

def count_paths(grid, r=0, c=0, memo=None):
    memo = {} if memo is None else memo
    if (r, c) in memo:
        return memo[r, c]
    if r >= len(grid) or c >= len(grid[0]) or grid[r][c] == "#":
        return 0
    if (r, c) == (len(grid) - 1, len(grid[0]) - 1):
        return 1
    memo[r, c] = count_paths(grid, r + 1, c, memo) + count_paths(grid, r, c + 1, memo)
    return memo[r, c]
print(count_paths(["....", ".#..", "...#", "#..."]))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2**64, 6**20), gcd(17, 5))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    return digits[n] if n < b else to_base(n // b, b) + digits[n % b]
print(to_base(255, 2), to_base(10**20, 36), int(to_base(10**20, 36), 36) == 10**20)
