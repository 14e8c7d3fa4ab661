d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
d.update({"d": 4}, e=5); print(d)
print(d.pop("a"), d.pop("zz", None), d)
print(d.setdefault("b", 100), d.setdefault("n", []), d)
del d["n"]; print(d.popitem(), d)
print({k: v * 2 for k, v in d.items()}, dict(a=1, b=2), dict([(1, 2), (3, 4)]))
print(dict.fromkeys("abc", 0), {1: "x"} == {1: "x"}, {1: 2} | {3: 4})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
print(sorted(d.keys() & {"b", "c"}), sorted(d.keys() | {"q"}))
dd = {(1, 2): "t", 3.5: "f", None: "n", True: "b"}
print(dd[(1, 2)], dd[3.5], dd[None], dd[1])
print(list(reversed({"x": 1, "y": 2})), {}.get(1), len({}))
e = dict(d); e["new"] = 1; print(d == e, len(e))
