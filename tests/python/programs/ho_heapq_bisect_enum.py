import heapq
import bisect
from enum import Enum, IntEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"

class Status(Enum):
    NEW = auto()
    OPEN = auto()
    DONE = auto()

tasks = [("write report", Priority.MEDIUM), ("fix bug", Priority.HIGH), ("lunch", Priority.LOW),
         ("deploy", Priority.HIGH), ("email", Priority.LOW)]
heap = []
for order, (name, prio) in enumerate(tasks):
    heapq.heappush(heap, (-prio, order, name))
while heap:
    p, _, name = heapq.heappop(heap)
    print(f"{Priority(-p).name:<7}{name}")
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority["MEDIUM"], Priority(1), repr(Priority.LOW))
print(Color.RED, repr(Color.GREEN), Color("b"), Color.RED.value, Color.RED.name, list(Color), len(Color))
print(Color.RED is Color("r"), Color.RED == "r", isinstance(Color.RED, Color), [s.value for s in Status])
print({c: c.value for c in Color}[Color.BLUE], Status.OPEN in Status, Status.DONE.name.lower())
try:
    Color("x")
except ValueError as e:
    print("ValueError:", e)
nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, tasks, key=lambda t: t[1]))
h = list(nums)
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
grades = [60, 70, 80, 90]
letters = "FDCBA"
for score in [55, 60, 75, 89, 90, 100]:
    print(score, letters[bisect.bisect_right(grades, score)], bisect.bisect_left(grades, score))
sl = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(sl, v)
print(sl, bisect.bisect(sl, 1), bisect.bisect_left(sl, 1))
def schedule(events):
    timeline = []
    for t, what in events:
        heapq.heappush(timeline, (t, what))
    clock = 0
    while timeline:
        t, what = heapq.heappop(timeline)
        clock = t
        print(f"t={t:>3}: {what}")
        if what.startswith("spawn"):
            heapq.heappush(timeline, (t + 15, what.replace("spawn", "child of")))
    return clock
print("end at", schedule([(10, "boot"), (5, "spawn a"), (30, "halt"), (12, "spawn b")]))
