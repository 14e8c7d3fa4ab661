"""A Markdown-to-plain-text converter: ATX and underlined headings turned
into centred or ruled titles, **strong**/*em*/`code` spans stripped by a
small scanner, [links](url) collected as numbered footnotes, bullet and
numbered lists re-numbered, block quotes, fenced code kept verbatim with
expandtabs done by hand, and paragraphs re-wrapped to a width with a
greedy word wrapper (words longer than the width are cut)."""

DOC = """Title of *the* Document
=======================

Some **bold** text, some *emphasis*, and `inline code`; a [link](http://example.com/a?b=1)
and another [one](https://example.org/naïve) -- plus an escaped \\*star\\*.

## A list

* first item with a [link](http://example.com/a?b=1) again
* second item
    * nested (kept flat)
- third, with *mixed **nesting***

3. numbered three
7. numbered seven
1. numbered one

> quoted text that is long enough to need wrapping when the width is small, really
> second quoted line

```
def f(x):
\treturn x * 2\t# doubled
```

### Unicode: café, naïve, 日本語のテキスト, supercalifragilisticexpialidocious
"""


class Converter:
    width: int
    links: list[str]
    out: list[str]

    def __init__(self, width: int) -> None:
        self.width = width
        self.links = []
        self.out = []

    def link_number(self, url: str) -> int:
        if url in self.links:
            return self.links.index(url) + 1
        self.links.append(url)
        return len(self.links)

    def inline(self, text: str) -> str:
        res: list[str] = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == "\\" and i + 1 < len(text):
                res.append(text[i + 1])
                i += 2
            elif text.startswith("**", i):
                i += 2
            elif c == "*" or c == "`":
                i += 1
            elif c == "[":
                close = text.find("](", i)
                end = text.find(")", close + 2) if close >= 0 else -1
                if close < 0 or end < 0:
                    res.append(c)
                    i += 1
                    continue
                label = self.inline(text[i + 1:close])
                n = self.link_number(text[close + 2:end])
                res.append(f"{label}[{n}]")
                i = end + 1
            else:
                res.append(c)
                i += 1
        return "".join(res)

    def wrap(self, text: str, prefix: str) -> None:
        width = self.width - len(prefix)
        line = ""
        for word in text.split():
            while len(word) > width:
                if line:
                    self.out.append(prefix + line)
                    line = ""
                self.out.append(prefix + word[:width])
                word = word[width:]
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line += " " + word
            else:
                self.out.append(prefix + line)
                line = word
        if line:
            self.out.append(prefix + line)

    def heading(self, level: int, text: str) -> None:
        t = self.inline(text.strip().rstrip("#").strip())
        if level == 1:
            self.out.append(t.upper().center(self.width))
            self.out.append("=" * self.width)
        else:
            self.out.append(t)
            self.out.append(("-" if level == 2 else "~") * min(len(t), self.width))

    def convert(self, doc: str) -> list[str]:
        lines = doc.splitlines()
        para: list[str] = []
        quote: list[str] = []
        number = 0
        in_code = False
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.strip()
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if stripped.startswith("```"):
                in_code = not in_code
                i += 1
                continue
            if in_code:
                self.out.append("    " + expand_tabs(line, 4))
                i += 1
                continue
            if para and (not stripped or stripped.startswith(("#", "* ", "- ", ">"))):
                self.wrap(self.inline(" ".join(para)), "")
                para = []
            if quote and not stripped.startswith(">"):
                self.wrap(self.inline(" ".join(quote)), "| ")
                quote = []
            if not stripped:
                number = 0
                if self.out and self.out[-1] != "":
                    self.out.append("")
            elif nxt and nxt.strip("=") == "" and stripped:
                self.heading(1, stripped)
                i += 1
            elif stripped.startswith("#"):
                level = len(stripped) - len(stripped.lstrip("#"))
                self.heading(level, stripped[level:])
            elif stripped.startswith(("* ", "- ")):
                self.wrap(self.inline(stripped[2:]), "  - ")
            elif stripped[0].isdigit() and stripped.partition(".")[0].isdigit():
                number += 1
                self.wrap(self.inline(stripped.partition(".")[2].strip()), str(number) + ". ")
            elif stripped.startswith(">"):
                quote.append(stripped[1:].strip())
            else:
                para.append(stripped)
            i += 1
        if para:
            self.wrap(self.inline(" ".join(para)), "")
        if self.links:
            self.out.append("")
            for n, url in enumerate(self.links, 1):
                self.out.append("[%d] %s" % (n, url))
        return self.out


def expand_tabs(line: str, size: int) -> str:
    out = ""
    for c in line:
        if c == "\t":
            out += " " * (size - len(out) % size)
        else:
            out += c
    return out


def main(argv: list[str]) -> int:
    for width in (40, 24):
        conv = Converter(width)
        text = conv.convert(DOC)
        print("+" + "-" * width + "+")
        for line in text:
            if len(line) > width:
                print("!" + line)
            else:
                print("|" + line.ljust(width) + "|")
        print("+" + "-" * width + "+", len(text), "lines,", len(conv.links), "links")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
