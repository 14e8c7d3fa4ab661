"""StringBuilder.append of strings of every length from 0 to 40 (literals,
slices, sums, one-character strings), into builders started with small and
large capacities so appends land just below, at and past the end of the
buffer; Latin-1 and wide strings switch a builder to four bytes."""
from jitgen.hints import StringBuilder


def pieces(src: str) -> list[str]:
    out: list[str] = []
    for n in range(0, 41):
        out.append(src[n:n + n])                # a slice of length n (shorter near the end)
    return out


def build(start_cap: int, parts: list[str], extra: str) -> str:
    b = StringBuilder(start_cap)
    for i in range(len(parts)):
        b.append(parts[i])
        if i % 4 == 0:
            b.append(extra)
        if i % 9 == 0:
            b.append("")
        if i % 6 == 0:
            b.append(parts[i][:1])
    return b.build()


def checksum(s: str) -> int:
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
    return h


def main(argv: list[str]) -> int:
    ascii_src = "".join([chr(97 + (i * 7) % 26) for i in range(2000)])
    latin_src = "".join([chr(200 + (i * 5) % 50) for i in range(2000)])
    wide_src = "".join([chr(900 + (i * 3) % 90) for i in range(2000)])
    for src in [ascii_src, latin_src]:
        parts = pieces(src)
        for cap in [0, 1, 7, 8, 9, 15, 16, 17, 100, 5000]:
            s = build(cap, parts, "xy")
            print(cap, len(s), checksum(s), s[:50])
    mixed = pieces(ascii_src)[:20] + pieces(wide_src)[3:9] + pieces(latin_src)[10:30]
    for cap in [0, 16, 64]:
        s = build(cap, mixed, "\u20ac")
        print(cap, len(s), checksum(s), s[-30:])
    # appends of sums and one-character strings
    b = StringBuilder()
    word = ""
    for i in range(300):
        word = word[-12:] + ascii_src[i]
        b.append(word)
        b.append(ascii_src[i:i + 1])
    s = b.build()
    print(len(s), checksum(s), s[:40], s[-40:])
    # repeated characters: narrow and wide builders, past the capacity
    for cap in [0, 5, 100]:
        m = StringBuilder(cap)
        for i in range(12):
            m.append_multiple_char("-" if i % 2 else "\xe9", i * 3)
            m.append("|")
            if i == 7:
                m.append_multiple_char("\u20ac", 2)
            m.append_multiple_char("x", 0)
        s = m.build()
        print(cap, len(s), checksum(s), s[:30], s[-30:])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
