from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sum(c.values()))
c2 = Counter(["x", "y", "x"]); c2.update(["x", "z"]); print(c2)
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1))
d = deque([1, 2, 3]); d.appendleft(0); d.append(4); print(d, d.popleft(), d.pop(), d)
d.rotate(1); print(list(d)); d.extend([7, 8]); print(len(d), d[0], d[-1])
lim = deque(maxlen=3)
for i in range(6):
    lim.append(i)
print(lim)
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(y=5), tuple(p), p == (1, 2))
x, y = p; print(x + y, Point._fields)
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
print(Emp("ann", "eng"), Emp("bo", "ops", 10).salary)
od = OrderedDict(); od["b"] = 1; od["a"] = 2; od.move_to_end("b"); print(list(od), od.popitem())
