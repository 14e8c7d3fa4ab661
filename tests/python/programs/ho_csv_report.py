import csv
import io

RAW = """region,product,units,price
north,widget,12,2.50
south,widget,7,2.50
north,"gadget, deluxe",3,19.99
east,widget,0,2.50
south,"gadget, deluxe",5,19.99
north,gizmo,9,7.25
"""

totals = {}
by_product = {}
for row in csv.DictReader(io.StringIO(RAW)):
    revenue = int(row["units"]) * float(row["price"])
    totals[row["region"]] = totals.get(row["region"], 0.0) + revenue
    by_product.setdefault(row["product"], []).append((row["region"], int(row["units"])))

for region, amount in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{region:<6}{amount:>10.2f}")
for product in sorted(by_product):
    units = sum(u for _, u in by_product[product])
    print(f"{product!r:<18} units={units:<3} regions={sorted({r for r, _ in by_product[product]})}")

out = io.StringIO()
writer = csv.writer(out)
writer.writerow(["region", "revenue", "note"])
for region in sorted(totals):
    note = "top, by far" if totals[region] == max(totals.values()) else ""
    writer.writerow([region, round(totals[region], 2), note])
print(repr(out.getvalue()))
back = list(csv.reader(io.StringIO(out.getvalue())))
print(back)
print(len(back) - 1, "regions;", "header:", back[0])
