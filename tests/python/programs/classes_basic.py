class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks; " + super().speak()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
print(a.speak()); print(d.speak()); print(p.speak(), p.age)
print(a, d, p, [a, p])
print(Animal.count, p.kind, Puppy.kind, isinstance(p, Animal), issubclass(Dog, Puppy))
print(Puppy.__mro__, Puppy.__name__, Puppy.__bases__)
print(type(p) is Puppy, type(p).__name__, p.__class__.__name__)
p.color = "brown"; print(p.color, hasattr(p, "color"), getattr(p, "zzz", "none"))
delattr(p, "color"); print(hasattr(p, "color"))
class Empty:
    pass
e = Empty(); e.x = 1; print(vars(e), e.__dict__)
print(str(e)[:15])
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
w1, w2 = WithClassAttr(), WithClassAttr(); w1.add(1); w2.add(2); print(w1.items)
