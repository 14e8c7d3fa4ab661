# Sorting a league table of custom objects: keys, stability, dunder comparisons.
from functools import total_ordering, cmp_to_key
import operator


class Team:
    def __init__(self, name, won, drawn, lost, gf, ga):
        self.name = name
        self.won, self.drawn, self.lost = won, drawn, lost
        self.gf, self.ga = gf, ga

    @property
    def points(self):
        return 3 * self.won + self.drawn

    @property
    def diff(self):
        return self.gf - self.ga

    def __repr__(self):
        return f"Team({self.name!r}, pts={self.points}, gd={self.diff:+d})"

    def __eq__(self, other):
        if not isinstance(other, Team):
            return NotImplemented
        return (self.points, self.diff, self.gf) == (other.points, other.diff, other.gf)

    def __lt__(self, other):
        return (self.points, self.diff, self.gf) < (other.points, other.diff, other.gf)

    def __hash__(self):
        return hash(self.name)


teams = [
    Team("Rovers", 5, 2, 1, 15, 8),
    Team("United", 5, 2, 1, 14, 7),
    Team("City", 4, 4, 0, 12, 5),
    Team("Athletic", 6, 0, 2, 18, 10),
    Team("Wanderers", 2, 1, 5, 6, 14),
    Team("Albion", 5, 2, 1, 15, 8),
]
table = sorted(teams, reverse=True)
for pos, t in enumerate(table, 1):
    print(f"{pos:>2}. {t.name:<10} {t.points:>3} {t.diff:>+4} {t.gf:>3}")
print(teams[0] == teams[5], teams[0] is teams[5], len({teams[0], teams[5]}), teams[0] != teams[1])
print(max(teams).name, min(teams).name, sorted(teams)[0].name)
print([t.name for t in sorted(teams, key=lambda t: t.name)])
print([t.name for t in sorted(teams, key=operator.attrgetter("won", "gf"))])

records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(records, key=lambda r: r[1], reverse=True))
two_pass = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(two_pass)
print(sorted(records, key=lambda r: (-r[1], r[0])))
lst = records[:]
lst.sort(key=operator.itemgetter(1))
print(lst == by_score)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), sorted(set(w.lower() for w in words)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, n)), sorted(nums)[::-1] == sorted(nums, reverse=True))


@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def key(self):
        return (self.RANKS.index(self.rank), self.SUITS.index(self.suit))

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in "Qs 2h Ah Td 2c Kc 9h".split()]
print(sorted(hand), max(hand), min(hand), Card("As") > Card("Ah"), Card("2c") <= Card("2c"))


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10", "1.2", "1.2.1", "0.9.9", "1.1", "10.0"]
print(sorted(versions), sorted(versions, key=cmp_to_key(compare_versions)))


class Weird:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"W{self.v}"


try:
    sorted([Weird(2), Weird(1)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max([], default="empty"), max(3, 7, 5), min("hello"), max({"a": 3, "b": 1}, key=lambda k: -ord(k)))
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]), sorted(map(sorted, matrix)))
pairs = {"x": 3, "y": 1, "z": 2}
print(sorted(pairs), sorted(pairs.items(), key=lambda kv: kv[1]), sorted(pairs, key=pairs.get, reverse=True))
print(list(reversed(sorted(range(5)))), sorted("hello world"), "".join(sorted("hello", reverse=True)))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]), sorted([True, False, 0, 1, -1]))
print(sorted([0.5, -0.0, 0.0, float("-inf"), 3]), sorted([2 ** 70, -(2 ** 65), 5]))
