"""Float arithmetic on many small objects (size = points)."""
import sys
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def main(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    print("%.6f %.6f %.6f" % (nxt.x, nxt.y, nxt.z))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
