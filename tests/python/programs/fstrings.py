name = "Ada"
n = 42
pi = 3.14159265
print(f"{name} is {n} years")
print(f"{name!r} {name!s} {n:5d} {n:<5}| {n:^7}| {n:>05}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {1e20:g} {0.0001:g}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {1234567:,} {1234567:_}")
print(f"{-n:+d} {n:+d} {n: d} {0.5:%} {0.25:.1%}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{'x':*^9} {n:=+8}")
w = 8
print(f"{pi:{w}.{3}f}")
print(f"{n=}, {name=}")
print(f"{[1, 2, 3]} {(1,)} {{literal}}")
print(f"{'nested ' + name.upper()}")
d = {"k": 5}
print(f"{d['k']} {len(d)}")
print(f"{3.0} {1e16} {-0.0} {1/3}")
print(format(3.5, ".1f"), format(12, "08b"), format("s", ">3"), format(1234.5, ",.2f"))
