"""pathlib: PurePosixPath-style Path with text file helpers."""
import os.path as _p


class PurePath:
    def __init__(self, *parts):
        strs = []
        for part in parts:
            strs.append(part._str if isinstance(part, PurePath) else str(part))
        raw = _p.join(*strs) if strs else "."
        bits = [b for b in raw.split("/") if b and b != "."]
        lead = "/" if raw.startswith("/") else ""
        self._str = (lead + "/".join(bits)) or "."

    def __str__(self):
        return self._str

    _repr_name = "PurePosixPath"

    def __repr__(self):
        return "%s(%r)" % (self._repr_name, self._str)

    def __fspath__(self):
        return self._str

    def __truediv__(self, other):
        return type(self)(self, other)

    def __rtruediv__(self, other):
        return type(self)(other, self)

    def __eq__(self, other):
        return isinstance(other, PurePath) and self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        return self._str < other._str

    @property
    def parts(self):
        if self._str == "/":
            return ("/",)
        bits = [b for b in self._str.split("/") if b]
        if self._str.startswith("/"):
            return tuple(["/"] + bits)
        return tuple(bits)

    @property
    def name(self):
        return "" if self._str in (".", "/") else _p.basename(self._str)

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        d = _p.dirname(self._str)
        return type(self)(d if d else ".")

    @property
    def parents(self):
        out = []
        p = self.parent
        while True:
            out.append(p)
            if p._str in (".", "/"):
                break
            p = p.parent
        return out

    def is_absolute(self):
        return self._str.startswith("/")

    def with_name(self, name):
        return self.parent / name

    def with_suffix(self, suffix):
        return self.parent / (self.stem + suffix)

    def joinpath(self, *others):
        return type(self)(self, *others)

    def as_posix(self):
        return self._str


class Path(PurePath):
    _repr_name = "PosixPath"
    def exists(self):
        return _p.exists(self._str)

    def is_file(self):
        return _p.exists(self._str)

    def open(self, mode="r", encoding=None):
        return open(self._str, mode)

    def read_text(self, encoding=None):
        with open(self._str) as f:
            return f.read()

    def write_text(self, data, encoding=None):
        with open(self._str, "w") as f:
            return f.write(data)

    def read_lines(self):
        return self.read_text().splitlines()


PurePosixPath = PurePath
PosixPath = Path
