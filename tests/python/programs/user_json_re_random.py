# Parsing a log with re, storing it as JSON, sampling with a seeded random.
import json
import re
import random

LOG = """2024-01-05 10:15:02 INFO  user=alice action=login ip=10.0.0.1
2024-01-05 10:16:40 WARN  user=bob action=upload size=1048576 ip=10.0.0.7
2024-01-05 10:17:01 ERROR user=alice action=upload size=0 ip=10.0.0.1 msg="disk full"
2024-01-06 08:00:00 INFO  user=carol action=login ip=192.168.1.20
2024-01-06 08:05:13 DEBUG user=carol action=view page=/docs/intro.html
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<rest>.*)$", re.M)
PAIR = re.compile(r'(\w+)=("[^"]*"|\S+)')
records = []
for m in LINE.finditer(LOG):
    rec = {"date": m.group("date"), "time": m["time"], "level": m.group(3)}
    for key, value in PAIR.findall(m.group("rest")):
        rec[key] = value.strip('"')
    records.append(rec)
print(len(records), records[2])
print(re.findall(r"\d+\.\d+\.\d+\.\d+", LOG))
print(re.findall(r"user=(\w+) action=(\w+)", LOG))
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site ann@web"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"a", "A", "banana"), re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.split(r"\s+", " lead trail "))
m = re.match(r"(\w+) (\w+)(?: (\w+))?", "hello big world")
print(m.groups(), m.group(0), m.group(1, 2), m.span(2), m.start(3), m.end(), m.lastindex)
m = re.search(r"(?P<k>\w+):(?P<v>\d+)", "xx key:42 yy")
print(m.groupdict(), m.group("v"), m.span(), m.re.pattern, bool(re.fullmatch(r"[a-z]+", "abc")), re.fullmatch(r"[a-z]+", "abc1"))
print(re.findall(r"(?i)error|warn", LOG), re.escape("a.b*c"), len(re.findall(r"^\d", LOG, flags=re.MULTILINE)))
print(re.compile(r"o+").sub("0", "foo boo"), [m.span() for m in re.finditer(r"o+", "foo boo")])
print(re.match(r"a|b", "c"), re.search(r"\bcat\b", "concat cat").start(), re.findall(r"\w+?", "ab"))

doc = {"records": records[:2], "count": len(records), "levels": sorted({r["level"] for r in records}),
       "ok": True, "ratio": 0.25, "none": None, "unicode": "café ✓", "nested": {"b": [1, 2.5, {"c": []}], "a": {}}}
text = json.dumps(doc, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == doc, back["nested"]["b"][2], type(back["ratio"]).__name__)
print(json.dumps(doc["nested"]), json.dumps([1, "a", None, True], separators=(",", ":")))
print(json.dumps("café ✓"), json.dumps("café", ensure_ascii=False), json.dumps({"a": 1, "b": [1, 2]}, indent=4))
print(json.dumps({3: "int key", "x": (1, 2)}), json.dumps(1e20), json.dumps(float("inf")), json.dumps(-0.0))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n", "d": 1e3, "e": -5}'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"when": "2024"}, default=str), json.loads("[1, 2]", object_hook=None))

random.seed(42)
print([random.randint(1, 100) for _ in range(5)], random.random(), random.uniform(1, 2))
random.seed(1)
print(random.random(), random.choice("abcdef"), random.sample(range(100), 5), random.randrange(0, 100, 7))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choices(["x", "y", "z"], weights=[1, 2, 7], k=6), round(random.gauss(0, 1), 6))
rng = random.Random(2024)
print(rng.randint(0, 10), rng.random(), [rng.getrandbits(8) for _ in range(3)], rng.triangular(0, 10, 3))
random.seed(7)
sampled = random.sample(records, 2)
print([r["user"] for r in sampled])
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random(), round(random.expovariate(1.5), 8), round(random.betavariate(2, 3), 8))
