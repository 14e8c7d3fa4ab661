tests = [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, OverflowError,
         AttributeError, NameError, UnboundLocalError, RecursionError, NotImplementedError,
         StopIteration, FileNotFoundError, ModuleNotFoundError, AssertionError, RuntimeError]
for e in tests:
    print(e.__name__, [b.__name__ for b in e.__mro__[1:]])
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(isinstance(ValueError("x"), Exception), BaseException("a", 1).args)
try:
    raise ExceptionGroup if False else OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
def catch(exc):
    try:
        raise exc
    except (LookupError, ArithmeticError) as e:
        return "lookup/arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("k"), ZeroDivisionError(), ValueError(), IndexError()]:
    print(catch(exc))
