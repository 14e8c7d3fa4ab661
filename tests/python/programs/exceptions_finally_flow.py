log = []
def f(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return "ret"
    except ValueError:
        log.append("except")
        return "from-except"
    else:
        log.append("else")
        return "from-else"
    finally:
        log.append("finally")
for m in ["raise", "return", "normal"]:
    log.clear()
    print(m, f(m), log)
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 2:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out
print(loop_finally())
def nested_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError:
        print("caught")
    finally:
        print("outer finally")
nested_finally()
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
