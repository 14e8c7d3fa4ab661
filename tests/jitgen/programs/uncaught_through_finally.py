"""An exception escapes main through finally blocks, which still run and print."""


class Resource:
    name: str
    open_count: int

    def __init__(self, name: str) -> None:
        self.name = name
        self.open_count = 0


class CorruptData(Exception):
    def __str__(self) -> str:
        return "corrupt data detected"


def parse_record(r: Resource, rec: str) -> int:
    r.open_count += 1
    try:
        if rec == "bad":
            raise CorruptData("ignored message")
        return len(rec)
    finally:
        r.open_count -= 1
        print("closed", r.name, "for", repr(rec), "open:", r.open_count)


def main(argv: list[str]) -> int:
    r = Resource("db")
    total = 0
    try:
        for rec in ["alpha", "be", "bad", "never"]:
            total += parse_record(r, rec)
            print("total", total)
    finally:
        print("main cleanup, total", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
