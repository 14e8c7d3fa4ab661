"""Checksums and pseudo-random numbers the way a tool author writes them:
a table-driven CRC-32 on r_uint, FNV-1a 64 with intmask, Adler-32, a
xorshift64* generator and an LCG with masks, a polynomial rolling hash
with intmask(h * B ** k) and hash() of int and tuple keys (CPython's
values), a Bloom-filter bitmap in a list of ints, and bit tricks
(popcount, parity, lowest set bit, bit reversal)."""
from jitgen.hints import intmask, r_uint, MAXINT, MININT

MASK32 = r_uint(0xFFFFFFFF)


def make_crc_table() -> list[r_uint]:
    table: list[r_uint] = []
    for n in range(256):
        c = r_uint(n)
        for _ in range(8):
            if c & r_uint(1):
                c = r_uint(0xEDB88320) ^ (c >> 1)
            else:
                c = c >> 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data: str) -> r_uint:
    crc = MASK32
    for ch in data:
        b = ord(ch) & 0xFF
        crc = CRC_TABLE[intmask((crc ^ r_uint(b)) & r_uint(0xFF))] ^ (crc >> 8)
    return crc ^ MASK32


def fnv1a64(data: str) -> int:
    h = intmask(0xCBF29CE484222325)
    for ch in data:
        h ^= ord(ch)
        h = intmask(h * 0x100000001B3)
    return h


def adler32(data: str) -> int:
    a, b = 1, 0
    for ch in data:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


class XorShift:
    state: r_uint

    def __init__(self, seed: int) -> None:
        self.state = r_uint(seed) if seed != 0 else r_uint(0x9E3779B97F4A7C15)

    def next(self) -> r_uint:
        x = self.state
        x ^= x >> 12
        x ^= x << 25
        x ^= x >> 27
        self.state = x
        return x * r_uint(0x2545F4914F6CDD1D)

    def below(self, n: int) -> int:
        return intmask(self.next() >> 33) % n

    def unit(self) -> float:
        return intmask(self.next() >> 11) / 9007199254740992.0


def lcg_sequence(seed: int, count: int) -> list[int]:
    out = []
    x = seed
    for _ in range(count):
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFF if x < (1 << 20) else \
            intmask(x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFF
        out.append(x >> 16)
    return out


def rolling_hashes(text: str, k: int) -> list[int]:
    base = 257
    out = []
    for i in range(len(text) - k + 1):
        h = 0
        for j in range(k):
            h = intmask(h + ord(text[i + j]) * base ** (k - 1 - j))
        out.append(h)
    return out


def popcount(x: int) -> int:
    n = 0
    u = r_uint(x)
    while u:
        u &= u - r_uint(1)
        n += 1
    return n


def reverse_bits32(x: int) -> int:
    r = 0
    for _ in range(32):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


class Bloom:
    bits: list[int]
    nbits: int

    def __init__(self, nbits: int) -> None:
        self.nbits = nbits
        self.bits = [0] * ((nbits + 63) // 64)

    def positions(self, word: str) -> list[int]:
        h1 = fnv1a64(word)
        h2 = intmask(crc32(word)) | 1
        return [intmask(h1 + i * h2) % self.nbits for i in range(3)]

    def add(self, word: str) -> None:
        for p in self.positions(word):
            self.bits[p // 64] |= intmask(r_uint(1) << (p % 64))

    def might_contain(self, word: str) -> bool:
        return all([self.bits[p // 64] >> (p % 64) & 1 == 1 for p in self.positions(word)])


def main(argv: list[str]) -> int:
    for s in ["", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"]:
        print(repr(s), "crc32", crc32(s), hex(intmask(crc32(s))), "fnv", fnv1a64(s), "adler", adler32(s))
    rng = XorShift(2024)
    print("xorshift", [rng.below(100) for _ in range(12)])
    print("units", [int(rng.unit() * 1000) for _ in range(6)])
    counts = [0] * 6
    for _ in range(600):
        counts[rng.below(6)] += 1
    print("dice", counts, sum(counts), max(counts) - min(counts) < 60)
    print("lcg", lcg_sequence(1, 4), lcg_sequence(1 << 30, 3))
    print("rolling", rolling_hashes("abracadabra", 4)[:5], rolling_hashes("x" * 12, 9))
    for x in [0, 1, 255, -1, MAXINT, MININT, 0x5555]:
        print("bits", x, popcount(x), popcount(x) % 2, x & intmask(-x), reverse_bits32(x & 0xFFFFFFFF))
    seen: dict[tuple[int, int], int] = {}
    for x in range(-3, 4):
        for y in (-1, 0, 1):
            seen[(x * x, y)] = seen.get((x * x, y), 0) + 1
    print("tuple keys", len(seen), sorted(seen.items())[:4])
    print("hashes", hash(-1), hash(MININT), hash((1, 2)), hash((0.5, -1)), hash(((1, 2), 3)) != hash((1, (2, 3))))
    bloom = Bloom(512)
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    for w in words:
        bloom.add(w)
    print("bloom", [bloom.might_contain(w) for w in words], bloom.might_contain("omega"), sum([popcount(b) for b in bloom.bits]))
    x = len(argv) + 4
    print("masks", intmask(x ^ 0xFFFFFFFFFFFFFFFF), intmask(x | 0x8000000000000000), intmask(x & 0xFFFFFFFFFFFFFFF0),
          intmask(x + 0xFFFFFFFFFFFFFFFF), intmask(x * 0xFFFFFFFFFFFFFFFF), intmask(-0xFFFFFFFFFFFFFFFF))
    u = r_uint(1) << 63
    small = r_uint(5)
    k = len(argv) - 2
    print("uint vs int", small > k, small < k, r_uint(-1) == k, small == 5, k < small, -1 < small, small >= 0)
    print("uint repr", repr(small), [small, r_uint(-1)], (small, 1), f"{small!r} {small}")
    print("uint", u, u >> 63, u + u, r_uint(3) - r_uint(5), r_uint(MAXINT) * r_uint(2), ~r_uint(0) // r_uint(10))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
