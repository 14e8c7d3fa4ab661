results = []
for x in [10, 0, "a", 5, None, 2]:
    try:
        results.append(100 // x)
    except ZeroDivisionError:
        results.append("div0")
        continue
    except TypeError as e:
        results.append("type")
        if x is None:
            break
    finally:
        results.append("|")
print(results)
def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            pass
    return None
print(first_valid(["a", "b", "12", "13"]), first_valid([]))
errors = 0
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError as e:
        errors += e.args[0]
print(errors)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
