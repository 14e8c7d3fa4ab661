data = [{"name": "ann", "dept": "eng", "age": 30}, {"name": "bob", "dept": "ops", "age": 25},
        {"name": "cy", "dept": "eng", "age": 25}, {"name": "dee", "dept": "ops", "age": 35},
        {"name": "eve", "dept": "eng", "age": 30}]
by_age = sorted(data, key=lambda r: r["age"])
by_dept_then_age = sorted(by_age, key=lambda r: r["dept"])
print([r["name"] for r in by_dept_then_age])
print([r["name"] for r in sorted(data, key=lambda r: (r["dept"], -r["age"], r["name"]))])
data.sort(key=lambda r: r["name"], reverse=True)
print([r["name"] for r in data])
print(sorted(set(r["dept"] for r in data)), {r["dept"]: r["name"] for r in data})
