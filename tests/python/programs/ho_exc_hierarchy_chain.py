class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class ConfigError(AppError):
    pass

class MissingKey(ConfigError, KeyError):
    pass

class NetError(AppError):
    def __init__(self, host, port):
        super().__init__(f"cannot reach {host}:{port}", code=7)
        self.host = host

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(f"missing {key}", code=3) from e

def connect(cfg):
    host = load(cfg, "host")
    try:
        port = int(cfg.get("port", "x"))
    except ValueError:
        raise NetError(host, cfg.get("port"))
    return host, port

for cfg in [{"host": "a", "port": "80"}, {"port": "1"}, {"host": "b", "port": "http"}, {"host": "c"}]:
    try:
        print("ok", connect(cfg))
    except MissingKey as e:
        print("missing:", e, "| cause:", repr(e.__cause__), "| isKeyError", isinstance(e, KeyError), e.code)
    except NetError as e:
        print("net:", e, type(e.__context__).__name__, e.__suppress_context__, e.host)
    except AppError as e:
        print("app:", e)

print([c.__name__ for c in MissingKey.__mro__])

def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError("inner")
        except ValueError:
            log.append("except")
            raise TypeError("converted")
        finally:
            log.append("finally")
    except TypeError as e:
        log.append(f"outer caught {e} ctx={e.__context__!r}")
    else:
        log.append("else")
    return log
print(cleanup_order())

def suppressed():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("no ctx") from None
try:
    suppressed()
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))

errs = []
for val in ["1", "x", None, [], "3.5"]:
    try:
        errs.append(int(val))
    except (ValueError, TypeError) as e:
        errs.append(type(e).__name__ + ": " + str(e))
print(*errs, sep="\n")

e = AppError("boom", 5)
print(e.args, str(e), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(ValueError()), str(OSError(2, "nope")))
try:
    raise ExceptionGroup if False else AppError("x")
except Exception as ex:
    print(type(ex).__name__, ex)
class Err2(Exception):
    pass
try:
    raise Err2
except Err2 as e:
    print(repr(e), e.args)
def deep(n):
    if n == 0:
        raise ConfigError("deep failure", code=9)
    return deep(n - 1)
def wrapper():
    try:
        deep(3)
    except ConfigError as err:
        raise NetError("db", 5432) from err
wrapper()
