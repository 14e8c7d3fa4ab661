import copy
import json

config = {"name": "svc", "ports": [80, 443], "opts": {"debug": False, "level": 3, "tags": ["a", "b"]}, "ratio": 0.5, "none": None}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["ports"].append(8080)
config["opts"]["tags"].append("c")
print(shallow["ports"], deep["ports"], shallow["opts"]["tags"], deep["opts"]["tags"])
text = json.dumps(config, indent=2, sort_keys=True)
print(text)
print(json.dumps(config))
print(json.dumps([1, "two", 3.0, True, None, {"k": [ ]}], separators=(",", ":")))
back = json.loads(text)
print(back == config, type(back["ratio"]).__name__, back["opts"]["tags"])
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n", "d": -1.5e3, "e": true}'))
print(json.dumps("quote\"and\\slash\ttab é"), json.dumps("é", ensure_ascii=False))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
t = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(t)
t2.kids[1].kids[0].v = 40
print(t, t2)
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
cp[0].append(1)
print(pair, cp, cp[0] is cp[1])
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                pretty(v, indent + 1)
            else:
                print(f"{pad}{k}: {v!r}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, (dict, list)):
                print(f"{pad}-")
                pretty(v, indent + 1)
            else:
                print(f"{pad}- {v!r}")
pretty(config)
