for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(), KeyError(1, 2),
          IndexError("idx"), StopIteration(5), OSError(13, "Permission denied", "f.txt"), SystemExit(3), Exception(None)]:
    print(repr(str(e)), repr(e), e.args)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(str(e), repr(e), e.args, e.b)
print(str(StopIteration(5).value), SystemExit(3).code, SystemExit().code)
