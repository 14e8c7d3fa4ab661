# Logging: last resort, basicConfig, hierarchy, handlers, filters, adapters.
import logging
import sys
log = logging.getLogger("app")
log.warning("no handlers yet: %s", "last resort")
log.info("not shown")
logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(name)s | %(message)s", stream=sys.stdout)
log.info("configured %d handler(s)", len(logging.getLogger().handlers))
db = logging.getLogger("app.db")
db.debug("hidden debug")
db.setLevel(logging.DEBUG)
db.debug("visible debug from %s", db.name)
print(db.parent is log, log.parent is logging.root, db.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("ERROR"))
logging.warning("root warning %r", {"k": 1})
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
h.setLevel(logging.ERROR)
log.addHandler(h)
log.error("twice: once via app handler, once via root")
log.propagate = False
log.error("once now")
log.propagate = True
try:
    {}["key"]
except KeyError as err:
    log.error("lookup failed: %r", err)
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
f = OnlyOdd()
db.addFilter(f)
for i in range(4):
    db.info("number %d", i)
db.removeFilter(f)
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.warning("adapted %s", "message")
print(repr(log), repr(logging.root), log.isEnabledFor(logging.DEBUG), log.hasHandlers())
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.critical("back on")
logging.log(25, "custom level %s", 25)
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom level named")
