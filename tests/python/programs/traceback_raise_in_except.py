def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError(f"no {k}") from None
print(parse("x"), parse("7"))
lookup({}, "key")
