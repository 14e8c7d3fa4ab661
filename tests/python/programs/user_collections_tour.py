# Inventory and log analysis with the collections module.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

log = """alice login
bob login
alice view page1
carol login
alice view page2
bob view page1
alice logout
bob view page3
carol view page1
bob logout
dave login
carol logout""".splitlines()

actions = Counter(line.split()[1] for line in log)
print(actions)
print(actions.most_common(2), actions["missing"], sorted(actions.elements())[:5])
users = Counter(line.split()[0] for line in log)
print(users.most_common())
users.update(["alice", "erin"])
users.subtract({"bob": 2})
print(users, sum(users.values()), users.total() if hasattr(users, "total") else sum(users.values()))
c1 = Counter("abracadabra")
c2 = Counter("alakazam")
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, sep="\n")
print(+Counter({"a": 2, "b": -1}), -Counter({"a": 2, "b": -1}))
print(Counter(cats=4, dogs=8) == Counter(dogs=8, cats=4), list(Counter("zzyyyx").keys()))

pages = defaultdict(list)
visits = defaultdict(int)
for line in log:
    parts = line.split()
    if parts[1] == "view":
        pages[parts[0]].append(parts[2])
        visits[parts[2]] += 1
print(dict(pages))
print(sorted(visits.items(), key=lambda kv: (-kv[1], kv[0])))
nested = defaultdict(lambda: defaultdict(set))
nested["x"]["y"].add(1)
nested["x"]["z"].add(2)
print({k: {k2: sorted(v2) for k2, v2 in v.items()} for k, v in nested.items()})
print(repr(defaultdict(int, {"a": 1}))[:30], pages.default_factory)

window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print()
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], len(d))
d.appendleft(0)
d.extend([6, 7])
d.extendleft([-1, -2])
print(d, d.popleft(), d.pop(), d.count(3), d.index(3))
d.remove(3)
d.reverse()
print(d, deque("abc", maxlen=2), 4 in d)
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)

Point = namedtuple("Point", ["x", "y"])
Employee = namedtuple("Employee", "name dept salary", defaults=[1000])
p = Point(3, 4)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
staff = [Employee("ann", "eng", 120), Employee("bob", "ops"), Employee("cy", "eng", 95)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept, members in sorted(by_dept.items()):
    print(dept, [m.name for m in members], sum(m.salary for m in members))
print(sorted(staff, key=lambda e: e.salary))
print(max(staff, key=lambda e: e.salary).name, Employee._field_defaults)

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()

    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]

    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            old = self.data.popitem(last=False)
            print("evict", old)

cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(list(cache.data.items()))
