# Type-based dispatch with functools.singledispatch and singledispatchmethod.
from functools import singledispatch, singledispatchmethod
import operator
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register
def _(x: str | bytes):
    return f"text {x!r}"
class Animal: pass
class Dog(Animal): pass
@describe.register(Animal)
def _(x):
    return f"animal {type(x).__name__}"
for v in [1, True, 2.5, [1, 2], "hi", b"by", Dog(), None]:
    print(describe(v))
print(describe.dispatch(bool).__name__, sorted(c.__name__ for c in describe.registry))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"
    @fmt.register
    def _(self, arg: int):
        return f"#{arg}"
    @fmt.register(float)
    def _(self, arg):
        return f"{arg:.1f}"
f = Fmt()
print(f.fmt(3), f.fmt(2.25), f.fmt("x"), operator.call(max, 3, 9))
