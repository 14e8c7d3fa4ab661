import hashlib
import random

files = {"readme.txt": "Tandem project\n", "data.csv": "a,b\n1,2\n", "empty": ""}
manifest = {}
for name, content in sorted(files.items()):
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    manifest[name] = digest
    print(f"{digest[:16]}  {name} ({len(content)} bytes)")

h = hashlib.sha256()
for name in sorted(manifest):
    h.update(f"{name}:{manifest[name]}\n".encode())
print("manifest:", h.hexdigest())
print("sha512:", hashlib.sha512(b"tandem").hexdigest()[:32])

rng = random.Random("deterministic-run")
team = ["ann", "bob", "cid", "dee", "eve"]
rng.shuffle(team)
print("order:", team)
print("pairs:", [tuple(sorted(rng.sample(team, 2))) for _ in range(3)])
random.seed("exam-2024")
scores = {name: random.randint(50, 100) for name in sorted(team)}
print(scores, max(scores, key=scores.get))
tampered = dict(files, **{"data.csv": "a,b\n1,3\n"})
changed = [n for n in sorted(tampered) if hashlib.sha256(tampered[n].encode()).hexdigest() != manifest[n]]
print("changed:", changed)
