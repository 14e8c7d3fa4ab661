class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "x", Key(3, 4): "y"}
print(d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d, len({Key(1, 1), Key(1, 1)}))
class Plain:
    pass
p, q = Plain(), Plain()
s = {p, q, p}
print(len(s), p in s, Plain() in s)
print(hash(()) == hash(()), hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {{}}
except TypeError as e:
    print(e)
print({(1, 2): 1, (2, 1): 2}, {1: "int", 1.5: "float", "1": "str"})
