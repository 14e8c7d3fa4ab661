"""Writing to a closed pipe raises OSError, which the program may catch."""
from vm import io


def main(argv: list[str]) -> int:
    line = "x" * 99 + "\n"
    try:
        for i in range(200000):
            io.write_stdout(line)
            io.flush_stdout()
    except OSError as e:
        io.write_stderr("caught: " + str(e) + "\n")
        return 3
    io.write_stderr("never closed\n")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
