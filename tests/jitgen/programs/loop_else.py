"""while/else and for/else: the else runs only when no break happened."""


def find_first_multiple(xs: list[int], k: int) -> str:
    for x in xs:
        if x % k == 0:
            result = "found " + str(x)
            break
    else:
        result = "none"
    return result


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


def count_with_continue(n: int) -> str:
    out: list[str] = []
    i = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        out.append(str(i))
    else:
        out.append("else")
    return ",".join(out)


def nested(limit: int) -> list[str]:
    found: list[str] = []
    for a in range(1, limit):
        for b in range(a, limit):
            if a * b == 12:
                found.append(str(a) + "x" + str(b))
                break
        else:
            found.append("-")
    return found


def return_from_loop_else(xs: list[str]) -> str:
    for x in xs:
        if x == "stop":
            break
    else:
        return "no stop"
    return "stopped"


def main(argv: list[str]) -> int:
    print(find_first_multiple([1, 5, 9, 10], 3), find_first_multiple([1, 5], 3), find_first_multiple([], 3))
    print([n for n in range(30) if is_prime(n)][-1], is_prime(1), is_prime(2), is_prime(91))
    print(count_with_continue(8), count_with_continue(0))
    print(" ".join(nested(7)))
    print(return_from_loop_else(["a", "stop"]), return_from_loop_else(["a"]))
    total = 0
    for i in range(10, 0, -3):
        total = total * 10 + i
    print(total)
    for i in reversed(range(3)):
        print("rev", i)
    k = 0
    while True:
        k += 1
        if k > 4:
            break
    print(k)
    for c in "ab":
        for d in "xy":
            if d == "y":
                continue
            print(c + d)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
