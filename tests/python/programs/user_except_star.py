# except*: handling parts of exception groups, the unhandled rest, new and re-raised exceptions.
def risky(n):
    errors = []
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(f"bad value {i}")
            if i % 3 == 1:
                raise TypeError(f"bad type {i}")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("risky failed", errors)


try:
    risky(5)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions], type(eg).__name__)

try:
    try:
        risky(4)
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest escaped:", rest, [str(e) for e in rest.exceptions])

try:
    raise KeyError("naked")
except* KeyError as eg:
    print("naked wrapped:", repr(eg), eg.exceptions)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        raise RuntimeError("replacement")
except ExceptionGroup as eg:
    print("combined:", eg, [type(e).__name__ for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("re-raised:", eg, eg.exceptions)

try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
print("end")
