"""repr(float) is the shortest decimal that reads back, and the closest
of that length: every power of two (where the interval that reads back is
lopsided, so the closest decimal of a length may miss while its neighbour
fits), their neighbours, and pseudo-random doubles over the whole range."""
from jitgen.hints import intmask, r_uint


def main(argv: list[str]) -> int:
    x = 1.0
    e = 0
    while e < 1024:
        print(e, repr(x), repr(-1.0 / x), repr(x * 3.0), repr(x * 0.75))
        x = x * 2.0
        e += 1
    tiny = 5e-324
    for i in range(60):
        print("sub", repr(tiny), repr(tiny * 3.0))
        tiny = tiny * 2.0
    seed = r_uint(12345)
    for i in range(3000):
        seed = seed * r_uint(6364136223846793005) + r_uint(1442695040888963407)
        m = 4503599627370496 + intmask(seed >> 12) % 4503599627370496       # 53-bit mantissa
        k = intmask(seed >> 3) % 600 - 300
        v = float(m) * 2.0 ** (k - 52)
        print(repr(v), repr(1.0 / v), str(-v))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
