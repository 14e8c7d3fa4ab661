"""Monte Carlo with a hand-rolled PCG32 generator on r_uint: estimating pi,
a 1-D random walk histogram printed with format specs, Fisher-Yates
shuffles checked for being permutations, reservoir sampling, a dice-sum
distribution compared against the exact convolution (fractions as
int pairs), and the chi-square statistic formatted to 3 decimals."""
from jitgen.hints import r_uint, intmask

MULT = r_uint(6364136223846793005)
MASK32 = r_uint(0xFFFFFFFF)


class Pcg32:
    state: r_uint
    inc: r_uint

    def __init__(self, seed: int, seq: int) -> None:
        self.state = r_uint(0)
        self.inc = (r_uint(seq) << 1) | r_uint(1)
        self.next32()
        self.state += r_uint(seed)
        self.next32()

    def next32(self) -> int:
        old = self.state
        self.state = old * MULT + self.inc
        xorshifted = ((old >> 18) ^ old) >> 27 & MASK32
        rot = intmask(old >> 59)
        out = (xorshifted >> rot) | (xorshifted << ((32 - rot) & 31))
        return intmask(out & MASK32)

    def below(self, n: int) -> int:
        # rejection sampling: no modulo bias
        limit = (1 << 32) - (1 << 32) % n
        while True:
            x = self.next32()
            if x < limit:
                return x % n

    def uniform(self) -> float:
        return self.next32() / 4294967296.0


def estimate_pi(rng: Pcg32, n: int) -> float:
    inside = 0
    for _ in range(n):
        x, y = rng.uniform(), rng.uniform()
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n


def shuffle(rng: Pcg32, xs: list[int]) -> None:
    for i in range(len(xs) - 1, 0, -1):
        j = rng.below(i + 1)
        xs[i], xs[j] = xs[j], xs[i]


def reservoir(rng: Pcg32, stream: list[str], k: int) -> list[str]:
    chosen: list[str] = []
    for i, item in enumerate(stream):
        if i < k:
            chosen.append(item)
        else:
            j = rng.below(i + 1)
            if j < k:
                chosen[j] = item
    return chosen


def dice_exact(n: int) -> dict[int, int]:
    ways = {0: 1}
    for _ in range(n):
        nxt: dict[int, int] = {}
        for total, w in ways.items():
            for face in range(1, 7):
                nxt[total + face] = nxt.get(total + face, 0) + w
        ways = nxt
    return ways


def main(argv: list[str]) -> int:
    rng = Pcg32(42, 54)
    print("pcg32", [rng.next32() for _ in range(6)])
    print(f"pi ~ {estimate_pi(rng, 4000):.4f}")
    walk: dict[int, int] = {}
    for _ in range(300):
        pos = 0
        for _ in range(20):
            pos += 1 if rng.below(2) else -1
        walk[pos] = walk.get(pos, 0) + 1
    for pos in sorted(walk):
        print(f"{pos:+4d} {walk[pos]:3d} {'#' * (walk[pos] // 3)}")
    deck = list(range(20))
    for _ in range(3):
        shuffle(rng, deck)
        print("shuffle", deck[:8], sorted(deck) == list(range(20)))
    letters = [chr(ord("a") + i) for i in range(26)]
    print("reservoir", reservoir(rng, letters, 5), len(reservoir(rng, letters[:3], 5)))
    exact = dice_exact(3)
    total_ways = 6 ** 3
    rolls = 2160
    seen: dict[int, int] = {}
    for _ in range(rolls):
        s = rng.below(6) + rng.below(6) + rng.below(6) + 3
        seen[s] = seen.get(s, 0) + 1
    chi2 = 0.0
    for s in range(3, 19):
        expected = rolls * exact[s] / total_ways
        chi2 += (seen.get(s, 0) - expected) ** 2 / expected
    print(f"dice sums {len(seen)} distinct, most common {max([(c, s) for s, c in seen.items()])[1]}, chi2={chi2:.3f}")
    print("exact", [f"{exact[s]}/{total_ways}" for s in (3, 10, 11, 18)], f"{exact[10] / total_ways:.2%}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
