"""A recursive-descent JSON-like parser and printer (size = copies of the
document in an array)."""
import sys

DOC = '{"id": 12, "name": "widget \\"x\\"", "tags": ["a", "b", "c"], "price": 12.5, "stock": {"warehouse": 3, "store": null, "ok": true}}'


def parse(s, i=0):
    while s[i] in " \n":
        i += 1
    c = s[i]
    if c == "{":
        obj = {}
        i += 1
        while True:
            while s[i] in " ,\n":
                i += 1
            if s[i] == "}":
                return obj, i + 1
            key, i = parse(s, i)
            while s[i] in " :":
                i += 1
            val, i = parse(s, i)
            obj[key] = val
    if c == "[":
        arr = []
        i += 1
        while True:
            while s[i] in " ,\n":
                i += 1
            if s[i] == "]":
                return arr, i + 1
            val, i = parse(s, i)
            arr.append(val)
    if c == '"':
        i += 1
        out = []
        while s[i] != '"':
            if s[i] == "\\":
                i += 1
            out.append(s[i])
            i += 1
        return "".join(out), i + 1
    if s.startswith("true", i):
        return True, i + 4
    if s.startswith("false", i):
        return False, i + 5
    if s.startswith("null", i):
        return None, i + 4
    j = i
    while s[j] in "-+.eE0123456789":
        j += 1
    t = s[i:j]
    return (float(t) if "." in t or "e" in t else int(t)), j


def dump(v):
    if isinstance(v, dict):
        return "{" + ", ".join('"%s": %s' % (k, dump(x)) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    return repr(v)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
text = "[" + ", ".join([DOC] * n) + "]"
value, _ = parse(text)
out = dump(value)
print(len(value), len(out), out == text, sum(d["id"] for d in value))
