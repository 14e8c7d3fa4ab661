"""The rest of the str methods, int parsing with bases, and their errors."""


def show(label: str, v: str) -> None:
    print(label + ": " + repr(v))


def main(argv: list[str]) -> int:
    s = "Hello World 123"
    show("upper", s.upper())
    show("lower", s.lower())
    print(s.startswith("Hell"), s.startswith("World"), s.endswith("123"), s.endswith(""))
    print(s.count("l"), s.count("o"), s.count("xyz"), "aaaa".count("aa"))
    print(s.index("World"), s.rfind("l"), s.rfind("zz"))
    try:
        s.index("zz")
    except ValueError:
        print("index raised ValueError")
    print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalnum())
    print(" \t\n".isspace(), "ABC".isupper(), "AbC".isupper(), "abc".islower())
    show("ljust", "ab".ljust(5))
    show("rjust", "ab".rjust(5))
    show("ljust fill", "ab".ljust(5, "*"))
    show("zfill", "42".zfill(6))
    show("zfill neg", "-42".zfill(6))
    show("zfill short", "12345".zfill(3))
    print(int("123"), int("-77"), int("  8  "), int("ff", 16), int("777", 8), int("1010", 2), int("zz", 36))
    for bad in ["", "1.5", "abc", "12 3"]:
        try:
            int(bad)
            print("parsed", repr(bad))
        except ValueError:
            print("ValueError for", repr(bad))
    print(str(12) + str(-3) + str(True) + str(False) + str("s"))
    print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("back\\slash"), repr("nl\n"))
    print(repr("both ' and \""))
    parts = "a,b,,c,".split(",")
    print(len(parts), "|".join(parts))
    print(len("  lots   of   space  ".split()), "|".join("  lots   of   space  ".split()))
    print("x=1;y=2".split(";")[1].split("=")[0])
    print(hash("abc") == hash("ab" + "c"), hash("") == hash(""[0:0]))
    print("abc"[1], "abc"[-1], "abc"[0:0] == "", "abc"[5:] == "", "abc"[-10:2])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
