"""The extreme int literals that fit: -2**63 is written as the negation of
2**63, the only literal past the largest int that may appear."""
from jitgen.hints import r_uint, intmask, ovfcheck

MIN = -9223372036854775808
MAX = 9223372036854775807
ALL_ONES = r_uint(18446744073709551615)


def main(argv: list[str]) -> int:
    lo = -9223372036854775808
    hi = 9223372036854775807
    print(lo, hi, lo == MIN, hi == MAX)
    print(lo + hi, hi // 2, lo // 3)
    print(intmask(ALL_ONES), intmask(ALL_ONES >> 1) == MAX)
    try:
        print(ovfcheck(lo - 1))
    except OverflowError:
        print("overflow below the smallest")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
