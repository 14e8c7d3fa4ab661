from datetime import date
x, w = 3.14159, 12
d = date(2024, 7, 4)
name = "Ann"
print(f"{x!r:^20}|{'yes' if x > 3 else 'no'}|{x:{'^'}{w}.2f}|{d:%Y/%m/%d}|{d}|{name!a}|{name:*>{w}}|")
print(f"{'a' 'b'}", f"{3+4=}", f"{name=!s}", f"{x = :.1f}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{len(name):03}")
print("a", "b", sep=None, end=None)
print("c", end="")
print()
print(f"{1_000_000:,d} {0xff:#06x} {-1.5:08.2f} {True!s:>5} {None}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
print("\n".join(f"{n:<8}{p:>6.2f}{q:>4} = {p * q:>7.2f}" for n, p, q in items))
print(f"{'total':<8}{sum(p * q for _, p, q in items):>17.2f}")
width = 5
print(f"{'|':{'-'}^{width}}", f"{12:b}", f"{12:o}", f"{12:e}", f"{1e-7:f}", f"{float('nan'):f}", f"{float('inf'):>6}")
