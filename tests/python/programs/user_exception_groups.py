# Collecting validation errors into an ExceptionGroup (no except*).
def validate(rows):
    errors = []
    for i, r in enumerate(rows):
        if not isinstance(r, int):
            errors.append(TypeError(f"row {i}: not an int: {r!r}"))
        elif r < 0:
            errors.append(ValueError(f"row {i}: negative"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
try:
    validate([1, "x", -2, 3, None])
except ExceptionGroup as eg:
    print(eg, "|", eg.message, len(eg.exceptions))
    for e in eg.exceptions:
        print(" ", type(e).__name__, e)
    types, rest = eg.split(TypeError)
    print(types, rest, [str(e) for e in types.exceptions], rest.exceptions)
    print(eg.subgroup(lambda e: "negative" in str(e)))
    print(repr(eg), isinstance(eg, Exception), type(eg).__mro__[1].__name__)
try:
    raise ExceptionGroup("one", [KeyError("k")])
except Exception as e:
    print(type(e).__name__, e, e.args)
g = BaseExceptionGroup("mixed", [ValueError(1)])
print(type(g).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
