def inner():
    raise TypeError("bad type")
def middle():
    try:
        inner()
    except TypeError:
        print("logging and re-raising")
        raise
def outer():
    middle()
outer()
