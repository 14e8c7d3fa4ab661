"""Fannkuch-redux: max flips and checksum over all permutations of argv[1]."""


def fannkuch(n: int) -> list[int]:
    perm1 = [i for i in range(n)]
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    permutations = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutations % 2 == 0 else -flips
        permutations += 1
        while True:
            if r == n:
                return [checksum, max_flips]
            p0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 7
    res = fannkuch(n)
    print(res[0])
    print("Pfannkuchen(" + str(n) + ") = " + str(res[1]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
