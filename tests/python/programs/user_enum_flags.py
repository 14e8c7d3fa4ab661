# Enums and flags as a permissions/status module would use them.
from enum import *
class Color(Enum):
    RED=1; GREEN=2
class Perm(Flag):
    R=auto(); W=auto(); X=auto()
class P2(IntFlag):
    A=1; B=2
print(repr(Color), repr(Perm), repr(P2), Color.__members__)
print(list(Perm.R|Perm.X), Perm(0), repr(Perm(0)), ~(Perm.R|Perm.W|Perm.X), repr(~Perm.R), Perm.R ^ Perm.W, repr(P2.A|4), str(P2.A|4), P2.A|P2.B, repr(P2(0)), P2.A & 3, repr(~P2.A))
try: Perm(8)
except ValueError as e: print(e)
print(format(Color.RED), f'{Color.RED:>10}|', format(Perm.R), '%s' % Color.RED)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
class Sh(Enum):
    A=1
    @classmethod
    def _missing_(cls, v): return cls.A
print(Sh(99), list(reversed(Color)))
class E(IntEnum):
    X=auto(); Y=auto()
print(E.X, E.Y, repr(E.Y), E.X + E.Y, E.X == 1, {E.X: 'a'}[1], E(2), f"{E.X:>4}|", "%d" % E.Y)
class S(StrEnum):
    AB=auto()
print(S.AB, repr(S.AB), S('ab'), S.AB + "!", f"{S.AB}")
try:
    class Bad(Color): pass
except TypeError as e: print(e)
try:
    Color.RED = 5
except AttributeError as e: print(e)
print(Color.RED.name, len(Perm), bool(Perm(0)), Perm.R.name, (Perm.R|Perm.W).name, Perm(0).name)
print(Enum('A','x y').x.value, Enum('B', [('p', 5), ('q', 7)]).q, Enum('C', {'m': 'M'}).m)
print(Perm.W in (Perm.R|Perm.W), (Perm.R|Perm.W) == Perm(3), Perm(7), hash(Perm.R) == hash(Perm(1)))
class F2(Flag):
    A=1; B=2; AB=3
print(F2(3), list(F2), F2.A|F2.B, repr(F2.AB), len(F2.AB))
class F(Flag):
    A=auto(); B=8; C=auto()
print(F.C.value, list(F))
print((P2.A|4).name, (P2.A|P2.B).name, P2(0).name, P2.A.name)
class Sz(Enum):
    S = 1
    M = 2
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Sz.M, Sz.S]), Sz.S < Sz.M, max(Sz))
class Status(str, Enum):
    OK = "ok"
    FAIL = "fail"
print(Status.OK, repr(Status.OK), Status.OK == "ok", Status("fail"), f"{Status.OK}", Status.OK.upper())
class Coin(Enum):
    PENNY = (1, "penny")
    NICKEL = (5, "nickel")
    def __init__(self, cents, label):
        self.cents = cents
        self.label = label
print(Coin.NICKEL.cents, Coin.PENNY.label, Coin((1, "penny")), Coin.PENNY.value)
for member in Color:
    print(member, member.name, member.value)
print(Color.RED in Color, isinstance(Color.RED, Enum), type(Color.RED) is Color, Color.RED is Color(1), Color(Color.RED))
print(dict((c.value, c) for c in Color), {Color.RED, Color.RED, Color.GREEN} == {Color.GREEN, Color.RED})
