def f():
    return undefined_variable + 1
def g():
    return f()
g()
