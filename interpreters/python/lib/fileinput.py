"""fileinput, written for this VM: iterate over the lines of the files
named on the command line (or given), '-' or none meaning stdin."""
import sys

_state = None


class FileInput:
    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if files is None:
            files = sys.argv[1:] or ["-"]
        elif isinstance(files, str):
            files = [files]
        self._files = list(files)
        self._filename = None
        self._lineno = 0
        self._filelineno = 0
        self._file = None
        self._index = 0
        self._mode = mode
        self._openhook = openhook

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._file is None:
                if self._index >= len(self._files):
                    raise StopIteration
                self._filename = self._files[self._index]
                self._index += 1
                self._filelineno = 0
                if self._filename == "-":
                    self._filename = "<stdin>"
                    self._file = sys.stdin
                elif self._openhook is not None:
                    self._file = self._openhook(self._filename, self._mode)
                else:
                    self._file = open(self._filename, self._mode)
            line = self._file.readline()
            if line:
                self._lineno += 1
                self._filelineno += 1
                return line
            self.nextfile()

    def nextfile(self):
        if self._file is not None and self._file is not sys.stdin:
            self._file.close()
        self._file = None

    def close(self):
        self.nextfile()
        self._index = len(self._files)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._file is sys.stdin

    def fileno(self):
        return -1 if self._file is None else 0


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
          errors=None):
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook)
    return _state


def _current():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def filename():
    return _current().filename()


def lineno():
    return _current().lineno()


def filelineno():
    return _current().filelineno()


def isfirstline():
    return _current().isfirstline()


def isstdin():
    return _current().isstdin()


def nextfile():
    return _current().nextfile()


def close():
    if _state is not None:
        _state.close()
