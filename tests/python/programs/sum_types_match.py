from dataclasses import dataclass
@dataclass
class Circle:
    r: float
@dataclass
class Rect:
    w: float
    h: float
@dataclass
class Tri:
    a: float
    b: float
    c: float
def area(s):
    match s:
        case Circle(r=r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
        case Tri(a, b, c):
            p = (a + b + c) / 2
            return round((p * (p - a) * (p - b) * (p - c)) ** 0.5, 3)
for s in [Circle(1), Rect(2, 3), Rect(2, 2), Tri(3, 4, 5)]:
    print(s, area(s))
def classify(v):
    match v:
        case []:
            return "empty"
        case [x] if isinstance(x, int):
            return "one int"
        case [_, _, *rest] if not rest:
            return "pair"
        case {"k": [1, *_]}:
            return "dict with list"
        case (1 | 2) as n:
            return f"small {n}"
        case str() | bytes():
            return "text"
        case _:
            return "?"
print([classify(v) for v in [[], [5], ["a"], [1, 2], [1, 2, 3], {"k": [1, 9]}, 2, "s", b"b", 3.5]])
