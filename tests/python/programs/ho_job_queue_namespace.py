import keyword
import queue
from types import SimpleNamespace

jobs = queue.PriorityQueue()
specs = [("build", 2, ["compile", "link"]), ("test", 3, ["unit", "integration"]),
         ("lint", 1, ["flake"]), ("deploy", 5, []), ("docs", 3, ["render"])]
for order, (name, prio, steps) in enumerate(specs):
    jobs.put((prio, order, SimpleNamespace(name=name, steps=steps, done=[])))

log = queue.Queue()
while not jobs.empty():
    prio, _, job = jobs.get()
    for step in job.steps:
        job.done.append(step.upper())
    log.put(f"[p{prio}] {job.name:<7} {len(job.done)} step(s) {','.join(job.done) or '-'}")
    if not job.steps and job.name == "deploy":
        log.put(f"        {job.name} skipped: {job}")

while True:
    try:
        print(log.get_nowait())
    except queue.Empty:
        break

undo = queue.LifoQueue()
for action in ["open", "edit", "save"]:
    undo.put(action)
print([undo.get() for _ in range(undo.qsize())])

identifiers = ["class", "klass", "match", "yield", "value", "None", "async", "case"]
for ident in identifiers:
    kind = "keyword" if keyword.iskeyword(ident) else "soft" if keyword.issoftkeyword(ident) else "name"
    print(f"{ident:>6}: {kind}")
cfg = SimpleNamespace(debug=False, level=2)
cfg.level += 1
print(cfg, cfg == SimpleNamespace(debug=False, level=3), sorted(vars(cfg)))
