# expect: 10:35: file, sys.stderr
"""print(file=...) takes sys.stdout or sys.stderr themselves, not a value
that holds one (or any other file: files are written with vm.io)."""
import sys


def report(msg: str, err: bool) -> None:
    out = sys.stderr
    if err:
        print("error:", msg, file=out)


def main(argv: list[str]) -> int:
    report("x", True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
