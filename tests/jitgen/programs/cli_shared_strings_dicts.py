"""Short strings shared by the cli runtime's cache (concat, split, slices),
in-place string building (join, upper, lower, replace), searches over text
with and without surrogate pairs, and dicts under inserts, deletes,
re-inserts, compaction and the get-then-set pattern, with str, int and
tuple keys."""


def words(n: int, seed: int) -> list[str]:
    syl = ["ka", "lo", "mi", "ne", "", "\u00e9t", "\U0001f600", "zz"]
    out: list[str] = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = syl[seed % 8] + syl[(seed >> 3) % 8]
        if seed % 5 == 0:
            w = w + syl[(seed >> 6) % 8] + str(i % 7)
        if seed % 11 == 0:
            w = w + "abcdefghijklmnopq"[: (seed >> 9) % 18]
        out.append(w)
    return out


def check_strings() -> None:
    ws = words(3000, 7)
    text = " ".join(ws)
    parts = text.split(" ")
    print(len(parts), parts == ws, len(text))
    seen: dict[str, int] = {}
    for p in parts:
        seen[p] = seen.get(p, 0) + 1
    total = 0
    for k in seen:
        total += seen[k] * len(k)
    print(len(seen), total)
    # equal strings built in different ways compare and hash alike
    a = "ab" + "cd"
    b = "abcdef"[0:4]
    c = "xabcd".split("x")[1]
    d: dict[str, int] = {a: 1}
    d[b] = d.get(b, 0) + 10
    d[c] = d.get(c, 0) + 100
    print(a == b, b == c, d[a], len(d))
    # many distinct short strings (cache slots reused)
    acc: list[str] = []
    for i in range(5000):
        acc.append(str(i) + "-" + str(i * 7 % 13))
    print(len(acc), acc[4999], acc[123], "".join(acc[10:20]))
    for v in [0, -1, 1023, 1024, -1024, 10 ** 18, -9223372036854775807 - 1, 9223372036854775807]:
        print(str(v), str(v) + "|" + str(-v if v > -9223372036854775807 else 0))
    for s in ["", "a", "Hello, World", "\u00df\u00e9x", "ma\u00f1ana \U0001f600 end", "a-b-c"]:
        print(repr(s.upper()), repr(s.lower()), repr(s.replace("a", "<>")), repr(s.replace("-", "")))
        print(s.find("a"), s.find("end"), s.find(""), s.count("a"), len(s), s.split("a"))
    big = "\U0001f600x" * 100 + "needle" + "y" * 1000
    print(big.find("needle"), big.find("x"), big.find("nope"), len(big))
    plain = "y" * 5000 + "needle" + "\U0001f600"
    print(plain.find("needle"), plain.find("\U0001f600"), len(plain.replace("y", "")))
    print(",".join([]), ",".join(["only"]), "--".join(["a", "", "b"]))
    print(repr("aXbXc".replace("X", "")), repr("XXX".replace("X", "")), repr("abc".replace("z", "q")))


def check_dicts() -> None:
    d: dict[str, int] = {}
    for i in range(2000):
        d["k" + str(i)] = i
    for i in range(0, 2000, 3):
        del d["k" + str(i)]
    for i in range(0, 2000, 6):
        d["k" + str(i)] = -i
    keys = list(d.keys())
    print(len(d), keys[:5], keys[-3:], d["k6"], "k3" in d, d.get("k3", 99))
    s = 0
    for k in d:
        s += d[k]
    print(s)
    for k in keys:
        if d[k] % 2 == 0:
            d.pop(k)
    print(len(d), list(d.items())[:3])
    d.clear()
    d["x"] = 1
    d["x"] = d.get("x", 0) + 1
    print(d)
    n: dict[int, str] = {}
    for i in range(-500, 500, 7):
        n[i * 1000003] = str(i)
    for i in range(-500, 500, 14):
        del n[i * 1000003]
    print(len(n), n.get(7 * 1000003 * -71, "?"), list(n.keys())[:4])
    t: dict[tuple[int, str], int] = {}
    for i in range(300):
        t[(i % 17, "s" + str(i % 5))] = t.get((i % 17, "s" + str(i % 5)), 0) + i
    print(len(t), t[(3, "s3")], list(t.values())[:5])
    e: dict[str, int] = {}
    try:
        print(e["missing"])
    except KeyError as err:
        print("KeyError", err)
    e["a"] = 1
    del e["a"]
    try:
        del e["a"]
    except KeyError:
        print("gone")
    e["b"] = 2
    print(e, len(e))


def main(argv: list[str]) -> int:
    check_strings()
    check_dicts()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
