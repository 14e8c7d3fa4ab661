# Runs out of memory under an address-space limit (test_programs_translated.py,
# test_out_of_memory_native) and catches MemoryError, as CPython does.
def grow():
    s = "ab"
    n = 0
    try:
        while n < 200:
            s = s + s + "c"
            n += 1
    except MemoryError:
        return "caught string"
    return "no error"


print(grow())
parts = []
try:
    while len(parts) < 10 ** 9:
        parts.append("x" * 1000 + str(len(parts)))
except MemoryError:
    parts = None
    print("caught list")
print("after")
