class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise DbError(42, "connection lost")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class Bare(Exception):
    pass
try:
    raise Bare
except Bare as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise Bare("a", "b")
except Bare as e:
    print(e, repr(e))
def chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise AppError("wrapped") from e
try:
    chain()
except AppError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
def implicit():
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during")
try:
    implicit()
except RuntimeError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer got", e)
def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling")
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
e = ValueError("x", 1)
print(e.args, str(e), repr(e))
