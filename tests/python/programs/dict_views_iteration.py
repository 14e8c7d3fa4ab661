d = {"x": 1, "y": 2, "z": 3}
ks, vs, its = d.keys(), d.values(), d.items()
d["w"] = 4
print(list(ks), list(vs), list(its), len(ks))
print("x" in ks, 2 in vs, ("y", 2) in its, ("y", 3) in its)
print(ks - {"x"} == {"y", "z", "w"}, sorted(ks | {"q"}), ks & {"z", "nope"})
for k in sorted(d):
    print(k, d[k], end="; ")
print()
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
it = iter(d)
print(next(it), next(it))
print(dict(sorted(d.items(), reverse=True)), list(reversed(d.values())))
e = {k: v for k, v in d.items() if v % 2}
print(e, d.keys() == {"x", "y", "z", "w"})
