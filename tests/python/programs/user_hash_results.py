# What hash() makes of __hash__ results across the machine-word range.
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for v in [0, -1, -2, 2**61, 2**61 - 1, -(2**62), 2**63 - 1, 2**63, -(2**63), 2**64 + 5, -(2**70), True]:
    print(v, hash(H(v)))
print({H(1), H(2)} and 1)
