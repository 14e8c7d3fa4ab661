"""Dynamic programming on lists of lists and tuple-keyed memo dicts: 0/1
knapsack with item reconstruction, Levenshtein distance with the edit
script, longest common subsequence, longest increasing subsequence by
binary search, coin-change counting that overflows 64 bits (caught with
ovfcheck), matrix-chain order with its parenthesisation, and Pascal's
triangle rows by slice arithmetic."""
from jitgen.hints import ovfcheck


def knapsack(items: list[tuple[str, int, int]], cap: int) -> tuple[int, list[str]]:
    n = len(items)
    best = [[0] * (cap + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        _, w, v = items[i - 1]
        row, prev = best[i], best[i - 1]
        for c in range(cap + 1):
            row[c] = prev[c]
            if w <= c and prev[c - w] + v > row[c]:
                row[c] = prev[c - w] + v
    chosen = []
    c = cap
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, _ = items[i - 1]
            chosen.append(name)
            c -= w
    chosen.reverse()
    return best[n][cap], chosen


def edit_script(a: str, b: str) -> tuple[int, list[str]]:
    rows, cols = len(a) + 1, len(b) + 1
    d = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        d[i][0] = i
    for j in range(cols):
        d[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    ops: list[str] = []
    i, j = len(a), len(b)
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (0 if a[i - 1] == b[j - 1] else 1):
            if a[i - 1] != b[j - 1]:
                ops.append(f"sub {a[i - 1]}->{b[j - 1]}@{i - 1}")
            i -= 1
            j -= 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            ops.append(f"del {a[i - 1]}@{i - 1}")
            i -= 1
        else:
            ops.append(f"ins {b[j - 1]}@{i}")
            j -= 1
    return d[-1][-1], ops[::-1]


def lcs(a: str, b: str, memo: dict[tuple[int, int], str]) -> str:
    if not a or not b:
        return ""
    key = (len(a), len(b))
    if key in memo:
        return memo[key]
    if a[-1] == b[-1]:
        res = lcs(a[:-1], b[:-1], memo) + a[-1]
    else:
        x = lcs(a[:-1], b, memo)
        y = lcs(a, b[:-1], memo)
        res = x if len(x) >= len(y) else y
    memo[key] = res
    return res


def lis(xs: list[int]) -> list[int]:
    tails: list[int] = []
    tail_idx: list[int] = []
    parent = [-1] * len(xs)
    for i, x in enumerate(xs):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            parent[i] = tail_idx[lo - 1]
        if lo == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[lo] = x
            tail_idx[lo] = i
    out = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(xs[k])
        k = parent[k]
    return out[::-1]


def coin_ways(coins: list[int], target: int) -> int:
    ways = [1] + [0] * target
    for c in coins:
        for t in range(c, target + 1):
            ways[t] = ovfcheck(ways[t] + ways[t - c])
    return ways[target]


def matrix_chain(dims: list[int]) -> tuple[int, str]:
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = -1
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if cost[i][j] < 0 or c < cost[i][j]:
                    cost[i][j] = c
                    split[i][j] = k
    return cost[0][n - 1], paren(split, 0, n - 1)


def paren(split: list[list[int]], i: int, j: int) -> str:
    if i == j:
        return chr(ord("A") + i)
    k = split[i][j]
    return "(" + paren(split, i, k) + paren(split, k + 1, j) + ")"


def pascal(n: int) -> list[int]:
    row = [1]
    for _ in range(n):
        row = [a + b for a, b in zip([0] + row, row + [0])]
    return row


def main(argv: list[str]) -> int:
    items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
             ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
    print("knapsack", knapsack(items, 200), knapsack(items, 0), knapsack([], 10))
    for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same"), ("abc", "")]:
        dist, ops = edit_script(a, b)
        print(f"edit {a!r} -> {b!r}: {dist} {ops}")
    memo: dict[tuple[int, int], str] = {}
    print("lcs", repr(lcs("AGGTABQWERTY", "GXTXAYBWRT", memo)), len(memo))
    print("lis", lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]), lis([]), lis([5, 4, 3]), lis([-3, -2, -5, 0]))
    for target in [0, 10, 100, 1000]:
        print("coins", target, coin_ways([1, 2, 5, 10, 25, 50], target))
    try:
        print(coin_ways([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3000))
    except OverflowError:
        print("coin ways for 3000 overflow 64 bits")
    print("chain", matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30]), matrix_chain([5, 10]))
    print("pascal", pascal(0), pascal(5), sum(pascal(20)) == 2 ** 20, max(pascal(60)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
