class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int) or v < 0:
            raise ValueError(f"invalid age: {v!r}")
        self._age = v
    @age.deleter
    def age(self):
        print("deleting age")
        del self._age
    @property
    def initials(self):
        return "".join(p[0].upper() for p in self.name.split())
p = Person("ada lovelace", 36)
print(p.age, p.initials)
p.age += 1
print(p.age)
for bad in [-1, "x", 2.5]:
    try:
        p.age = bad
    except ValueError as e:
        print(e)
del p.age
print(hasattr(p, "_age"))
try:
    p.initials = "X"
except AttributeError:
    print("read-only")
print(type(Person.age).__name__, Person.age.fget.__name__)
