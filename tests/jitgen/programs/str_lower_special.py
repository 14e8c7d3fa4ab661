"""str.lower beyond simple case mapping: final sigma, titlecase digraphs, dotted capital I."""


def main(argv: list[str]) -> int:
    for s in ["ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "AΣB", "ǅ ǈ ǋ ǲ", "ᾈ ᾼ", "İstanbul", "ΣΑΣ'", "abcΣ", "ΑΣ̈"]:
        print(s.lower())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
