sales = [("north", "apples", 120), ("south", "pears", 80), ("north", "pears", 45),
         ("east", "apples", 200), ("south", "apples", 30), ("east", "kiwis", 15)]
totals = {}
for region, product, qty in sales:
    totals[region] = totals.get(region, 0) + qty
width = max(len(r) for r in totals)
print(f"{'Region':<{width + 2}}{'Total':>8}")
print("-" * (width + 10))
for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    bar = "#" * (total // 20)
    print(f"{region:<{width + 2}}{total:>8}  {bar}")
print("=" * (width + 10))
print(f"{'ALL':<{width + 2}}{sum(totals.values()):>8}")
products = sorted({p for _, p, _ in sales})
print(" | ".join(f"{p:^8}" for p in products))
avg = sum(q for *_, q in sales) / len(sales)
print(f"average {avg:.3f}, max {max(sales, key=lambda s: s[2])[1]}")
