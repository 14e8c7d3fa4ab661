class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad number: {s!r}") from e
def main():
    print(parse("12"))
    print(parse("1x"))
main()
