import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(12)])
print(round(random.random(), 12), random.choice(["red", "green", "blue"]))
deck = [f"{r}{s}" for s in "SH" for r in "A23456789"]
random.shuffle(deck); print(deck[:6])
print(random.sample(range(1000), 4), random.randrange(10, 50, 5))
rng = random.Random(99)
walk = 0
for _ in range(100):
    walk += rng.choice((-1, 1))
print(walk, rng.getrandbits(16), round(rng.uniform(-1, 1), 10))
counts = [0] * 3
random.seed(1)
for _ in range(300):
    counts[random.randrange(3)] += 1
print(counts)
