"""Checksums and statistics over generated records: Adler-32 and a CRC-32
table built at import time (r_uint arithmetic), hex formatting, divmod for
time fields, sum/any/all over lists, rounding, and errors raised inside
formatting caught by the surrounding try."""
from jitgen.hints import r_uint, intmask


def make_crc_table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c = c >> 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data: str) -> int:
    crc = r_uint(0xFFFFFFFF)
    for ch in data:
        b = ord(ch) & 0xFF
        crc = r_uint(CRC_TABLE[intmask((crc ^ r_uint(b)) & r_uint(0xFF))]) ^ (crc >> 8)
    return intmask(crc ^ r_uint(0xFFFFFFFF))


def adler32(data: str) -> int:
    a = 1
    b = 0
    for ch in data:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


class Record:
    name: str
    seconds: int
    scores: list[float]

    def __init__(self, name: str, seconds: int, scores: list[float]) -> None:
        self.name = name
        self.seconds = seconds
        self.scores = scores

    def __str__(self) -> str:
        if not self.scores:
            raise ValueError("record " + self.name + " has no scores")
        h, rest = divmod(self.seconds, 3600)
        mi, s = divmod(rest, 60)
        mean = sum(self.scores, 0.0) / len(self.scores)
        return "{} {}:{}:{} mean={} best={}".format(self.name, h, str(mi).zfill(2), str(s).zfill(2),
                                                   round(mean * 10.0) / 10.0, max(self.scores))


def main(argv: list[str]) -> int:
    for text in ["", "a", "abc", "The quick brown fox jumps over the lazy dog", "é€"]:
        print(repr(text), hex(crc32(text)), hex(adler32(text)), oct(len(text)), bin(len(text)))
    records = [Record("ana", 3725, [7.5, 8.25, 9.0]), Record("bo", 59, []), Record("cy", 86399, [2.5, 3.5])]
    for r in records:
        try:
            print(str(r))
        except ValueError as e:
            print("skipped:", e)
    totals = [r.seconds for r in records]
    print(sum(totals), sum(totals, -100), any([t > 80000 for t in totals]), all([t > 60 for t in totals]))
    print([round(x) for x in [0.5, 1.5, 2.5, -2.5, 3.49]], divmod(-7, 3), divmod(7, -3))
    try:
        print(divmod(sum(totals), len(records) - 3))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
