"""String processing: indexing, slicing, concatenation, search, f-strings."""


def reverse_words(s: str) -> str:
    words = s.split()
    out: list[str] = []
    i = len(words) - 1
    while i >= 0:
        out.append(words[i])
        i -= 1
    return " ".join(out)


def caesar(s: str, k: int) -> str:
    res = ""
    for c in s:
        if "a" <= c <= "z":
            res += chr((ord(c) - ord("a") + k) % 26 + ord("a"))
        elif "A" <= c <= "Z":
            res += chr((ord(c) - ord("A") + k) % 26 + ord("A"))
        else:
            res += c
    return res


def is_palindrome(s: str) -> bool:
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def main(argv: list[str]) -> int:
    s = "  The quick brown fox jumps over the lazy dog  "
    t = s.strip()
    print(repr(t))
    print(len(s), len(t))
    print(t[0], t[4:9], t[-3:], t[:3], t[10:], t[-8:-4])
    print(reverse_words(t))
    print(t.find("fox"), t.find("cat"), t.rfind("o"), t.find("o", 13))
    print(t.replace("o", "0"), t.replace("the", "a"))
    print(t.split(" ")[2], len(t.split("o")), t.split("o")[1])
    print(",".join(["a", "b", "c"]), "".join([]), "-".join(["solo"]))
    print(caesar("Hello, World!", 3), caesar(caesar("Round trip", 11), 15))
    print(ord("A"), ord("z"), chr(65), chr(97 + 25))
    print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "ab" + "c")
    print("abc" != "abc", "b" >= "abc", "zz" > "z")
    x = 42
    name = "fox"
    f = 2.5
    print(f"{name} has {x} legs? {x > 4} {f} {name!r}")
    print(f"nested {'-' * 3} {len(name) + x}")
    print(is_palindrome("racecar"), is_palindrome("racecars"), is_palindrome(""))
    print("fox" in t, "cat" in t, "" in t)
    print("ab" * 3, 3 * "xy", "q" * 0 == "")
    print(t.lstrip("Th"), "|" + "xxhixx".strip("x") + "|", "  a  ".rstrip() + "|")
    total = 0
    for c in "a1b2c3":
        if c.isdigit():
            total += int(c)
    print("digits sum", total)
    print("a", "b", 3, sep="-")
    print("no newline", end="!\n")
    print()
    print("x", 1.5, True, sep="", end="")
    print(" <- joined")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
