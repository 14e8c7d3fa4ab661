"""Runtime guarantees of translated programs, one scenario per argv[1]."""
from jitgen.hints import StackOverflow, ovfcheck


def dive(n: int) -> int:
    if n == 0:
        return 0
    return dive(n - 1) + 1


def allocate(n: int) -> int:
    xs = [0] * n
    return len(xs)


def scenario(mode: str) -> None:
    if mode == "index":
        xs = [1, 2, 3]
        try:
            print(xs[7])
        except IndexError as e:
            print("IndexError:", e)
        try:
            xs[-9] = 1
        except IndexError as e:
            print("IndexError:", e)
        try:
            print("abc"[3])
        except IndexError as e:
            print("IndexError:", e)
    elif mode == "key":
        d: dict[str, int] = {"a": 1}
        try:
            print(d["zz"])
        except KeyError as e:
            print("KeyError:", e)
        t: dict[int, int] = {}
        try:
            print(t[42])
        except KeyError as e:
            print("KeyError:", e)
    elif mode == "zerodiv":
        z = len(mode) - 7
        for f in range(3):
            try:
                if f == 0:
                    print(10 // z)
                elif f == 1:
                    print(10 % z)
                else:
                    print(1.5 / float(z))
            except ZeroDivisionError as e:
                print("ZeroDivisionError:", e)
    elif mode == "overflow":
        big = 1 << 62
        try:
            print(ovfcheck(big * 4))
        except OverflowError as e:
            print("OverflowError: caught")
        try:
            print(ovfcheck(big + big))
        except OverflowError as e:
            print("OverflowError: caught")
    elif mode == "deep":
        try:
            print(dive(10000000))
        except StackOverflow:
            print("stack overflow caught")
        print("after", dive(500))
    elif mode == "memory":
        try:
            print(allocate(1 << 41))
        except MemoryError:
            print("memory error caught")
    elif mode == "flush":
        for i in range(1000):
            print("line", i)
    elif mode == "uncaught":
        print("before")
        raise ValueError("bad value " + str(len(mode)))


def main(argv: list[str]) -> int:
    scenario(argv[1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
