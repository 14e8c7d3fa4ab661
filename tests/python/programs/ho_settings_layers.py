from collections import ChainMap
from string import Template
from typing import NamedTuple


class Setting(NamedTuple):
    key: str
    value: object
    source: str = "default"

    def describe(self):
        return f"{self.key}={self.value!r} ({self.source})"


DEFAULTS = {"host": "localhost", "port": 8000, "debug": False, "greeting": "Hello $user from ${host}"}
FILE = {"port": 8080, "user": "admin"}
ENV = {"debug": True}

layers = ChainMap(ENV, FILE, DEFAULTS)
names = ["env", "file", "default"]


def source_of(key):
    for name, mapping in zip(names, layers.maps):
        if key in mapping:
            return name
    return "missing"


settings = [Setting(k, layers[k], source_of(k)) for k in sorted(layers)]
for s in settings:
    print(s.describe())
print(len(layers), "port" in layers, layers.get("timeout", 30))
message = Template(layers["greeting"]).substitute(layers)
print(message)
print(Template("$user owes $$$amount").safe_substitute(user="bob"))
override = layers.new_child({"port": 9000})
print(override["port"], layers["port"], override.parents["port"])
override["host"] = "example.org"
print(override.maps[0], dict(layers) == dict(override))
by_source = {}
for s in settings:
    by_source.setdefault(s.source, []).append(s.key)
print(by_source)
print(max(settings, key=lambda s: len(str(s.value))), settings[0]._replace(source="cli"))
k, v, src = settings[1]
print(k, v, src, Setting._fields, Setting("a", 1))
try:
    Template("cost: $amount").substitute({})
except KeyError as e:
    print("missing placeholder", e)
del override["port"]
try:
    del override["port"]
except KeyError as e:
    print("KeyError:", e)
