people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 35, "NY"), ("dave", 25, "SF")]
by_age = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_age])
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(max(people, key=lambda p: p[1])[0], min(people, key=lambda p: (p[1], p[0]))[0])
group = {}
for name, age, city in people:
    group.setdefault(city, []).append(name)
print(group)
adders = {op: (lambda a, b, op=op: eval_op(op, a, b)) for op in "+-*"}
def eval_op(op, a, b):
    return {"+": a + b, "-": a - b, "*": a * b}[op]
print({k: f(6, 3) for k, f in adders.items()})
print(list(map(lambda x: x ** 2, filter(lambda x: x % 2, range(10)))))
compose = lambda *fs: (lambda x: [x := f(x) for f in fs][-1])
print(compose(lambda x: x + 1, lambda x: x * 10)(4))
print((lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
