"""main's return value is the exit status."""
# args: check 3 7 11


def validate(args: list[str]) -> int:
    bad = 0
    for a in args:
        n = int(a)
        if n % 2 == 1:
            bad += 1
    return bad


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: exit_codes check N...")
        return 2
    if argv[1] != "check":
        print("unknown command", argv[1])
        return 64
    odd = validate(argv[2:])
    print("odd numbers:", odd)
    return odd + 40


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
