from fractions import Fraction
import textwrap
from pprint import pprint, pformat
a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, -a, abs(-b), a ** 2, b ** -1, repr(a))
print(a < b, a == Fraction(2, 6), Fraction(6, -4), Fraction("3/9"), Fraction("0.125"), Fraction(0.5), Fraction(5))
print(sum([Fraction(1, n) for n in range(1, 6)]), float(Fraction(22, 7)), a + 1, 2 * b, b + 0.25)
print(Fraction(355, 113).limit_denominator(10), Fraction(1, 3).numerator, Fraction(1, 3).denominator)
text = "The Python Software Foundation is an organization devoted to advancing open source technology."
for line in textwrap.wrap(text, 30):
    print(repr(line))
print(textwrap.fill(text, 40))
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.indent("a\nb\n", "> "), end="")
print(textwrap.shorten("Hello world this is a long sentence", width=20))
data = {"name": "tandem", "versions": list(range(30)), "nested": {"zeta": [1, 2, {"deep": "x" * 30}], "alpha": (1, 2)}, "b": None}
pprint(data)
pprint([1, 2, 3])
print(pformat({"z": 1, "a": 2}))
pprint([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(6)])
