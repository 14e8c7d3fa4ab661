"""The same list indexed twice by the same index in one block: after the
first access succeeds, the cli backend tests only the index's sign (a
negative index goes through the general path again).  Between the two
accesses a call or a pop may shrink the list, which must be seen."""


class Box:
    items: list[int]

    def __init__(self, items: list[int]) -> None:
        self.items = items


def shrink(a: list[int]) -> int:
    a.pop()
    return len(a)


def swap(a: list[int], i: int, j: int) -> None:
    t = a[i]
    a[i] = a[j]
    a[j] = t


def bump(a: list[int], i: int) -> int:
    a[i] = a[i] + 1
    a[i] = a[i] * 2
    return a[i] + a[0] + a[0]


def main(argv: list[str]) -> int:
    a = [10, 20, 30, 40, 50]
    swap(a, 0, 4)
    swap(a, -1, -2)
    swap(a, 1, -1)
    print(a)
    print(bump(a, 2), bump(a, -1), bump(a, -5), a)
    for i in [5, -6, 7]:
        try:
            print(bump(a, i))
        except IndexError as e:
            print("IndexError", e)
    b = [1, 2, 3]
    i = 2
    try:
        x = b[i]
        n = shrink(b)
        print(x, n, b[i])
    except IndexError as e:
        print("IndexError after shrink:", e)
    c = [1, 2, 3]
    try:
        y = c[i]
        c.pop()
        print(y, c[i])
    except IndexError as e:
        print("IndexError after pop:", e)
    d = [5, 6, 7]
    try:
        d[i] = 8
        d.pop()
        d[i] = 9
        print(d)
    except IndexError as e:
        print("IndexError on store after pop:", e)
    box = Box([1, 2, 3, 4])
    k = 3
    v = box.items[k]
    box.items = [9]
    try:
        print(v, box.items[k])
    except IndexError as e:
        print("IndexError on a new list:", e)
    s = 0
    perm = [3, 1, 4, 1, 5, 9, 2, 6]
    for r in range(50):
        lo = 0
        hi = len(perm) - 1 - r % 3
        while lo < hi:
            t = perm[lo]
            perm[lo] = perm[hi]
            perm[hi] = t
            lo += 1
            hi -= 1
        s += perm[0] * perm[-1] + perm[-1]
    print(perm, s)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
