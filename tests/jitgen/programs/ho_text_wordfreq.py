"""A word-frequency report as a small text tool writes it: casefolding by
lower(), stripping punctuation with strip(chars), counting in a dict, sorting
(count desc, word asc) through negated-count tuples, a fixed-width table
drawn with ljust/rjust/center and fill characters, percentages printed as
str(float) after round(), and a per-letter histogram with '*' * n."""

PUNCT = ".,;:!?\"'()[]-"

TEXT = """The quick brown fox jumps over the lazy dog.
The dog -- being lazy -- did not jump; the fox did!
"Quick," said the fox.  'Lazy,' said the dog.

A fox, a dog, and a café: naïve words, façade and Über-words too.
"""


class Stats:
    counts: dict[str, int]
    first_line: dict[str, int]
    total: int
    lines: int

    def __init__(self) -> None:
        self.counts = {}
        self.first_line = {}
        self.total = 0
        self.lines = 0

    def feed(self, text: str) -> None:
        for lineno, line in enumerate(text.splitlines(), 1):
            self.lines += 1
            if not line.strip():
                continue
            for raw in line.split():
                word = raw.strip(PUNCT).lower()
                if word == "" or word.isdigit():
                    continue
                if "-" in word:
                    for part in word.split("-"):
                        if part:
                            self.add(part, lineno)
                else:
                    self.add(word, lineno)

    def add(self, word: str, lineno: int) -> None:
        self.counts[word] = self.counts.get(word, 0) + 1
        self.first_line.setdefault(word, lineno)
        self.total += 1

    def ranked(self) -> list[tuple[int, str]]:
        rows = [(-n, w) for w, n in self.counts.items()]
        rows.sort()
        return rows


def table(headers: list[str], rows: list[list[str]], right: list[bool]) -> list[str]:
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            if len(cell) > widths[i]:
                widths[i] = len(cell)
    out: list[str] = []
    sep = "+" + "+".join(["-" * (w + 2) for w in widths]) + "+"
    out.append(sep)
    out.append("|" + "|".join([" " + h.center(widths[i]) + " " for i, h in enumerate(headers)]) + "|")
    out.append(sep.replace("-", "="))
    for row in rows:
        cells: list[str] = []
        for i, cell in enumerate(row):
            if right[i]:
                cells.append(" " + cell.rjust(widths[i], ".") + " ")
            else:
                cells.append(" " + cell.ljust(widths[i]) + " ")
        out.append("|" + "|".join(cells) + "|")
    out.append(sep)
    return out


def letter_histogram(counts: dict[str, int]) -> dict[str, int]:
    hist: dict[str, int] = {}
    for word, n in counts.items():
        c = word[0]
        if c.isalpha():
            hist[c] = hist.get(c, 0) + n
    return hist


def main(argv: list[str]) -> int:
    st = Stats()
    st.feed(TEXT)
    print("lines:", st.lines, "words:", st.total, "distinct:", len(st.counts))
    rows: list[list[str]] = []
    for rank, (neg, word) in enumerate(st.ranked()[:12], start=1):
        pct = round(-neg * 1000 / st.total) / 10
        rows.append([str(rank), word, str(-neg), str(pct) + "%", str(st.first_line[word])])
    for line in table(["#", "word", "count", "share", "line"], rows, [True, False, True, True, True]):
        print(line)
    hist = letter_histogram(st.counts)
    for c in sorted(hist):
        print(c, "|", ("*" * hist[c]).ljust(12, "."), hist[c])
    longest = ""
    for w in sorted(st.counts):
        if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
            longest = w
    print("longest:", repr(longest), len(longest), longest.upper(), longest[::-1])
    nonascii = [w for w in sorted(st.counts) if max([ord(c) for c in w]) > 127]
    print("non-ascii:", nonascii, [ord(w[-1]) for w in nonascii])
    singles = sorted([w for w, n in st.counts.items() if n == 1], reverse=True)
    print(len(singles), "hapax,", ", ".join(singles[:5]), "...")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
