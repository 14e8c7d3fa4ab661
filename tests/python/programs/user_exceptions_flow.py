# Exception handling as a config loader would use it.
import sys


class ConfigError(Exception):
    """Base for configuration problems."""


class MissingKey(ConfigError, KeyError):
    def __init__(self, key, section="main"):
        super().__init__(key, section)
        self.key = key
        self.section = section

    def __str__(self):
        return f"missing {self.key!r} in [{self.section}]"


class BadValue(ConfigError, ValueError):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise BadValue(f"port must be a number, got {text!r}") from e
    if not 0 < port < 65536:
        raise BadValue("port out of range", port)
    return port


def load(cfg):
    try:
        host = cfg["host"]
    except KeyError:
        raise MissingKey("host") from None
    port = parse_port(cfg.get("port", "80"))
    return host, port


for cfg in [{"host": "a", "port": "8080"}, {"port": "1"}, {"host": "b", "port": "http"}, {"host": "c", "port": "70000"}]:
    try:
        print("loaded", load(cfg))
    except MissingKey as e:
        print("MissingKey:", e, "| args:", e.args, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
    except BadValue as e:
        print("BadValue:", e, "| args:", e.args, "| cause:", repr(e.__cause__), "| isinstance ValueError:", isinstance(e, ValueError))

order = []


def step(name, fail=False):
    order.append(name)
    if fail:
        raise RuntimeError(name)


def pipeline(fail_at):
    try:
        step("open")
        try:
            step("read", fail_at == "read")
            step("parse", fail_at == "parse")
        finally:
            step("close")
        step("report", fail_at == "report")
    except RuntimeError as e:
        step(f"handled {e}")
        return "failed"
    else:
        step("else")
        return "ok"
    finally:
        step("finally")


for where in [None, "read", "parse", "report"]:
    order.clear()
    print(where, pipeline(where), order)


def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before the return value leaves")


print(finally_overrides())


def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError:
            continue
        finally:
            print("cleanup", i)
    return "done"


print(swallow())

for exc in [ValueError("bad"), KeyError("k"), KeyError(), IndexError("i", 2), OSError(2, "No such file"), ZeroDivisionError("division by zero"), Exception(), ConfigError("multi", "args", 3), MissingKey("port", "net"), StopIteration(5), SystemExit(3)]:
    print(type(exc).__name__, "| str:", str(exc), "| repr:", repr(exc), "| args:", exc.args)

try:
    try:
        1 / 0
    except (TypeError, ZeroDivisionError) as e:
        print("caught", type(e).__name__, e)
        raise
except ArithmeticError as e:
    print("re-raised as ArithmeticError:", e, type(e).__mro__[1].__name__)

try:
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("while handling") 
except ValueError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

e = None
try:
    raise ConfigError("gone")
except ConfigError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up")


g = gen()
print(next(g))
g.close()
errors = []
for value in ["1", "x", None, "3", [], "0"]:
    try:
        errors.append(10 // int(value))
    except (ValueError, TypeError) as err:
        errors.append(type(err).__name__)
    except ZeroDivisionError:
        errors.append("div0")
print(errors)
print(issubclass(MissingKey, LookupError), MissingKey.__mro__[:4])
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
print("exit next", file=sys.stderr)
sys.exit("fatal: configuration incomplete")
