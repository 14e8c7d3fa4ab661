class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
o = Logged(); o.x = 1; o.y = 2; del o.x
print(o.log, hasattr(o, "x"), o.y)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([1, 2, 3]); print(p.count(2), p.index(3))
class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
st = Strict(); st.public = 1; st.secret_key = 2
print(st.public, hasattr(st, "secret_key"))
class Dyn:
    pass
d = Dyn()
for i in range(3):
    setattr(d, f"f{i}", i * i)
print(sorted(vars(d).items()), getattr(d, "f2"))
class WithDict:
    def __init__(self):
        self.a = 1
w = WithDict(); w.__dict__["b"] = 2; w.__dict__.update(c=3)
print(w.b, w.c, sorted(w.__dict__))
class Cls:
    x = 1
Cls.y = 2
setattr(Cls, "z", 3)
print(Cls.x, Cls.y, Cls.z, Cls().z, "y" in Cls.__dict__)
del Cls.y
print(hasattr(Cls, "y"))
class Attrs:
    def __dir__(self):
        return ["b", "a"]
print(dir(Attrs()))
