import traceback
def fail(n):
    if n == 0:
        raise ValueError("deep failure")
    return fail(n - 1)
try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], text.count("File"))
    traceback.print_exc()
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
print("done")
