"""A tiny ray tracer: spheres, a light, Lambert shading; prints a
checksum of the image (size = image width)."""
import sys
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, shade):
        self.center, self.radius, self.shade = center, radius, shade

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None


def render(w):
    h = w // 2
    scene = [Sphere(Vec(0, -1, 3), 1, 0.9), Sphere(Vec(2, 0, 4), 1, 0.6),
             Sphere(Vec(-2, 0, 4), 1, 0.7), Sphere(Vec(0, -5001, 0), 5000, 0.4)]
    light = Vec(1, 1, -1).norm()
    eye = Vec(0, 0, -1)
    total = 0.0
    rows = []
    for j in range(h):
        row = []
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / h, 1).norm()
            best, bt = None, 1e30
            for s in scene:
                t = s.hit(eye, d)
                if t is not None and t < bt:
                    best, bt = s, t
            if best is None:
                v = 0.0
            else:
                p = eye + d.scale(bt)
                n = (p - best.center).norm()
                v = max(0.0, n.dot(light)) * best.shade
            total += v
            row.append(" .:-=+*#%@"[min(9, int(v * 10))])
        rows.append("".join(row))
    return total, rows


w = int(sys.argv[1]) if len(sys.argv) > 1 else 40
total, rows = render(w)
print("%.4f" % total)
print(rows[len(rows) // 2])
