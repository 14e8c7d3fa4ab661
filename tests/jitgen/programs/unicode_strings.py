"""Non-ASCII text: code points, comparison by code point, slicing."""


def codes(s: str) -> str:
    return " ".join([str(ord(c)) for c in s])


def main(argv: list[str]) -> int:
    words = ["zebra", "Zürich", "apple", "Äpfel", "éclair", "eclair", "日本", "ß", "straße", "😀", "a😀b"]
    words.sort()
    print(" | ".join(words))
    print(len("日本語"), len("😀"), len("a😀b"), len("é"), len("e\u0301"))
    print(codes("é日😀"))
    print(chr(233), chr(26085), chr(128512), chr(0x41))
    s = "naïve café 😀 日本語"
    print(s[2], s[-1], s[6:10], s[11], s.find("日"), s.find("😀"))
    print("é" > "z", "😀" > "日", "Z" < "a", "日" == "\u65e5")
    print(s.upper(), "ÉCOLE".lower(), "Ünïcödé".upper())
    print(s.split(" ")[3], s.replace("é", "e"), repr("😀"), repr("tab\t"))
    print(s.count("a"), "café" in s, s.startswith("naï"))
    print("日本語".isalpha(), "١٢٣".isdigit(), " ".isspace(), "\u00a0".isspace())
    total = 0
    for c in "ÿĀ":
        total += ord(c)
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
