# Introspection (dir, vars, getattr) and text helpers (string, textwrap).
class A:
    cls_attr = 1
    def __init__(self): self.x = 1; self._y = 2
    def meth(self): pass
    @property
    def prop(self): return 1
a = A()
print([n for n in dir(a) if not n.startswith("_")], [n for n in dir(A) if not n.startswith("__")])
print(dir(a) == sorted(dir(a)), len(dir(object())), dir(object()))
print(len(dir(A)), dir(A))
print(vars(a), A.__dict__.keys() if False else sorted(k for k in vars(A) if not k.startswith("__")))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir(1) if not n.startswith("_")))
import math
print(sorted(n for n in dir(math) if not n.startswith("_")))
print(hasattr(a, "meth"), callable(a.meth), type(a.meth).__name__, a.meth.__self__ is a, A.meth.__name__)
print(getattr(a, "x"), getattr(A, "cls_attr"), isinstance(A.prop, property))
print("{name} is {age}".format_map({"name": "x", "age": 3}))
import string
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.whitespace == " \t\n\r\x0b\x0c", string.printable[:20])
print(string.capwords("hello   world  foo"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.Template("$a $b").safe_substitute(a=1))
import textwrap
txt = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(txt, width=30))
print(textwrap.wrap(txt, 25)[:2], textwrap.shorten(txt, 40), repr(textwrap.dedent("    a\n      b\n")), textwrap.indent("a\nb", "> "))
print(textwrap.fill("a " * 10, width=9, initial_indent="* ", subsequent_indent="  "))
