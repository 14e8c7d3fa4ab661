import heapq, bisect, string, operator, copy, math
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(len(h))])
data = [7, 3, 9, 1]; heapq.heapify(data); print(data[0], heapq.nlargest(2, [4, 8, 1, 9]), heapq.nsmallest(2, [4, 8, 1]))
tasks = [(2, "write"), (1, "read"), (3, "exec")]
heapq.heapify(tasks); print(heapq.heappop(tasks))
a = [1, 3, 5, 7]
print(bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 4))
bisect.insort(a, 4); print(a)
print(string.ascii_lowercase[:5], string.digits, string.capwords("hello big world"))
print(operator.add(2, 3), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"))
print(sorted([("a", 3), ("b", 1)], key=operator.itemgetter(1)))
class P:
    def __init__(self, n):
        self.n = n
print(operator.attrgetter("n")(P(4)), operator.methodcaller("upper")("x"))
orig = [[1, 2], {"k": [3]}]
sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig[0].append(99); orig[1]["k"].append(4)
print(sh, dp)
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.gcd(12, 18), math.factorial(20))
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 100, math.log(math.e), math.log(8, 2), math.hypot(3, 4))
print(math.sin(0), math.cos(0), round(math.atan2(1, 1), 6), math.trunc(-3.7), math.fabs(-2))
print(math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3, 4]))
