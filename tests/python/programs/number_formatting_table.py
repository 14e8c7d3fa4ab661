rows = [("alpha", 1234.5, 0.1234), ("beta", -0.5, 0.98765), ("gamma", 1e6, 0.5)]
print("{:<8}|{:>12}|{:>8}".format("name", "value", "pct"))
for name, val, pct in rows:
    print("{:<8}|{:>12,.2f}|{:>8.1%}".format(name, val, pct))
print("{:=^30}".format(" totals "))
print("{:>12.3e}|{:^+10.2f}|{:08.3f}".format(sum(r[1] for r in rows), -1.5, 3.14159))
for n in [0, 7, 42, 255, 4096]:
    print(f"{n:>6d} {n:>#8x} {n:>#10b} {n:>6o}")
