"""Plain, mutual and tree recursion."""


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hanoi(n: int, src: str, dst: str, via: str, moves: list[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def permutations(xs: list[int]) -> list[list[int]]:
    if len(xs) <= 1:
        return [xs[:]]
    out: list[list[int]] = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out


def gcd(a: int, b: int) -> int:
    return a if b == 0 else gcd(b, a % b)


def main(argv: list[str]) -> int:
    print([fib(i) for i in range(15)][-1], fib(18))
    print(ackermann(2, 3), ackermann(3, 3))
    print(is_even(100), is_odd(77), is_even(7))
    moves: list[str] = []
    hanoi(5, "A", "C", "B", moves)
    print(len(moves), " ".join(moves[:7]))
    perms = permutations([1, 2, 3, 4])
    print(len(perms), ",".join([str(x) for x in perms[5]]), ",".join([str(x) for x in perms[-1]]))
    print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
