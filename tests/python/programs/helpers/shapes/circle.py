from ..mathutil import TAU

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return TAU / 2 * self.r * self.r
