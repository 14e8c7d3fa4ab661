"""Dict updates that look a key up and then store to it (d[k] = d.get(k, 0) + 1,
d[k] += 1) mixed with deletions, pops, setdefault, clear and copy in between;
str keys made by slicing, +, split and join (equal values from different
objects), int and tuple keys; a keyword table of literals probed with slices."""

KEYWORDS = {"let": 0, "if": 1, "then": 2, "end": 3, "while": 4, "do": 5, "print": 6, "return": 7}


def counted_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in text.split(" "):
        counts[w] = counts.get(w, 0) + 1
    return counts


def churn(n: int) -> None:
    d: dict[str, int] = {}
    ints: dict[int, int] = {}
    pairs: dict[tuple[int, str], int] = {}
    for i in range(n):
        k = "k" + str(i % 37)
        d[k] = d.get(k, 0) + 1
        if i % 5 == 0:
            del d[k]                          # the key just found goes away
            d[k] = d.get(k, 100) + 1          # and comes back as a new entry
        if i % 7 == 0 and k in d:
            d[k] += 10
        if i % 11 == 0:
            d.pop(k, 0)
            d.setdefault(k, -1)
        ints[i % 13] = ints.get(i % 13, 0) + i
        if i % 17 == 0:
            ints.pop(i % 13)
        t = (i % 5, k[:2])
        pairs[t] = pairs.get(t, 0) + 1
        if i == n // 2:
            e = d.copy()
            d.clear()
            d["after"] = e.get(k, 0)
            e[k] = e.get(k, 0) + 1000
            print("copy", len(e), e[k])
    print(len(d), [(k, d[k]) for k in d][:12])
    print(len(ints), [(k, ints[k]) for k in ints])
    print(len(pairs), sorted(pairs.items())[:8])


def scan_keywords(src: str) -> None:
    kinds: dict[str, int] = {}
    names: dict[str, int] = {}
    i = 0
    n = len(src)
    while i < n:
        if src[i] == " ":
            i += 1
            continue
        j = i
        while j < n and src[j] != " ":
            j += 1
        word = src[i:j]
        if word in KEYWORDS:
            kinds["keyword"] = kinds.get("keyword", 0) + 1
            names[word] = names.get(word, 0) + KEYWORDS[word]
        else:
            kinds["name"] = kinds.get("name", 0) + 1
            names[word] = names.get(word, 0) + 1
        i = j
    print(kinds, len(names), [(k, names[k]) for k in names][:10])


def main(argv: list[str]) -> int:
    words = ["ka", "lo", "mi", "ne", "let", "if", "\xe9t\xe9", "\u0101b", "a-very-long-word-here"]
    parts: list[str] = []
    for i in range(500):
        w = words[i % 9] + words[(i * 5) % 9]
        if i % 3 == 0:
            w = w + words[(i // 7) % 9]
        parts.append(w)
    text = " ".join(parts)
    counts = counted_words(text)
    print(len(counts), [(k, counts[k]) for k in counts][:10])
    again = counted_words(" ".join(text.split(" ")[::-1]))
    print([k for k in counts if counts[k] != again[k]], len(again))
    churn(400)
    scan_keywords("let x if y then let end while do print " * 20 + "return lets iff en d")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
