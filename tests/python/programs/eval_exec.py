print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def sq(n):\n    return n * n\ny = sq(7)", ns)
print(ns["y"], ns["sq"](3))
x = 10
def f():
    z = 5
    return eval("z + x")
print(f())
exec("print('from exec', x)")
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg if hasattr(e, "msg") else e)
