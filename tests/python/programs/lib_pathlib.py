from pathlib import Path, PurePath
p = Path("data") / "reports" / "2024.summary.txt"
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.is_absolute())
print(p.with_suffix(".csv"), p.with_name("other.md"), [str(x) for x in p.parents], Path("/usr/lib") / "x")
q = Path("notes.txt")
print(q.exists())
q.write_text("alpha\nbeta\n")
print(q.exists(), q.read_text().splitlines(), len(q.read_text()))
with q.open() as f:
    print(f.readline().strip())
print(PurePath("a/b/../c"), Path("a") == Path("a"), sorted([Path("b"), Path("a")]))
