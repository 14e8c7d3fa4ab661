l = [1, 2]
l.append(l)
print(l)
d = {"a": 1}
d["self"] = d
print(d)
print(repr(""), repr("'"), repr('"'), repr("\x00\x7f"), repr("\u00e9"), repr("a\\b"))
print([1.0, 2.50, -0.0, 1e-10], (1,), ((1,),), [()], {1: {2: {}}})
print(str(True), repr(False), [True, None], {None: True})
print(repr(1e16), repr(12345678901234567890.0), repr(0.1), repr(-1.5e-7))
print(range(0), range(3, 10, 2), slice(None), slice(1, 2))
print(set([1]), frozenset(), frozenset({2}), set())
class R:
    def __repr__(self):
        return "R()"
print([R(), R()], {"k": R()}, (R(),))
print(type(len), type(print).__name__, type(R).__name__)
print(b"\x00\xffab'", b'"', bytes([65, 66]))
