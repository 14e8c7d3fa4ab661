"""pprint: pretty-printing of nested containers in CPython's layout
(width 80, dict keys sorted by default)."""
import sys


def _safe_key(k):
    return (str(type(k)), k) if False else k


def _repr(obj, sort_dicts):
    if isinstance(obj, dict) and type(obj) is dict:
        items = sorted(obj.items(), key=lambda kv: _sort_key(kv[0])) if sort_dicts else list(obj.items())
        return "{" + ", ".join(_repr(k, sort_dicts) + ": " + _repr(v, sort_dicts) for k, v in items) + "}"
    if isinstance(obj, list) and type(obj) is list:
        return "[" + ", ".join(_repr(x, sort_dicts) for x in obj) + "]"
    if isinstance(obj, tuple) and type(obj) is tuple:
        if len(obj) == 1:
            return "(" + _repr(obj[0], sort_dicts) + ",)"
        return "(" + ", ".join(_repr(x, sort_dicts) for x in obj) + ")"
    return repr(obj)


def _sort_key(k):
    try:
        k < k
        return (0, k)
    except TypeError:
        return (1, str(type(k)), repr(k))


def _format(obj, indent, allowance, width, sort_dicts, out, level):
    rep = _repr(obj, sort_dicts)
    if len(rep) <= width - indent - allowance:
        out.append(rep)
        return
    if isinstance(obj, dict) and type(obj) is dict and obj:
        items = sorted(obj.items(), key=lambda kv: _sort_key(kv[0])) if sort_dicts else list(obj.items())
        out.append("{")
        for i, (k, v) in enumerate(items):
            krep = _repr(k, sort_dicts)
            if i:
                out.append(",\n" + " " * (indent + 1))
            out.append(krep + ": ")
            last = i == len(items) - 1
            _format(v, indent + 1 + len(krep) + 2, allowance + 1 if last else 1, width, sort_dicts, out, level + 1)
        out.append("}")
        return
    if isinstance(obj, (list, tuple)) and type(obj) in (list, tuple) and obj:
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        out.append(open_)
        for i, v in enumerate(obj):
            if i:
                out.append(",\n" + " " * (indent + 1))
            last = i == len(obj) - 1
            _format(v, indent + 1, allowance + 1 if last else 1, width, sort_dicts, out, level + 1)
        if isinstance(obj, tuple) and len(obj) == 1:
            out.append(",")
        out.append(close)
        return
    out.append(rep)


def pformat(obj, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True):
    out = []
    _format(obj, 0, 0, width, sort_dicts, out, 0)
    return "".join(out)


def pprint(obj, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True):
    text = pformat(obj, indent, width, depth, compact=compact, sort_dicts=sort_dicts)
    print(text, file=stream if stream is not None else sys.stdout)


def pp(obj, *args, sort_dicts=False, **kwargs):
    pprint(obj, *args, sort_dicts=sort_dicts, **kwargs)
