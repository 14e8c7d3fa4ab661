"""String-heavy work: build words, join, split, count in a dict, search."""

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "zo", "pe"]


def make_words(n: int) -> list[str]:
    seed = 42
    words: list[str] = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = SYLLABLES[seed % 8] + SYLLABLES[(seed >> 3) % 8]
        if seed % 3 == 0:
            w = w + SYLLABLES[(seed >> 6) % 8]
        words.append(w)
    return words


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 1000
    text = " ".join(make_words(n))
    counts: dict[str, int] = {}
    for w in text.split(" "):
        counts[w] = counts.get(w, 0) + 1
    best = ""
    best_n = 0
    for k in counts:
        if counts[k] > best_n:
            best = k
            best_n = counts[k]
    print(len(counts), best, best_n)
    upper = text.upper()
    print(upper.count("KA"), text.find("zozozo"), len(text.replace("ka", "")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
