"""A negative return from main: exit status 255, as sys.exit(-1) gives."""


def main(argv: list[str]) -> int:
    print("exit -1")
    return -1


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
