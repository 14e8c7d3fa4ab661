def inner():
    raise ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
def outer():
    try:
        inner()
    except ExceptionGroup as eg:
        eg.add_note("while running outer")
        raise ExceptionGroup("outer", [eg, ZeroDivisionError("z")]) from ValueError("root cause")
outer()
