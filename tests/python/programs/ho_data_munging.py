people = [
    {"name": "Ann", "dept": "eng", "salary": 120000, "skills": ["py", "go"]},
    {"name": "Bob", "dept": "ops", "salary": 95000, "skills": ["bash", "py"]},
    {"name": "Cid", "dept": "eng", "salary": 130000, "skills": ["rust", "py", "go"]},
    {"name": "Dee", "dept": "sales", "salary": 70000, "skills": []},
    {"name": "Eve", "dept": "ops", "salary": 99000, "skills": ["go"]},
    {"name": "Fay", "dept": "eng", "salary": 120000, "skills": ["js"]},
]
depts = {p["dept"] for p in people}
print(sorted(depts))
by_dept = {d: [p["name"] for p in people if p["dept"] == d] for d in sorted(depts)}
print(by_dept)
avg = {d: sum(p["salary"] for p in people if p["dept"] == d) / len(names) for d, names in by_dept.items()}
print({d: round(v, 1) for d, v in avg.items()})
skills = {}
for p in people:
    for s in p["skills"]:
        skills.setdefault(s, set()).add(p["name"])
print({s: sorted(n) for s, n in sorted(skills.items())})
print(set(skills) - {"py"}  == {"go", "bash", "rust", "js"})
all_skills = [s for p in people for s in p["skills"]]
print(all_skills, len(set(all_skills)))
counts = {s: all_skills.count(s) for s in all_skills}
print(counts)
print(sorted(counts, key=counts.get, reverse=True))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
top = sorted(people, key=lambda p: (-p["salary"], p["name"]))
print([(p["name"], p["salary"]) for p in top])
print(max(people, key=lambda p: len(p["skills"]))["name"], min(people, key=lambda p: p["salary"])["name"])
print(min([], default="none"), max([3, 1, 2], default=0), max("abc", "abd", key=lambda s: s[-1]))
matrix = [[p["salary"] // 1000, len(p["name"]), len(p["skills"])] for p in people]
print(matrix)
print([list(col) for col in zip(*matrix)])
print({i: x for i, x in enumerate("hello") if x != "l"})
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a.isdisjoint({9}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print(d1 | d2, {**d2, **d1}, dict(d1, w=0))
d1 |= {"q": 9}
print(d1, list(d1.keys() & d2.keys()), sorted(d1.keys() - {"x"}))
print(dict.fromkeys("abc", 0), dict(zip("xyz", range(3))))
nested = {"a": {"b": {"c": 1}}, "d": [1, {"e": 2}]}
def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, obj
print(list(walk(nested)))
dd = {}
dd.update([("k", 1)], m=2)
print(dd, dd.pop("k"), dd.pop("zz", "dflt"), dd.popitem(), dd)
print(sorted({3: "c", 1: "a", 2: "b"}.items(), reverse=True))
frozen = frozenset([1, 2]) | {3}
print(type(frozen).__name__, sorted(frozen), {frozenset({1}): "x"}[frozenset([1])])
print(sum([[1], [2, 3]], []), any(p["salary"] > 125000 for p in people), all(p["skills"] for p in people))
