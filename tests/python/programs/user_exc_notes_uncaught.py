def parse(rows):
    out = []
    for i, r in enumerate(rows):
        try:
            out.append(int(r))
        except ValueError as e:
            e.add_note(f"while parsing row {i}")
            e.add_note("rows must be integers")
            raise
    return out
try:
    parse(["1", "x"])
except ValueError as e:
    print(e.__notes__, str(e))
try:
    ValueError().add_note(3)
except TypeError as e:
    print(e)
parse(["2", "3", "four"])
