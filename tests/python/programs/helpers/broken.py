def fails():
    return 1 / 0

value = fails()
