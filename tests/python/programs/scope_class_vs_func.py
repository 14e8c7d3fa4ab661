x = 0
class C:
    x = 1
    y = x + 1
    def m(self):
        return x
    z = [x for _ in range(2)]
print(C.y, C().m(), C.z)
def f():
    x = 2
    class D:
        print("in class body, x =", x)
        w = x * 10
    return D
print(f().w)
def g():
    items = []
    for i in range(3):
        items.append(lambda i=i: i * i)
    return [h() for h in items]
print(g())
