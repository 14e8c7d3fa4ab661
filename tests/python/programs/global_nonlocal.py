total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
def outer():
    x = 1
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
    middle()
    return x
print(outer())
def make():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    def get():
        return items
    return push, get
push, get = make()
push(1); push(2)
print(get())
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def uses_undefined():
    return not_defined_anywhere
try:
    uses_undefined()
except NameError as e:
    print(e)
