class MyList(list):
    def sum(self):
        return sum(self)
    def __repr__(self):
        return "MyList(" + list.__repr__(self) + ")"
m = MyList([3, 1, 2])
m.append(5); m.sort()
print(m, m.sum(), len(m), m[0], m[1:], isinstance(m, list), type(m[1:]).__name__)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack(); s.push(1); s.push(2); print(s.peek(), s.pop(), s)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict(); ld["HeLLo"] = 1; print(ld["HELLO"], dict(ld), "hello" in ld, len(ld))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
dd = Default(a=1); print(dd["a"], dd["zz"], dd.get("zz"))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob"); print(n.shout(), n + "x", len(n), n == "bob", isinstance(n, str), repr(n))
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
print(Meters(2.5), Meters(2.5) + 1, [Meters(1)])
class Flags(int):
    def has(self, bit):
        return bool(self & bit)
f = Flags(5); print(f.has(4), f.has(2), f + 1, f * 2, int(f))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2); print(p, p.swap(), p[0], len(p), p == (1, 2))
class MyErr(KeyError):
    pass
try:
    raise MyErr("k")
except LookupError as e:
    print(type(e).__name__, e)
class USet(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
u = USet(); u.add_all(3, 1, 2); print(sorted(u), len(u), 2 in u)
