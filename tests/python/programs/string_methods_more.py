s = "The rain in Spain"
print(s.count("ain"), s.split("ain"), s.index("rain"), s.rindex("ain"))
print(s.lower().count("s"), s.casefold(), s.isascii())
print("   ".join(["x", "y"]), ",".join(str(i) for i in range(5)))
print("a-b_c d".replace("-", " ").replace("_", " ").split(" "))
csv = "name,age\nann,30\nbo,25\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
print(rows)
print("%s is %d" % ("x", 5), "%5.1f%%" % 12.345)
print("abc"[1:], "abc"[:-1], "abc"[5:], "abc"[-10:2])
t = "hello"
print(t[::-1], t[1::2], t.upper().lower() == t, t * 0 == "")
print("x".join("abc"), "ab".join(["1", "2", "3"]))
print(str.upper("q"), "Q".lower(), "mixed Case".swapcase())
print("café".upper(), len("日本語"), "日本語"[1])
print("123abc".isdigit(), "0".isdecimal(), "ab cd".title(), "hello"[0].upper() + "hello"[1:])
print("a b c".split(" ", 1), "   lead".lstrip(), "trail   ".rstrip() + "|")
print("line1\r\nline2".splitlines(), "no-sep".partition(":"))
print(sorted("banana"), "banana".find("na", 3), "banana".rfind("na", 0, 4))
print("{:^10}".format("mid"), "{:*<6}".format("l"), "{:#>6}".format("r"))
print("one two three".split(maxsplit=1), "a,b,c".split(",", maxsplit=1))
print("%-10s|" % "left", "%10s|" % "right", "%03d" % 7)
tbl = str.maketrans("abc", "xyz")
print("aabbcc".translate(tbl))
