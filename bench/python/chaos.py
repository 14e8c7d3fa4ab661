"""Chaos game: iterate random affine maps from a fixed linear congruential
generator and count visited cells (size = iterations)."""
import sys


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648.0


def chaos(n):
    maps = [(0.5, 0.0, 0.0, 0.5, 0.0, 0.0), (0.5, 0.0, 0.0, 0.5, 0.5, 0.0), (0.5, 0.0, 0.0, 0.5, 0.25, 0.5)]
    rng = LCG(42)
    x, y = 0.1, 0.1
    grid = {}
    for _ in range(n):
        a, b, c, d, e, f = maps[int(rng.next() * 3)]
        x, y = a * x + b * y + e, c * x + d * y + f
        key = (int(x * 64), int(y * 64))
        grid[key] = grid.get(key, 0) + 1
    return len(grid), max(grid.values())


print(chaos(int(sys.argv[1]) if len(sys.argv) > 1 else 20000))
