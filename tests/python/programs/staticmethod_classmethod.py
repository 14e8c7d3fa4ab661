class Temperature:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(d):
        return d > -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
class Kelvin(Temperature):
    scale = "K"
t = Temperature.from_f(212)
print(t.deg, Temperature.valid(-300), t.valid(10), Temperature.describe(), Kelvin.describe())
k = Kelvin.from_f(32); print(type(k).__name__, k.deg)
print(type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["valid"]).__name__)
f = Temperature.valid; print(f(5))
m = t.describe; print(m())
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
Counter(); Counter(); print(Counter.count)
