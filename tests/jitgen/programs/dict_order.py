"""Dicts: insertion order through deletes and updates, and every method."""


def dump(d: dict[str, int]) -> str:
    parts: list[str] = []
    for k, v in d.items():
        parts.append(k + ":" + str(v))
    return "{" + ", ".join(parts) + "}"


def main(argv: list[str]) -> int:
    d: dict[str, int] = {}
    for w in ["pear", "apple", "fig", "apple", "kiwi", "pear", "date"]:
        d[w] = d.get(w, 0) + 1
    print(dump(d))
    del d["apple"]
    d["apple"] = 9          # re-inserted: now last
    d["pear"] = 5           # updated in place: keeps its position
    print(dump(d))
    print(len(d), "fig" in d, "plum" in d, d.pop("fig"), d.pop("plum", -1))
    print(d.setdefault("kiwi", 100), d.setdefault("lime", 100))
    print(dump(d))
    print(",".join(d.keys()))
    vals = [v for v in d.values()]
    print(len(vals), vals[0], vals[-1])
    e = d.copy()
    e["extra"] = 1
    d.clear()
    print(len(d), len(e), dump(e))
    squares = {i: i * i for i in range(6) if i % 2 == 0}
    for k in squares:
        print(k, squares[k])
    pos: dict[tuple[int, int], str] = {(0, 0): "origin", (1, 2): "a", (-1, 5): "b"}
    print(pos[(1, 2)], (0, 0) in pos, (2, 1) in pos)
    pos[(1, 2)] = "changed"
    for key, val in pos.items():
        x, y = key
        print(x, y, val)
    flags: dict[int, bool] = {3: True, 1: False}
    flags[2] = True
    print(flags[3], flags[1], flags[2], len(flags))
    opt: dict[str, str | None] = {"a": "x"}
    got = opt.get("b")
    print(got is None, opt.get("a") is None)
    try:
        print(e["missing"])
    except KeyError:
        print("KeyError")
    big: dict[int, int] = {}
    for i in range(1000):
        big[i * 7919 % 1009] = i
    for i in range(0, 1000, 3):
        if i in big:
            del big[i]
    acc = 0
    for k in big:
        acc = (acc * 31 + k) % 1000003
    print(len(big), acc)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
