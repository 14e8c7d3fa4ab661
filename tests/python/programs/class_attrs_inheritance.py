class Base:
    registry = []
    limit = 10
    def __init__(self):
        self.registry.append(type(self).__name__)
class Child(Base):
    limit = 20
class GrandChild(Child):
    pass
Base(); Child(); GrandChild()
print(Base.registry, Child.limit, GrandChild.limit, GrandChild.__base__.__name__)
Child.limit = 30
print(GrandChild.limit, Base.limit)
g = GrandChild(); g.limit = 99
print(g.limit, GrandChild.limit, vars(g))
del g.limit
print(g.limit)
class A:
    def __init__(self):
        self.x = "A"
class B(A):
    def __init__(self):
        super().__init__()
        self.y = "B"
b = B()
print(b.x, b.y, sorted(vars(b)))
print(hasattr(B, "__init__"), B.__init__ is not A.__init__, issubclass(B, (int, A)))
