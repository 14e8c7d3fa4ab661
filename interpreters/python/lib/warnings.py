"""warnings, written for this VM: warn() with categories and stacklevel,
the filters (error, ignore, always, default, module, once), catch_warnings
with recording, and CPython's report format on stderr."""
import sys


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self.category.__name__, self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            lines = f.read().split("\n")
    except OSError:
        return None
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return None


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarning_default(message, category, filename, lineno, file=None, line=None):
    (file or sys.stderr).write(formatwarning(message, category, filename, lineno, line))


showwarning = _showwarning_default

filters = []
_once_registry = set()
_seen_locations = set()


def _default_filters():
    return [("default", None, DeprecationWarning, "__main__", 0),
            ("ignore", None, DeprecationWarning, None, 0),
            ("ignore", None, PendingDeprecationWarning, None, 0),
            ("ignore", None, ImportWarning, None, 0),
            ("ignore", None, ResourceWarning, None, 0)]


filters.extend(_default_filters())


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    _add_filter((action, None, category, None, lineno), append)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    import re
    _add_filter((action, re.compile(message, re.I) if message else None, category,
                 re.compile(module) if module else None, lineno), append)


def resetwarnings():
    filters[:] = []


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if msg is not None and not msg.match(text):
            continue
        if not issubclass(category, cat):
            continue
        if mod is not None and (mod.match(module) is None if hasattr(mod, "match") else mod != module):
            continue
        if ln and ln != lineno:
            continue
        return action
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        filename, lineno, module = sys._frame_position(stacklevel)
    except ValueError:
        filename, lineno, module = "sys", 1, "sys"
    warn_explicit(message, category, filename, lineno, module)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = str(message)
        message = category(message)
    if module is None:
        module = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    action = _action_for(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action == "once":
        key = (text, category)
        if key in _once_registry:
            return
        _once_registry.add(key)
    elif action == "module":
        key = (text, category, module)
        if key in _seen_locations:
            return
        _seen_locations.add(key)
    elif action == "default":
        key = (text, category, filename, lineno)
        if key in _seen_locations:
            return
        _seen_locations.add(key)
    showwarning(message, category, filename, lineno)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        global showwarning
        self._saved_filters = filters[:]
        self._saved_show = showwarning
        self._saved_seen = set(_seen_locations)
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc):
        global showwarning
        filters[:] = self._saved_filters
        showwarning = self._saved_show
        _seen_locations.clear()
        _seen_locations.update(self._saved_seen)
        return False
