def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            print("reset")
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
a.throw(ValueError)
print(a.send(5))
def grep(pattern):
    print("looking for", pattern)
    while True:
        line = yield
        if pattern in line:
            print("found:", line)
g = grep("py")
next(g)
for line in ["java", "python", "rust", "pypy"]:
    g.send(line)
g.close()
def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def gather(results):
    while True:
        r = yield from accumulate()
        results.append(r)
res = []
gth = gather(res)
next(gth)
for v in [1, 2, 3, None, 10, 20, None]:
    gth.send(v)
print(res)
