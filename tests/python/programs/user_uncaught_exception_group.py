def check(values):
    errors = []
    for v in values:
        try:
            if v < 0:
                raise ValueError(f"negative: {v}")
            if v > 100:
                raise OverflowError(f"too big: {v}")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("bad values", errors)
try:
    check([5, -1])
except ExceptionGroup as eg:
    print("caught", eg)
inner = ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
try:
    raise ExceptionGroup("outer", [inner, ZeroDivisionError("z")])
except ExceptionGroup as eg:
    print(eg.exceptions)
def run():
    try:
        {}["missing"]
    except KeyError as e:
        raise ExceptionGroup("run failed", [e, RuntimeError("second")]) from e
try:
    run()
except ExceptionGroup:
    pass
check([1, -2, 300, 50, -7])
