"""sin and cos to the last bit, as the C library computes them (Mono's JIT
uses the x87 fsin/fcos instructions, which differ for some arguments),
and the polar-form complex power that combines them with atan2, exp, log."""
import math


def lcg(seed: int) -> int:
    return (seed * 1103515245 + 12345) % 2147483648


def main(argv: list[str]) -> int:
    seed = 5
    diff_sum = 0.0
    for i in range(400):
        seed = lcg(seed)
        x = (seed / 2147483648.0 - 0.5) * 40.0
        seed = lcg(seed)
        y = (seed / 2147483648.0 - 0.5) * 6.0
        s = math.sin(x)
        c = math.cos(x)
        if i % 40 == 0:
            print(repr(x), repr(s), repr(c))
        # power of a complex number in polar form (as complex.__pow__ does)
        vabs = math.sqrt(x * x + y * y)
        angle = math.atan2(y, x)
        length = vabs ** 1.5 / math.exp(angle * 0.25)
        phase = angle * 1.5 + 0.25 * math.log(vabs)
        re = length * math.cos(phase)
        im = length * math.sin(phase)
        if i % 40 == 7:
            print(repr(re), repr(im))
        diff_sum += s * s + c * c - 1.0 + re * 1e-9 + im * 1e-9
    for v in [0.0, -0.0, 1e-300, 3.141592653589793, 1e6, 1e22, -7.5, 2.5e-8, 710.0]:
        print(repr(math.sin(v)), repr(math.cos(v)))
    print(repr(diff_sum))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
