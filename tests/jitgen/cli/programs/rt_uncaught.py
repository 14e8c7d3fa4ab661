"""Output printed before an uncaught exception is flushed; the report is `Class: message`, status 1."""


class ConfigError(Exception):
    pass


def main(argv: list[str]) -> int:
    for i in range(2000):
        print("line", i)
    raise ConfigError("bad setting " + str(len(argv)))


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
