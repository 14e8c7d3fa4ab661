# A price list printer exercising format specs the way a report script would.
import sys

items = [
    ("apple", 0.5, 1200),
    ("banana", 0.25, 34000),
    ("cherry", 12.125, 7),
    ("durian", 1234.5678, 3),
    ("elderberry", -3.14159, 1000000),
]

print("{:<12}|{:>10}|{:^12}|".format("name", "price", "qty"))
print("-" * 37)
for name, price, qty in items:
    print("{:<12}|{:>10.2f}|{:^12,}|".format(name, price, qty))

print()
for name, price, qty in items:
    print(f"{name!r:^20}|{price:+08.3f}|{qty:_}|{qty:#x}|{qty:o}|{qty:b}")

print()
for v in [0.0, 1.5, -2.25, 123456.789, 1e-7, 6.02e23, float("inf"), float("-inf")]:
    print(f"{v:08.3e} {v:.3g} {v:10.4} {v:%}" if v == v and abs(v) != float("inf") else f"{v:08.3e} {v:.3g} {v:10.4}")

print("{0:*^15}|{1:=+10d}|{2:#010b}".format("mid", 42, 5))
print("{:,.2f} {:,} {:_.1f}".format(1234567.891, -9876543210, 1e6))
width, prec = 12, 3
print("[{:{w}.{p}f}]".format(3.14159265, w=width, p=prec))
print("[{:>{}}]".format("x", 6))
print("[{0[name]:>8}] [{0[age]:03d}] [{1.real}]".format({"name": "Ann", "age": 7}, 5))
print("{!s:>6}|{!r:<8}|{!a}".format("é", "é", "é"))
print("%-5s|%05.1f|%+d|%x|%X|%o|%e|%10.3s|" % ("ab", 3.14159, 7, 255, 255, 8, 12345.678, "abcdef"))
print("%(name)s is %(age)d years, %(ratio).1f%%" % {"name": "Bo", "age": 33, "ratio": 45.67})
print("%s" % (("tuple", "inside"),))
print("%r and %s" % ([1, 2], {"k": (1,)}))
print("%c%c%c" % (72, "i", 33))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 2.71828))
print(format(1234.5, ",.1f"), format(0.125, ".0%"), format(255, "08b"), format("s", "^5"))
print(format(12, "n"), format(-0.0, ".1f"), format(2.5, ".0f"), format(3.5, ".0f"))
print("{:e}".format(0), "{:g}".format(1e16), "{:g}".format(1e-5), "{:G}".format(1.5e-10))
print("{:.2%}".format(0.98765), "{:>+9.2%}".format(-0.5))
print("{:c}".format(9731), "{:x}".format(-255), "{:#X}".format(3054))
print(f"{'nested':{'>'}{10}}", f"{3.0:{'.3f'}}")
print("{:=^30}".format(" total "))
print("{{literal}} {}".format("braces"))
table = [("alpha", 1, 2.5), ("beta", 22, 33.25), ("gamma", 333, 444.125)]
for row in table:
    print("| {:<6} | {:>4d} | {:>8.3f} |".format(*row))
print(str(1e22), str(1e15), str(123456789012345678.0), repr(0.1 + 0.2), str(1 / 3))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234, -2), round(1250, -2))
print(float("1e309"), -float("nan") != float("nan"))
