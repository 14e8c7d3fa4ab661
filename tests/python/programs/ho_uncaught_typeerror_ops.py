def describe(order):
    qty = order["qty"]
    label = order["name"] + " x" + str(qty)
    return label + " = " + order["qty"] * order["price"]


orders = [
    {"name": "pen", "qty": 3, "price": 1.5},
]
for o in orders:
    try:
        print(describe(o))
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (2,), lambda: len(5), lambda: None(), lambda: 3 < "x", lambda: {}[[]], lambda: "abc"[1.0], lambda: int([]), lambda: sum(["a", "b"]), lambda: -"x", lambda: abs("x"), lambda: "x" * "y", lambda: [].sort(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(describe({"name": "ink", "qty": 2, "price": 4}))
