"""An exception nobody catches: exit status 1 and `Name: message` on stderr."""


class ConfigError(Exception):
    pass


def load(key: str, table: dict[str, str]) -> str:
    if key not in table:
        raise ConfigError("missing key " + repr(key))
    return table[key]


def main(argv: list[str]) -> int:
    table = {"a": "1", "b": "2"}
    print("a =", load("a", table))
    print("b =", load("b", table))
    print("c =", load("c", table))
    print("not reached")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
