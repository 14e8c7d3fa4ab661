# Arithmetic, divmod, powers, rounding and int() with infinities.
inf = float('inf')
for a, b in [(0, inf), (1, inf), (-3, inf), (inf, 2), (inf, 1.5), (inf, inf), (2**65, inf), (-0.0, inf), (inf, True)]:
    for name, f in [("+", lambda a, b: a + b), ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("divmod", divmod), ("round", lambda a, b: round(a)), ("int", lambda a, b: int(a))]:
        try:
            r = repr(f(a, b))
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(a, name, b, "->", r)
