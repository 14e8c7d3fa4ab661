import json
from io import StringIO
data = {"name": "tandem", "version": [0, 1], "ok": True, "none": None, "ratio": 0.25,
        "nested": {"b": 2, "a": [1.5, "x", False]}, "unicode": "héllo", 3: "int key"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps([1, [2, {}], []], indent=4), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps("quote\" back\\ nl\n tab\t"), json.dumps(1e20), json.dumps([float("inf")]))
print(json.dumps({"k": "v"}, separators=(",", ":")), json.dumps("é", ensure_ascii=False))
back = json.loads(s)
print(back, back["nested"]["a"][0] + 1, back["3"])
print(json.loads('[1, 2.5, -3e2, "a\\u00e9\\n", true, null, {"x": []}]'))
for bad in ['{"a": }', "[1, 2", "nope", '{"a" 1}', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
buf = StringIO()
buf.write("line 1\n")
print("line 2", file=buf)
json.dump({"z": 1}, buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(buf.readline().strip(), list(buf))
