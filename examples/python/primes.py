"""Print the primes below N (default 30) with a sieve, and their sum."""
import sys


def primes_below(n):
    sieve = [True] * n
    found = []
    for i in range(2, n):
        if sieve[i]:
            found.append(i)
            for j in range(i * i, n, i):
                sieve[j] = False
    return found


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    ps = primes_below(n)
    print(f"{len(ps)} primes below {n}: {ps}")
    print("sum:", sum(ps))


if __name__ == "__main__":
    main()
