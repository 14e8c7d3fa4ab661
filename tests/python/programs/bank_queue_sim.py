from collections import deque
class LCG:
    def __init__(self, seed):
        self.s = seed
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
        return (self.s >> 33) % n
rng = LCG(7)
queue = deque()
served, waits = 0, []
for t in range(60):
    if rng.next(3) == 0:
        queue.append(t)
    if queue and rng.next(2) == 0:
        waits.append(t - queue.popleft())
        served += 1
print(served, len(queue), sum(waits), max(waits) if waits else 0)
print(f"avg wait {sum(waits) / len(waits):.2f}" if waits else "none")
