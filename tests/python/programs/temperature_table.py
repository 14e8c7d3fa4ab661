print(f"{'C':>5} {'F':>7} {'K':>8}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>5} {f:>7.1f} {k:>8.2f}")
print("%-6s|%6s" % ("left", "right"))
