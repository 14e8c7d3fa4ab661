import sys

def validate(items):
    bad = [i for i in items if not isinstance(i, int)]
    if bad:
        print(f"invalid items: {bad}", file=sys.stderr)
        sys.exit(3)
    return sum(items)

def main(argv):
    print("args:", argv[1:])
    print("total:", validate([1, 2, 3]))
    try:
        validate([1, "two"])
    except SystemExit as e:
        print("caught exit", e.code, type(e.code).__name__)
    try:
        sys.exit("fatal message")
    except SystemExit as e:
        print("caught", repr(e.code))
    finally:
        print("finally runs")
    validate([4, None])
    print("never")

if __name__ == "__main__":
    main(sys.argv)
