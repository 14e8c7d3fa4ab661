d = {}
for k in "qwertyuiop":
    d[k] = ord(k)
del d["e"], d["o"]
d["e"] = 0
print(list(d), d)
d2 = dict(zip(range(5), "abcde"))
d2.pop(2); d2[2] = "C"; d2[10] = "K"
print(d2, list(d2.values()))
print({**d2, 0: "zero", 99: "x"})
inv = {v: k for k, v in d2.items()}
print(inv)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1], reverse=True))
print(len({i: i for i in range(1000)}), list({i % 3: i for i in range(10)}.items()))
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
