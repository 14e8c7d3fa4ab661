class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step, key.indices(len(self.data)))
            return Seq(self.data[key])
        if isinstance(key, tuple):
            return [self.data[k] for k in key]
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq(range(10))
print(s[2], s[-1], s[1:8:2], s[::-3], s[:3], s[1, 3, 5])
s[0:3] = ["a", "b"]
print(s, len(s), bool(Seq([])), bool(s))
s[::2] = [0] * len(s[::2])
print(s)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
