def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, 2, k=3), h(*[1, 2], **{"a": 1}))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2))
print((lambda a, b=10: a * b)(3), (lambda *a: sum(a))(1, 2, 3))
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = outer(); c(); c(); print(c())
def kwonly(*, key):
    return key
print(kwonly(key="k"))
for bad in ["f()", "g(1, 2, 3)", "kwonly(1)", "f(1, c=1, a=2)", "h2()"]:
    try:
        if bad == "f()":
            f()
        elif bad == "g(1, 2, 3)":
            g(1, 2, 3)
        elif bad == "kwonly(1)":
            kwonly(1)
        elif bad == "f(1, c=1, a=2)":
            f(1, c=1, a=2)
        else:
            h2()
    except (TypeError, NameError) as e:
        print(type(e).__name__, e)
def doc():
    "the doc"
print(doc.__doc__, doc.__name__, f.__defaults__)
