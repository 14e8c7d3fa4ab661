def gen():
    yield 1
    raise KeyError("inside gen")
for x in gen():
    print(x)
