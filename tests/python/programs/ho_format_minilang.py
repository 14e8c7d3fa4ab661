rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 999.999)]
print("{:<12}|{:^5}|{:>10}".format("name", "qty", "price"))
print("{}".format("-" * 29))
for name, qty, price in rows:
    print("{:<12.12}|{:^5d}|{:>10.2f}".format(name, qty, price))
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]} {1[k]}".format([7, 8], {"k": "v"}))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:>{}}".format("r", 4))
print("{!r} {!s} {!a}".format("q", "q", "é"))
class P:
    x = 5
    def __format__(self, spec):
        return f"P<{spec}>"
print("{0.x} {1:custom}".format(P(), P()), format(P(), "abc"), f"{P():zz}")
print("{:,}".format(1234567), "{:_x}".format(0xDEADBEEF), "{:#010b}".format(5), "{:+.3e}".format(-0.000123))
print("{:%}".format(0.125), "{:.1%}".format(2 / 3), "{:g}".format(0.00001234), "{:G}".format(1e20), "{:n}".format(1234))
print("{:08.2f}".format(-3.14159), "{:=+8d}".format(42), "{:*<8}".format("ab"), "{:#>8x}".format(255))
print(f"{'center':^20}|", f"{12345:^10,}|", f"{3:03}", f"{-3:03}", f"{'s':3}", f"{7:<3}|")
print(f"{1e6:.0f} {1e-3:.2e} {123.456:.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:.1f}")
v = 17
print(f"{v=}", f"{v * 2 = }", f"{v!r:>5}", f"{'nested {}'.format(v)}", f"{{literal}}", f"{v:{'>'}{6}}")
print(f"{3.0} {3.10} {1/3:.5} {100.0:.3} {1234.5:.2} {0.1:.20f}")
print("{:.3s}|{:5.1s}|".format("abcdef", "xyz"))
print("%s %r %d %5.2f %-5d| %05d %+d %e %g %o %X" % ("s", "r", 3.9, 2.345, 7, 42, 5, 12345.678, 0.0001, 8, 255))
print("%3s|%-3s|%.1s" % ("a", "b", "cde"), "%i%%" % 50)
print(str(1.0), str(10.0 ** 16), str(1.23e-7), repr(0.1 + 0.7), str(-1.5e-10), str(123456789012345.6))
print(format(12.5, ".0f"), format(13.5, ".0f"), round(0.125, 2), round(0.375, 2), format(2 ** 70, ","))
print("{:>6}".format(True), "{}".format(True), "{:d}".format(True), f"{None!s:>6}", "{:5}".format(None.__class__.__name__))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
