"""A sorting-algorithm zoo checked against sorted(): insertion, shell,
top-down merge (stable, on (key, seq) tuples), in-place quicksort with a
median-of-three pivot, heapsort, counting sort with negative values and
LSD radix sort on non-negative ints; on ints, floats with -0.0 and inf,
strings and tuples, plus sort(reverse=True) stability, a selection (k-th smallest) by
quickselect, and version strings compared as lists of ints."""


def insertion_sort(xs: list[int]) -> list[int]:
    a = xs[:]
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


def shell_sort(xs: list[float]) -> list[float]:
    a = list(xs)
    gap = len(a) // 2
    while gap > 0:
        for i in range(gap, len(a)):
            v = a[i]
            j = i
            while j >= gap and a[j - gap] > v:
                a[j] = a[j - gap]
                j -= gap
            a[j] = v
        gap //= 2
    return a


def merge_sort(xs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out: list[tuple[str, int]] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j][0] < left[i][0]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out += right[j:]
    return out


def quicksort(a: list[str], lo: int, hi: int) -> None:
    while lo < hi:
        mid = (lo + hi) // 2
        trio = sorted([(a[lo], lo), (a[mid], mid), (a[hi], hi)])
        p = trio[1][1]
        a[p], a[hi] = a[hi], a[p]
        pivot = a[hi]
        store = lo
        for i in range(lo, hi):
            if a[i] < pivot:
                a[i], a[store] = a[store], a[i]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        if store - lo < hi - store:
            quicksort(a, lo, store - 1)
            lo = store + 1
        else:
            quicksort(a, store + 1, hi)
            hi = store - 1


def heapsort(xs: list[int]) -> list[int]:
    a = xs[:]
    n = len(a)

    for start in range(n // 2 - 1, -1, -1):
        sift(a, start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(a, 0, end)
    return a


def sift(a: list[int], i: int, n: int) -> None:
    while True:
        big = i
        for c in [2 * i + 1, 2 * i + 2]:
            if c < n and a[c] > a[big]:
                big = c
        if big == i:
            return
        a[i], a[big] = a[big], a[i]
        i = big


def counting_sort(xs: list[int]) -> list[int]:
    if not xs:
        return []
    lo, hi = min(xs), max(xs)
    counts = [0] * (hi - lo + 1)
    for x in xs:
        counts[x - lo] += 1
    out: list[int] = []
    for off, c in enumerate(counts):
        out.extend([off + lo] * c)
    return out


def radix_sort(xs: list[int]) -> list[int]:
    a = xs[:]
    shift = 0
    while a and max(a) >> shift:
        buckets: list[list[int]] = [[] for _ in range(16)]
        for x in a:
            buckets[(x >> shift) & 15].append(x)
        a = [x for b in buckets for x in b]
        shift += 4
    return a


def quickselect(xs: list[int], k: int) -> int:
    a = xs[:]
    lo, hi = 0, len(a) - 1
    while True:
        pivot = a[(lo + hi) // 2]
        less = [x for x in a[lo:hi + 1] if x < pivot]
        equal = [x for x in a[lo:hi + 1] if x == pivot]
        more = [x for x in a[lo:hi + 1] if x > pivot]
        a[lo:hi + 1] = less + equal + more
        if k < lo + len(less):
            hi = lo + len(less) - 1
        elif k < lo + len(less) + len(equal):
            return pivot
        else:
            lo = lo + len(less) + len(equal)


def rand_ints(n: int, seed: int, span: int) -> list[int]:
    out = []
    x = seed
    for _ in range(n):
        x = (x * 48271) % 2147483647
        out.append(x % span - span // 3)
    return out


def version(text: str) -> list[int]:
    return [int(part) for part in text.split(".")]


def main(argv: list[str]) -> int:
    data = rand_ints(60, 7, 1000)
    ref = sorted(data)
    print("ints", ref[:8], ref[-3:])
    print("insertion", insertion_sort(data) == ref, "heap", heapsort(data) == ref,
          "counting", counting_sort(data) == ref, "counting []", counting_sort([]))
    nonneg = [x + 400 for x in data]
    print("radix", radix_sort(nonneg) == sorted(nonneg), radix_sort([0, 0, 1]), radix_sort([]))
    floats = [3.5, -0.0, 0.0, float("inf"), -2.25, 1e-9, -float("inf"), 0.0, -0.0, 2.0]
    sh = shell_sort(floats)
    print("floats", sh, sh == sorted(floats), [str(x) for x in sorted(floats) if x == 0.0])
    words = "pear fig apple Banana cherry apple date Fig elderberry grape".split()
    q = list(words)
    quicksort(q, 0, len(q) - 1)
    print("words", q, q == sorted(words), sorted(words, reverse=True)[:3])
    tagged = [(w.lower()[0], i) for i, w in enumerate(words)]
    ms = merge_sort(tagged)
    print("stable", ms, [t[1] for t in ms if t[0] == "a"], [t[1] for t in ms if t[0] == "f"])
    recs = [(2, "x"), (1, "y"), (2, "a"), (1, "b"), (3, "c")]
    recs.sort(reverse=True)
    print("tuples desc", recs, max(recs), min(recs), sorted(recs)[1:3])
    versions = ["1.10.2", "1.9.9", "1.10", "2.0.0", "1.10.0", "0.9"]
    newest = versions[0]
    for v in versions[1:]:
        if version(v) > version(newest):
            newest = v
    print("versions", newest, version("1.10") < version("1.10.0"), version("1.2") <= version("1.2"),
          version("3") >= version("2.99"), ["b"] > ["a", "z"])
    print("kth", [quickselect(data, k) for k in [0, 1, 30, 59]], [ref[k] for k in [0, 1, 30, 59]])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
