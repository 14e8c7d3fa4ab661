import re
from collections import Counter, defaultdict, OrderedDict, namedtuple, deque

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

words = re.findall(r"[a-z]+", TEXT.lower())
c = Counter(words)
print(len(words), len(c))
print(c.most_common(5))
print(c["was"], c["missing"], sum(c.values()))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(n, " ".join(by_len[n]))
first = OrderedDict()
for idx, w in enumerate(words):
    first.setdefault(w, idx)
print(list(first.items())[:6])
first.move_to_end("it")
print(list(first)[-3:])
Stat = namedtuple("Stat", "word count first")
stats = [Stat(w, c[w], first[w]) for w in c if c[w] > 1]
stats.sort(key=lambda s: (-s.count, s.first))
for s in stats[:5]:
    print(s, s._asdict()["word"])
print(Stat._fields, stats[0]._replace(count=0))
window = deque(maxlen=3)
trigrams = Counter()
for w in words:
    window.append(w)
    if len(window) == 3:
        trigrams[tuple(window)] += 1
print(trigrams.most_common(2))
d = deque([1, 2, 3])
d.appendleft(0); d.rotate(2); print(d, d.popleft(), d.pop(), d)
sentences = [s.strip() for s in re.split(r"[,.]", TEXT.replace("\n", " ")) if s.strip()]
print(len(sentences), sentences[-1])
caps = re.findall(r"\b[A-Z]\w*", TEXT)
print(caps)
print(re.sub(r"it was", "'twas", TEXT.split("\n")[0], count=2))
m = re.search(r"age of (\w+)", TEXT)
print(m.group(0), m.group(1), m.start(), m.span(1))
print(re.sub(r"(\w+) of (\w+)", r"\2-\1", "best of times"))
vowels = Counter(ch for ch in TEXT.lower() if ch in "aeiou")
print(sorted(vowels.items()))
c2 = Counter("abracadabra")
print(c2, c2 - Counter("abc"), c2 & Counter("aab"), list(c2.elements())[:5])
print(" ".join(w.capitalize() for w in words[:6]))
print(TEXT.count("it was"), TEXT.index("worst"), "Darkness" in TEXT)
print("%-10s|%5d|%8.3f|%x|%r" % ("left", 42, 3.14159, 255, "q"))
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 2.25}, "%c%c" % (72, "i"), "%%")
