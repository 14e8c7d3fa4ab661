class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __eq__(self, o): return self.c == o.c
    def __hash__(self): return hash(self.c)
    def __getattr__(self, name):
        idx = "xyz".find(name)
        if idx < 0 or idx >= len(self.c):
            raise AttributeError(f"{type(self).__name__!r} has no component {name!r}")
        return self.c[idx]
v = Vec(1, 2)
print(v.x, v.y, getattr(v, "z", None), hasattr(v, "w"))
class Registry(dict):
    def __missing__(self, key):
        self[key] = value = f"auto-{key}"
        return value
r = Registry(a=1)
print(r["a"], r["b"], r, len(r), isinstance(r, dict))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
    def shout(self): return self + "!"
u = Upper("hey")
print(u, u.shout(), type(u).__name__, u.lower(), type(u.lower()).__name__, u == "HEY", len(u))
class Celsius(float):
    def __repr__(self): return f"{float(self):.1f}°C"
print([Celsius(21.456)], Celsius(3) + 1, type(Celsius(3) + 1).__name__)
class Bag(list):
    def total(self): return sum(self)
b = Bag([1, 2]); b.append(3)
print(b, b.total(), b[1:], type(b[1:]).__name__, b + [4], len(b))
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created = True
        return inst
class Widget(metaclass=Meta):
    def __init__(self, n): self.n = n
w = Widget(5); print(w.n, w.created, type(Widget).__name__)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return "cls" if obj is None else getattr(obj, self.name, 0) * 2
    def __set__(self, obj, v): setattr(obj, self.name, v)
class Holder:
    val = Desc()
h = Holder(); h.val = 21; print(h.val, Holder.val, h._val)
