from helpers.shapes import Circle, Square, describe
import helpers.shapes as sh
for s in [Circle(1.0), Square(3)]:
    print(describe(s))
print(sh.circle.Circle is Circle, sorted(sh.__all__))
from helpers.shapes import *
print(describe(Square(2)))
