for s in ["12", "-7", "+3", " 42 ", "1_000", "0x1f", "abc", "", "3.5", "٣"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
for s, b in [("ff", 16), ("777", 8), ("1011", 2), ("zz", 36), ("0x10", 0), ("10", 0), ("08", 0), ("9", 8)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print("ValueError:", e)
for s in ["1.5", "-2e3", "nan", "-inf", "1e500", "x1", "1_0.5"]:
    try:
        print(s, float(s))
    except ValueError as e:
        print("ValueError:", e)
print(int(True), int(2.999), int(-0.5), float(7), str(-0.0), bool("False"))
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
