"""io: StringIO (in-memory text files)."""


class StringIO:
    def __init__(self, initial_value="", newline="\n"):
        self._buf = initial_value
        self._pos = 0
        self.closed = False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if self._pos == len(self._buf):
            self._buf += s
        else:
            self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        return self._buf

    def read(self, size=-1):
        if size is None or size < 0:
            out = self._buf[self._pos:]
        else:
            out = self._buf[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self):
        i = self._buf.find("\n", self._pos)
        end = len(self._buf) if i < 0 else i + 1
        out = self._buf[self._pos:end]
        self._pos = end
        return out

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def seek(self, pos, whence=0):
        self._pos = pos if whence == 0 else (self._pos + pos if whence == 1 else len(self._buf) + pos)
        return self._pos

    def tell(self):
        return self._pos

    def truncate(self, size=None):
        size = self._pos if size is None else size
        self._buf = self._buf[:size]
        return size

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
