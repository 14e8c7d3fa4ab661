def walk(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return walk(n - 1)
walk(30)
