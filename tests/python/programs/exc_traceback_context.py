def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        [1, 2][5]
    except IndexError:
        cleanup()
work()
