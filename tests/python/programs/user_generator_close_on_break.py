# Generators with cleanup code left early by break, return and exceptions.
def gen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("close", tag)

for x in gen("break"):
    if x == 1:
        break
print("after break")

def f():
    for x in gen("return"):
        if x == 2:
            return x
print("f ->", f())

try:
    for x in gen("raise"):
        if x == 1:
            raise ValueError("v")
except ValueError:
    print("caught after close")

g = gen("kept")
for x in g:
    if x == 1:
        break
print("kept still open; next:", next(g))
for x in iter(g):
    break
print("iter(g) not closed; next:", next(g))
g.close()
for x in (y * 2 for y in gen("genexp")):
    if x == 2:
        break
print("after genexp")
for a in gen("outer"):
    for b in gen("inner"):
        if b == 1:
            break
    if a == 1:
        break
print("nested done")
def deep():
    for x in gen("deep"):
        1 / 0
try:
    deep()
except ZeroDivisionError:
    print("zde")
for x in gen("full"):
    pass
print("full done")
