def read_lines():
    text = """alpha 3
beta 7
gamma x
delta 12
epsilon 5"""
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        name, _, num = line.partition(" ")
        try:
            yield name, int(num)
        except ValueError:
            print("skip", name)
def big(pairs, threshold):
    return ((n, v) for n, v in pairs if v > threshold)
result = list(big(parse(read_lines()), 4))
print(result)
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def running_avg():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
ra = running_avg(); next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
gen = (i * i for i in range(5))
print(type(gen).__name__, 16 in gen, list(gen))
