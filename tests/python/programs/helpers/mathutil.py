"""A helper module imported by corpus programs."""
print("loading mathutil")
TAU = 6.283185307179586

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

class Fraction:
    def __init__(self, n, d):
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    def __repr__(self):
        return f"{self.n}/{self.d}"

_private = "hidden"
