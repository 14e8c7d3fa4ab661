def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case float():
            return "float"
        case "hello":
            return "greeting"
        case str() as s:
            return f"string {s}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -5, 1.5, "hello", "yo", [1, 2], [1, 2, 3], (4,), {"type": "point", "x": 1, "y": 2}, {"type": "z", "q": 1, "r": 2}, None, object]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1)]:
    print(where(p))
cmd = "go north"
match cmd.split():
    case ["go", direction]:
        print("moving", direction)
    case ["quit"]:
        print("quit")
