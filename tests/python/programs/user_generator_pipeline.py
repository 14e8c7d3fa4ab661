# A log processing pipeline built from generators.
import itertools

RAW = """# access log
GET /index.html 200 512
GET /about.html 200 1024
POST /login 302 0
GET /missing 404 128

GET /index.html 200 512
GET /img/logo.png 200 20480
POST /login 200 64
GET /admin 403 32
bad line here
GET /index.html 500 0
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def skip_comments(lines):
    for n, line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield n, stripped


def parse(lines, errors):
    for n, line in lines:
        parts = line.split()
        if len(parts) != 4:
            errors.append(n)
            continue
        method, path, status, size = parts
        yield {"line": n, "method": method, "path": path, "status": int(status), "size": int(size)}


def only(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r


errors = []
records = list(parse(skip_comments(read_lines(RAW)), errors))
print(len(records), "records; bad lines:", errors)
print([r["path"] for r in only(records, method="GET", status=200)])
total = sum(r["size"] for r in records)
print("bytes:", total)


def running_total(values):
    acc = 0
    for v in values:
        acc += v
        yield acc


print(list(running_total(r["size"] for r in records)))


def chunked(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


for chunk in chunked(range(10), 4):
    print(chunk)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fibonacci(), 15)))
print(next(x for x in fibonacci() if x > 1000))
evens = (x for x in fibonacci() if x % 2 == 0)
print([next(evens) for _ in range(5)])


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, (5, 6)]]], 7, []])))


def delegator():
    result = yield from sub()
    print("sub returned", result)
    yield "after"


def sub():
    yield "a"
    yield "b"
    return "sub-done"


print(list(delegator()))


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
next(avg)
for v in [10, 20, 60]:
    print("avg now", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("final", stop.value)

gen = (i * i for i in range(3))
print(list(gen), list(gen))
status_groups = itertools.groupby(sorted(records, key=lambda r: r["status"]), key=lambda r: r["status"])
for status, group in status_groups:
    print(status, [r["line"] for r in group])


def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("liftoff")


c = countdown(3)
print("created")
for x in c:
    print(x)


def gen_with_cleanup():
    try:
        for i in range(100):
            yield i
    finally:
        print("cleanup ran")


for i in gen_with_cleanup():
    if i == 2:
        break
print("loop done")
g = gen_with_cleanup()
next(g)
try:
    g.throw(ValueError("injected"))
except ValueError as e:
    print("thrown back:", e)
print(list(zip(*[iter(range(9))] * 3)))
print(dict(zip("abc", itertools.count(1))), list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sum(1 for _ in filter(None, [0, 1, "", "x", None, [], [0]])), any(x > 5 for x in range(10)), all([]))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
print(sorted((r for r in records if r["status"] >= 400), key=lambda r: -r["status"])[0]["path"])
