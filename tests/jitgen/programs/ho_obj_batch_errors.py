"""A batch importer that reports problems the way command-line tools do:
print(..., file=sys.stderr) for each bad record (with sep= and end=),
exceptions with extra fields and __str__, a summary on stdout, and the
exit status 2 from main when any record failed (no traceback)."""
import sys


class RecordError(Exception):
    line: int

    def __init__(self, line: int, msg: str) -> None:
        super().__init__(msg)
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {super().__str__()}"


class Record:
    name: str
    qty: int
    price: float

    def __init__(self, name: str, qty: int, price: float) -> None:
        self.name = name
        self.qty = qty
        self.price = price

    def __repr__(self) -> str:
        return f"Record({self.name!r}, {self.qty}, {self.price})"


def parse(line: int, text: str) -> Record:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 3:
        raise RecordError(line, f"expected 3 fields, got {len(parts)}")
    name, qty, price = parts
    if not name:
        raise RecordError(line, "empty name")
    try:
        return Record(name, int(qty), float(price))
    except ValueError as e:
        raise RecordError(line, str(e)) from e


DATA = """widget, 3, 2.50
gadget, x, 1.0
, 2, 3.0
doohickey, 7, 0.125
thing, 1
gizmo, 4, 1e400
sprocket, -2, 9.99"""


def main(argv: list[str]) -> int:
    good: list[Record] = []
    failed = 0
    for n, text in enumerate(DATA.splitlines(), 1):
        try:
            rec = parse(n, text)
            if rec.qty < 0:
                print("warning:", f"line {n}", "negative quantity", sep=" | ", file=sys.stderr)
            good.append(rec)
        except RecordError as e:
            failed += 1
            print(f"error: {e}", file=sys.stderr)
            print("  skipped", repr(text), end=".\n", file=sys.stderr)
    total = 0.0
    for r in good:
        total += r.qty * r.price
    print(good, file=sys.stdout)
    print(f"{len(good)} imported, {failed} failed, total {total}")
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
