"""A CSV reader and text-table formatter: RFC-4180 style quoted fields
(doubled quotes, separators and newlines inside quotes) parsed by a small
state machine, type sniffing per column (int with base prefixes, float,
text), per-column alignment and fill characters, totals, and the error
paths a careless caller hits (bad fill character, bad base, ragged rows),
reported as CPython reports them."""

DATA = '''id,name,qty,unit price,code,notes
1,"Widget, large",4,2.50,0x1F,"says ""hi"""
2,Gadget,10,0.1,0o17,
3,"Multi
line",-3,1e3,0b101,"tab\there"
4,Ünïcödé ☃,0,0.30000000000000004,42,naïve
5,short,7,-0.0,0X2a,"trailing "
'''


class CsvError(Exception):
    pass


def parse_csv(text: str, sep: str) -> list[list[str]]:
    rows: list[list[str]] = []
    row: list[str] = []
    field: list[str] = []
    quoted = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if quoted:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                field.append(c)
        elif c == '"':
            if field:
                raise CsvError("quote inside an unquoted field at offset %d" % i)
            quoted = True
        elif c == sep:
            row.append("".join(field))
            field = []
        elif c == "\n":
            row.append("".join(field))
            rows.append(row)
            row = []
            field = []
        else:
            field.append(c)
        i += 1
    if quoted:
        raise CsvError("unterminated quoted field")
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


def as_int(s: str) -> int:
    t = s.strip().lower()
    for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
        if t.startswith(prefix) or t.startswith("-" + prefix):
            return int(t, base)
    return int(t)


def kind_of(values: list[str]) -> str:
    kinds = ["int", "float"]
    for v in values:
        try:
            as_int(v)
            continue
        except ValueError:
            pass
        if "float" in kinds:
            try:
                float(v)
                kinds = ["float"]
                continue
            except ValueError:
                pass
        return "text"
    return kinds[0]


def cell_text(v: str, kind: str) -> str:
    if kind == "int":
        return str(as_int(v))
    if kind == "float":
        return str(float(v))
    return v.replace("\n", "\\n").replace("\t", "\\t")


def table(rows: list[list[str]], fills: str) -> list[str]:
    header = rows[0]
    body = rows[1:]
    kinds = [kind_of([r[c] for r in body]) for c in range(len(header))]
    cells = [[cell_text(r[c], kinds[c]) for c in range(len(header))] for r in body]
    widths = [max([len(header[c])] + [len(r[c]) for r in cells]) for c in range(len(header))]
    lines = [" | ".join([h.center(widths[c], fills[c]) for c, h in enumerate(header)])]
    lines.append("-+-".join(["-" * w for w in widths]))
    for r in cells:
        out: list[str] = []
        for c, v in enumerate(r):
            out.append(v.ljust(widths[c]) if kinds[c] == "text" else v.rjust(widths[c], fills[c]))
        lines.append(" | ".join(out))
    lines.append("kinds: " + ", ".join(["%s=%s" % (h, k) for h, k in zip(header, kinds)]))
    return lines


def main(argv: list[str]) -> int:
    rows = parse_csv(DATA, ",")
    print(len(rows), "rows", [len(r) for r in rows])
    print(rows[1], rows[3][1:2], repr(rows[5][5]))
    for line in table(rows, "  ._ .*"[:6]):
        print(line.rstrip())
    total = sum([as_int(r[2]) for r in rows[1:]])
    value = sum([as_int(r[2]) * float(r[3]) for r in rows[1:]], 0.0)
    print("total qty", total, "value", value, "codes", [as_int(r[4]) for r in rows[1:]])
    semi = parse_csv('a;"b;c";d\n;;\n"x""y"', ";")
    print(semi)
    for bad in ['a,b"c', '"open', 'x,"y"z']:
        try:
            print(parse_csv(bad, ","))
        except CsvError as e:
            print("CsvError:", e)
    probes: list[tuple[str, int]] = [("zz", 36), ("zz", 37), ("10", 1), ("0x10", 0), ("0x10", 16), ("12", 0)]
    for s, base in probes:
        try:
            print(s, base, "->", int(s, base))
        except ValueError as e:
            print(s, base, "-> ValueError:", e)
    for fill in ["-", "", "ab", "☃", "\U0001F600"]:
        try:
            print(repr("id".ljust(4, fill)), repr("id".rjust(1, fill)), repr("id".center(5, fill)))
        except TypeError as e:
            print(repr(fill), "TypeError:", e)
    ragged = parse_csv("a,b\n1\n", ",")
    print(table(ragged, "      "))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
