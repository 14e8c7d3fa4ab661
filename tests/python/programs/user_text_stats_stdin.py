# Word statistics over standard input plus a built-in sample text.
import sys
import re
import string
from collections import Counter

SAMPLE = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

stdin_text = sys.stdin.read()
print("stdin lines:", stdin_text.splitlines(), "chars:", len(stdin_text))
text = SAMPLE + "\n" + stdin_text
words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
print("words:", len(words), "distinct:", len(counts))
for word, n in counts.most_common(5):
    bar = "#" * n
    print(f"{word:>8} {n:3d} {bar}")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
longest = max(words, key=len)
print("longest:", longest, "avg length: %.3f" % (sum(map(len, words)) / len(words)))
sentences = [s.strip() for s in re.split(r"[.!?]", text) if s.strip()]
print(len(sentences), "sentence(s); first 40 chars:", sentences[0][:40] + "...")
clauses = [c.strip() for c in SAMPLE.replace("\n", " ").split(",")]
print(len(clauses), clauses[:3])
table = str.maketrans("", "", string.punctuation)
cleaned = SAMPLE.translate(table)
print(cleaned.split()[:8])
caps = [w for w in re.findall(r"\b[A-Z][a-z]+\b", SAMPLE)]
print("capitalised:", caps)
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(3))
letters = Counter(c for c in text.lower() if c.isalpha())
print("".join(c for c, _ in letters.most_common(10)), letters["e"], letters["z"])
vowels = sum(letters[v] for v in "aeiou")
print(f"vowels {vowels} consonants {sum(letters.values()) - vowels} ratio {vowels / sum(letters.values()):.2%}")
for line_no, line in enumerate(SAMPLE.splitlines(), 1):
    print(f"{line_no:02d}| {line[:30]:<30} |{len(line):>4}")
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "It was".center(20, "~"), "times".rjust(10, "."), SAMPLE.count("it was"), SAMPLE.lower().count("it was"))
palins = [w for w in set(words) if len(w) > 2 and w == w[::-1]]
print(sorted(palins))
index = {}
for i, w in enumerate(words):
    index.setdefault(w, []).append(i)
print({w: index[w][:3] for w in ["best", "worst", "season"]})
