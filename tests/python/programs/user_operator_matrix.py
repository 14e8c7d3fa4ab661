# Every binary operator between ints, big ints, floats, bools, str, list, tuple, None, set, range:
# results and CPython's error messages.
out = []
try:
    out.append(repr((0) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((0) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-3) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((7) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2**65) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-(2**64)) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((1.5) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((-0.0) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((2.0) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((float('inf')) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((True) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(('ab') != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(([1]) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(((1,)) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((None) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr(({1}) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (1)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (-3)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (7)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (2**65)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (-(2**64))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (1.5)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (-0.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (2.0)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (float('inf'))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (True)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != ('ab')))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != ([1])))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != ((1,))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (None)))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != ({1})))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) + (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) - (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) * (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) / (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) // (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) % (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ** (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) << (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) >> (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) & (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) | (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) ^ (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) < (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) <= (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) == (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
try:
    out.append(repr((range(3)) != (range(3))))
except Exception as e:
    out.append(type(e).__name__ + ': ' + str(e))
for i in range(0, len(out), 8):
    print(' | '.join(out[i:i+8]))
