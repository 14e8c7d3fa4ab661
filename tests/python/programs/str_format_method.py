print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:.3f} {:8.2e} {:+.1f}".format(2 / 3, 12345.6789, 2.25))
print("{0[0]} {0[1]} {1[k]}".format([7, 8], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()))
print("{!r} {!s}".format("q", "q"))
print("{:,}".format(10 ** 9), "{:05d}".format(-42), "{:x}".format(255))
print("%s %d %05.1f %x %o %e %%" % ("s", 42, 3.14159, 255, 8, 1234.5))
print("%(a)s-%(b)d" % {"a": "A", "b": 7})
print("%-5s|%5s|" % ("ab", "cd"), "%c" % 65, "%r" % "x", "%i" % 3.7)
print("%.2s" % "abcdef", "%+d" % 5, "% d" % 5, "%3d|" % 7)
