def source():
    yield 1
    yield "two"
def doubled(it):
    for x in it:
        yield x * 2
def summed(it):
    total = 0
    for x in it:
        total += x
    return total
print(summed(doubled([1, 2])))
print(summed(doubled(source())))
