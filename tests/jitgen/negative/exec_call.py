# expect: 5:5: exec
"""exec()."""

def run(src: str) -> None:
    exec(src)


def main(argv: list[str]) -> int:
    run("x = 1")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
