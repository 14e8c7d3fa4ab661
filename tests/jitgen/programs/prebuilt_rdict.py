"""A prebuilt r_dict (a keyword table made at import time), used and grown."""
from jitgen.hints import r_dict


def ci_eq(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def ci_hash(a: str) -> int:
    return len(a)


def _make_keywords() -> r_dict[str, int]:
    d: r_dict[str, int] = r_dict(ci_eq, ci_hash)
    for i, w in enumerate(["If", "Else", "While"]):
        d[w] = i
    return d


KEYWORDS: r_dict[str, int] = _make_keywords()


def main(argv: list[str]) -> int:
    print(KEYWORDS["if"], KEYWORDS["WHILE"], "else" in KEYWORDS, "for" in KEYWORDS)
    KEYWORDS["For"] = 3
    print(len(KEYWORDS), KEYWORDS["FOR"])
    for k in KEYWORDS:
        print(k, KEYWORDS[k])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
