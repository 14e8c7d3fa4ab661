"""Text files: open() results and sys.stdout/stderr/stdin."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from vm import io
from interpreters.python.objspace.base import W_Root, Args, OperationError
from interpreters.python.objspace.primitives import W_Str
from interpreters.python.objspace.typeobject import W_Type
from interpreters.python.objspace.iterators import W_Iterator

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace

KIND_FILE = 0
KIND_STDOUT = 1
KIND_STDERR = 2
KIND_STDIN = 3


def write_std(space: ObjSpace, kind: int, s: str) -> None:
    """Write to the process's stdout or stderr; a failed write (a closed
    pipe) becomes the program's OSError, as in CPython."""
    try:
        if kind == KIND_STDERR:
            io.write_stderr(s)
        else:
            io.write_stdout(s)
    except OSError as e:
        msg = str(e)
        if "Broken pipe" in msg:
            raise OperationError(space.new_exception(space.exc_types["BrokenPipeError"],
                                                     [space.newint(32), space.newstr("Broken pipe")]))
        raise OperationError(space.new_exception(space.w_OSError, [space.newstr(msg)]))


class W_File(W_Iterator):
    path: str
    mode: str
    kind: int
    data: str          # whole contents (read) or pending output (write)
    pos: int
    closed: bool

    def __init__(self, path: str, mode: str, kind: int, data: str) -> None:
        self.path = path
        self.mode = mode
        self.kind = kind
        self.data = data
        self.pos = 0
        self.closed = False

    def getclass(self, space: ObjSpace) -> W_Type:
        return space.w_file

    def readline(self, space: ObjSpace) -> str:
        if self.kind == KIND_STDIN:
            return io.read_line_stdin()
        if self.pos >= len(self.data):
            return ""
        j = self.data.find("\n", self.pos)
        end = len(self.data) if j < 0 else j + 1
        line = self.data[self.pos:end]
        self.pos = end
        return line

    def next_w(self, space: ObjSpace) -> W_Root | None:
        check_open(space, self)
        line = self.readline(space)
        if line == "":
            return None
        return space.newstr(line)

    def write(self, space: ObjSpace, s: str) -> None:
        if self.kind == KIND_STDOUT or self.kind == KIND_STDERR:
            write_std(space, self.kind, s)
        else:
            self.data += s
            # written through: CPython closes unreferenced files at once, so
            # programs may read a file back without closing it first
            io.write_file(self.path, self.data)

    def flush(self) -> None:
        if self.kind == KIND_STDOUT:
            io.flush_stdout()
        elif self.kind == KIND_FILE and ("w" in self.mode or "a" in self.mode) and not self.closed:
            io.write_file(self.path, self.data)

    def close(self) -> None:
        if not self.closed:
            self.flush()
            self.closed = True


def check_open(space: ObjSpace, f: W_File) -> None:
    if f.closed:
        raise space.error_value("I/O operation on closed file.")


def open_file(space: ObjSpace, path: str, mode: str) -> W_File:
    if "b" in mode:
        raise space.error_value("binary mode files are not supported yet")
    if "r" in mode or "+" in mode:
        if not io.file_exists(path):
            w_e = space.call_function(space.w_OSError, [space.newint(2), space.newstr("No such file or directory"), space.newstr(path)])
            raise OperationError(w_e)
        try:
            data = io.read_file(path)
        except OSError:
            raise OperationError(space.new_exception(space.w_OSError, [space.newint(5), space.newstr("Input/output error"), space.newstr(path)]))
        data = data.replace("\r\n", "\n")
        return W_File(path, mode, KIND_FILE, data)
    if "a" in mode:
        old = ""
        if io.file_exists(path):
            old = io.read_file(path)
        return W_File(path, mode, KIND_FILE, old)
    try:
        io.write_file(path, "")
    except OSError:
        w_e = space.call_function(space.w_OSError, [space.newint(2), space.newstr("No such file or directory"), space.newstr(path)])
        raise OperationError(w_e)
    return W_File(path, mode, KIND_FILE, "")


def self_file(space: ObjSpace, w: W_Root) -> W_File:
    if isinstance(w, W_File):
        return w
    raise space.error_type("expected a file")


def file_read(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    check_open(space, f)
    n = -1
    if len(args.pos) > 1 and not space.is_none(args.pos[1]):
        n = space.int_w(args.pos[1])
    if f.kind == KIND_STDIN:
        parts: list[str] = []
        while True:
            line = io.read_line_stdin()
            if line == "":
                break
            parts.append(line)
        return space.newstr("".join(parts))
    if n < 0:
        s = f.data[f.pos:]
        f.pos = len(f.data)
    else:
        s = f.data[f.pos:f.pos + n]
        f.pos += len(s)
    return space.newstr(s)


def file_readline(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    check_open(space, f)
    return space.newstr(f.readline(space))


def file_readlines(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    check_open(space, f)
    lines: list[W_Root] = []
    while True:
        line = f.readline(space)
        if line == "":
            break
        lines.append(space.newstr(line))
    return space.newlist(lines)


def file_write(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    check_open(space, f)
    w_s = args.pos[1]
    if not isinstance(w_s, W_Str):
        raise space.error_type("write() argument must be str, not %s" % space.type_name(w_s))
    f.write(space, w_s.value)
    return space.newint(len(w_s.value))


def file_writelines(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    for w_s in space.list_items(args.pos[1]):
        f.write(space, space.str_w(w_s))
    return space.w_None


def file_flush(space: ObjSpace, args: Args) -> W_Root:
    self_file(space, args.pos[0]).flush()
    return space.w_None


def file_close(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    if f.kind == KIND_FILE:
        f.close()
    return space.w_None


def file_enter(space: ObjSpace, args: Args) -> W_Root:
    check_open(space, self_file(space, args.pos[0]))
    return args.pos[0]


def file_exit(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    if f.kind == KIND_FILE:
        f.close()
    return space.w_None


def file_iter(space: ObjSpace, args: Args) -> W_Root:
    check_open(space, self_file(space, args.pos[0]))
    return args.pos[0]


def file_next(space: ObjSpace, args: Args) -> W_Root:
    w_x = self_file(space, args.pos[0]).next_w(space)
    if w_x is None:
        raise space.error_stop_iteration(None)
    return w_x


def file_repr(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    names = ["", "<stdout>", "<stderr>", "<stdin>"]
    name = f.path if f.kind == KIND_FILE else names[f.kind]
    return space.newstr("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>" % (name, f.mode))


def file_get_closed(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newbool(self_file(space, w).closed)


def file_get_name(space: ObjSpace, w: W_Root) -> W_Root:
    f = self_file(space, w)
    names = ["", "<stdout>", "<stderr>", "<stdin>"]
    return space.newstr(f.path if f.kind == KIND_FILE else names[f.kind])


def file_isatty(space: ObjSpace, args: Args) -> W_Root:
    # programs run with their streams redirected (as the corpus runs them)
    self_file(space, args.pos[0])
    return space.w_False


def file_readable(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool("r" in self_file(space, args.pos[0]).mode)


def file_writable(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    return space.newbool("w" in f.mode or "a" in f.mode)


def file_fileno(space: ObjSpace, args: Args) -> W_Root:
    f = self_file(space, args.pos[0])
    if f.kind == KIND_STDIN:
        return space.newint(0)
    if f.kind == KIND_STDOUT:
        return space.newint(1)
    if f.kind == KIND_STDERR:
        return space.newint(2)
    return space.newint(3)


def file_get_encoding(space: ObjSpace, w: W_Root) -> W_Root:
    self_file(space, w)
    return space.newstr("utf-8")


def file_get_mode(space: ObjSpace, w: W_Root) -> W_Root:
    return space.newstr(self_file(space, w).mode)


def file_get_errors(space: ObjSpace, w: W_Root) -> W_Root:
    self_file(space, w)
    return space.newstr("strict")


FILE_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "isatty": file_isatty, "readable": file_readable, "writable": file_writable,
    "fileno": file_fileno,
    "read": file_read, "readline": file_readline, "readlines": file_readlines,
    "write": file_write, "writelines": file_writelines, "flush": file_flush,
    "close": file_close, "__enter__": file_enter, "__exit__": file_exit,
    "__iter__": file_iter, "__next__": file_next, "__repr__": file_repr,
}
