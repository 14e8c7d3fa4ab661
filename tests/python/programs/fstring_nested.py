items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
w = max(len(n) for n, _, _ in items)
for name, price, qty in items:
    print(f"{name:<{w}} | {price:>{6}.{2}f} | {qty:>3d} | {price * qty:>8,.2f} | {'*' * qty:<12}|")
print(f"{'total':>{w}} = {sum(p * q for _, p, q in items):.2f}")
value = 1234.5678
for spec in [".0f", ".1f", "10.3f", "<10.2f", "^12.1f", "+.2e", ",.3f", "_.1f", "012.2f"]:
    print(f"{spec:>8}: [{value:{spec}}]")
nested = {"a": [1, {"b": 2}]}
print(f"{nested['a'][1]['b']} {nested!r} {len(nested)=}")
print(f"{'{'}{'}'} {3 + 4 = } {(lambda x: x * 2)(5)}")
x = 42
print(f"{x:#06x} {x:b} {x:o} {x:c} {x:e} {x!s:>5} {str(x):*^7}")
