class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print(D().who(), D().chain(), [k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__), isinstance(D(), C))
class Base:
    def __init__(self, **kw):
        self.base = True
        for k, v in kw.items():
            setattr(self, k, v)
class Mixin:
    def describe(self):
        return sorted(k for k in vars(self))
class Thing(Mixin, Base):
    pass
t = Thing(a=1, b=2); print(t.describe())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
class Shape:
    def area(self):
        raise NotImplementedError
    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
for s in [Circle(1), Square(2)]:
    print(s)
try:
    Shape().area()
except NotImplementedError:
    print("abstract")
print(super(B, B()).who())
