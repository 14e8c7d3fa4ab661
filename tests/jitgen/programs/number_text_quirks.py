"""Corners of int()/float() parsing, float arithmetic and repr() of text."""
import math

from jitgen.hints import MAXINT


def try_int(s: str, base: int) -> str:
    try:
        return str(int(s, base))
    except ValueError:
        return "ValueError"


def try_float(s: str) -> str:
    try:
        return str(float(s))
    except ValueError:
        return "ValueError"


def main(argv: list[str]) -> int:
    for s in ["+5", " -0 ", "1_000", "0x1f", "٣", "1__0", "_1", "12 ", "\t7\n", "0", "-", "007"]:
        print(repr(s), try_int(s, 10), try_int(s, 16), try_int(s, 0) if s != "007" else "n/a")
    for s in ["1_0.5", "inf", "-Infinity", "nan", " -1e3 ", "1e400", "-1e-400", ".5", "5.", "1e", "0x10", "+.5e-1"]:
        print(repr(s), try_float(s))
    print(-0.0 % 5.0, 5.0 % -3.0, -5.0 % 3.0, -7.5 // 2.0, 7.5 // -2.0, 1e300 * 1e10)
    inf = float("inf")
    print(inf - inf, 0.0 * -1.0, abs(-0.0), math.floor(-0.5), int(-0.9), 2.0 ** 53, 1e15 + 0.3)
    print(1.0 / 3.0 * 3.0 == 1.0, 0.1 * 3, 1.1 + 2.2, 3.0 * 1.1, 100.0 / 3.0)
    print(float(10 ** 16), float(MAXINT), float(-(2 ** 53) - 1), 9007199254740993.0)
    fd: dict[float, str] = {}
    fd[0.0] = "zero"
    fd[-0.0] = "negative zero"
    fd[1.5] = "x"
    print(len(fd), fd[0.0], -0.0 in fd)
    for k in fd:
        print("key", k)
    print(repr("\x00\x07\x1b\x7f"), repr("\u200b\u00e9\u3000"), repr("\U0001f600"), repr("\\'\""))
    print(repr("a\rb\tc\nd"), repr("\x80\x9f\xa0\xad"), repr("\ud7ff"))
    print("+42".zfill(6), "-".zfill(3), "".zfill(2), "²".isdigit(), "ß".isalpha(), "\u3000x\u3000".strip())
    print(len("\t a\nb  \x0b c\x1c".split()), "|".join("a  b".split(" ")), ord(chr(0x10FFFF)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
