"""Strings and lists that grow until memory runs out; each program catches
the MemoryError as a CPython program would (tests/jitgen/cli/test_cli_memory.py
runs it under a heap limit, CPython under an address-space limit)."""


def grow_string() -> int:
    s = "ab"
    n = 0
    try:
        while n < 100:
            s = s + s + "c"
            n += 1
    except MemoryError:
        return n
    return -1


def grow_join() -> int:
    parts: list[str] = []
    n = 0
    try:
        while n < 100000000:
            parts.append(str(n) * 20)
            if len(parts) % 100000 == 0:
                big = "".join(parts)
                parts.append(big[0:1])
            n += 1
    except MemoryError:
        parts = []
        return n
    return -1


def main(argv: list[str]) -> int:
    if argv[1] == "string":
        print("string", grow_string() > 10)
    else:
        print("join", grow_join() > 1000)
    print("after")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
