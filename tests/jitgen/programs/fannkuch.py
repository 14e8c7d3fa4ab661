"""Fannkuch-redux on a small n: permutations, flips and a checksum."""


def fannkuch(n: int) -> tuple[int, int]:
    perm1 = [i for i in range(n)]
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if perm_count % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main(argv: list[str]) -> int:
    for n in [3, 5, 6]:
        checksum, flips = fannkuch(n)
        print(checksum)
        print("Pfannkuchen(" + str(n) + ") = " + str(flips))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
