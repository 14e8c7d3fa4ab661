# expect: 7:11: conversion, !a
"""An f-string with the ascii() conversion '!a' (not in the subset: its
escapes differ from repr's for non-ASCII text)."""

def main(argv: list[str]) -> int:
    name = "Zoë"
    print(f"{name!a}")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
