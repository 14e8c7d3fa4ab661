"""The embedding API of the Python VM (docs/embedding.md)."""
from __future__ import annotations

import sys as _host_sys

from vm import io
from jitgen.hints import we_are_translated
from interpreters.python.objspace.base import W_Root, OperationError
from interpreters.python.objspace.space import ObjSpace
from interpreters.python.objspace.primitives import W_Int, W_Long, W_Str
from interpreters.python.objspace.containers import W_Dict
from interpreters.python.objspace.functions import W_Module
from interpreters.python.interpreter.compiling import compile_for_space
from interpreters.python.interpreter.executor import run_code
from interpreters.python.interpreter.traceback import print_exception
from interpreters.python.modules.importing import new_module, import_module
from interpreters.python import compiler as _compiler

# the VM's own pure-Python standard library modules (import time: a constant)
import os as _os
LIB_DIR = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "lib")

STATUS_OK = 0
STATUS_ERROR = 1
STATUS_EXIT = 2


def raise_host_recursion_limit() -> None:
    """Host mode: each Python-level call uses several host frames."""
    if _host_sys.getrecursionlimit() < 200000:
        _host_sys.setrecursionlimit(200000)


class PyVM:
    space: ObjSpace
    exit_code: int
    w_main: W_Module

    def __init__(self, argv: list[str]) -> None:
        self.space = ObjSpace(argv)
        self.exit_code = 0
        space = self.space
        w_path = space.w_sys.w_dict.lookup(space, space.newstr("path"))
        if w_path is not None:
            space.call_method(w_path, "append", [space.newstr(LIB_DIR)])
        self.w_main = new_module(self.space, "__main__")
        self.space.w_modules.setitem(self.space, self.space.newstr("__main__"), self.w_main)


class Registry:
    vms: list[PyVM | None]

    def __init__(self) -> None:
        self.vms = []


REGISTRY = Registry()


def get_vm(vm: int) -> PyVM:
    v = REGISTRY.vms[vm]
    assert v is not None
    return v


def create_vm(argv: list[str]) -> int:
    if not we_are_translated():
        raise_host_recursion_limit()
    REGISTRY.vms.append(PyVM(argv))
    return len(REGISTRY.vms) - 1


def configure(vm: int, key: str, value: str) -> int:
    v = get_vm(vm)
    if key == "recursionlimit":
        try:
            v.space.recursion_limit = int(value)
        except ValueError:
            return 1
        return 0
    return 1


def set_sys_path0(v: PyVM, entry: str) -> None:
    space = v.space
    w_path = space.w_sys.w_dict.lookup(space, space.newstr("path"))
    if w_path is not None:
        space.call_method(w_path, "insert", [space.newint(0), space.newstr(entry)])


def dirname(path: str) -> str:
    i = path.rfind("/")
    if i < 0:
        return ""
    if i == 0:
        return "/"
    return path[:i]


def handle_error(v: PyVM, e: OperationError) -> int:
    """Status for an uncaught exception; prints the report or sets the
    exit code for SystemExit."""
    space = v.space
    w_exc = e.w_value
    if space.exception_match(w_exc, space.w_SystemExit):
        items = space.exc_args(w_exc)
        w_code: W_Root = space.w_None
        if len(items) == 1:
            w_code = items[0]
        elif len(items) > 1:
            w_code = space.newtuple(items)
        if space.is_none(w_code):
            v.exit_code = 0
        elif isinstance(w_code, W_Int):
            v.exit_code = w_code.intval & 0xFF if w_code.intval >= 0 else w_code.intval & 0xFF
        else:
            io.flush_stdout()
            try:
                io.write_stderr(space.str_w_of(w_code) + "\n")
            except OperationError:
                pass
            v.exit_code = 1
        return STATUS_EXIT
    try:
        print_exception(space, w_exc)
    except OperationError:
        io.write_stderr("Error in printing the exception\n")
    return STATUS_ERROR


def flush_output() -> None:
    """Flush stdout at the end of a run; a closed pipe is not an error of
    the program any more (CPython also stays silent about it here)."""
    try:
        io.flush_stdout()
    except OSError:
        pass


def run_source_in_main(v: PyVM, source: str, filename: str, mode: str) -> int:
    space = v.space
    w_d = v.w_main.w_dict
    try:
        try:
            code = compile_for_space(space, source, filename, mode)
            run_code(space, code, w_d, w_d)
        except RecursionError:
            raise space.error(space.w_RecursionError, "maximum recursion depth exceeded")
        except MemoryError:
            raise space.error(space.exc_types["MemoryError"], "")
    except OperationError as e:
        status = handle_error(v, e)
        flush_output()
        return status
    except Exception as e:
        # a bug in the VM itself: report it in one line, not a host traceback
        flush_output()
        io.write_stderr("SystemError: internal error in the Tandem Python VM: %s\n" % host_error_text(e))
        return STATUS_ERROR
    finally:
        space.ec.depth = 0
        space.ec.topframe = None
        space.ec.w_handled = None
    flush_output()
    return STATUS_OK


def host_error_text(e: Exception) -> str:
    # the class tells a VM bug apart (an overflow of a machine int, a
    # missing key, a null...)
    return "%s: %s" % (type(e).__name__, str(e))


def run_file(vm: int, path: str) -> int:
    v = get_vm(vm)
    space = v.space
    try:
        source = io.read_file(path)
    except OSError:
        io.write_stderr("python: can't open file '%s': [Errno 2] No such file or directory\n" % path)
        v.exit_code = 2
        return STATUS_EXIT
    except ValueError:
        io.write_stderr("SyntaxError: Non-UTF-8 code in file %s\n" % path)
        return STATUS_ERROR
    set_sys_path0(v, dirname(path))
    w_d = v.w_main.w_dict
    w_d.setitem(space, space.newstr("__file__"), space.newstr(path))
    return run_source_in_main(v, source, path, "exec")


def run_main(vm: int, name: str) -> int:
    v = get_vm(vm)
    space = v.space
    # as CPython's -m: the working directory, as an absolute path, leads
    # sys.path, so the module's __file__ and argv[0] are absolute too
    set_sys_path0(v, io.getcwd())
    w_found = None
    from interpreters.python.modules.importing import search_dirs, join_path
    for d in search_dirs(space):
        for cand in [join_path(join_path(d, name.replace(".", "/")), "__main__.py"),
                     join_path(d, name.replace(".", "/") + ".py")]:
            if io.file_exists(cand):
                w_found = cand
                break
        if w_found is not None:
            break
    if w_found is None:
        io.write_stderr("python: No module named %s\n" % name)
        v.exit_code = 1
        return STATUS_EXIT
    w_argv = space.w_sys.w_dict.lookup(space, space.newstr("argv"))
    if w_argv is not None:
        space.setitem(w_argv, space.newint(0), space.newstr(w_found))
    v.w_main.w_dict.setitem(space, space.newstr("__file__"), space.newstr(w_found))
    return run_source_in_main(v, io.read_file(w_found), w_found, "exec")


def eval(vm: int, source: str, filename: str, mode: str) -> int:
    v = get_vm(vm)
    return run_source_in_main(v, source, filename, mode)


def is_complete(vm: int, source: str) -> int:
    return 1 if _compiler.is_complete_input(source) else 0


def complete(vm: int, prefix: str) -> list[str]:
    v = get_vm(vm)
    space = v.space
    i = len(prefix)
    while i > 0 and (prefix[i - 1].isalnum() or prefix[i - 1] == "_" or prefix[i - 1] == "."):
        i -= 1
    word = prefix[i:]
    results: list[str] = []
    if "." in word:
        dot = word.rfind(".")
        base = word[:dot]
        attr = word[dot + 1:]
        try:
            code = compile_for_space(space, base, "<completion>", "eval")
            w_obj = run_code(space, code, v.w_main.w_dict, v.w_main.w_dict)
            w_names = space.call_function(space.builtin_lookup("dir"), [w_obj])
            for w_n in space.list_items(w_names):
                n = space.str_w(w_n)
                if n.startswith(attr) and (attr.startswith("_") or not n.startswith("_")):
                    results.append(base + "." + n)
        except OperationError:
            return []
        return results
    for w_d in [v.w_main.w_dict, space.w_builtins_dict]:
        for w_k in w_d.live_keys():
            n = space.str_w(w_k)
            if n.startswith(word) and n not in results and (word.startswith("_") or not n.startswith("_")):
                results.append(n)
    for kw in ["False", "None", "True", "and", "as", "assert", "break", "class",
               "continue", "def", "del", "elif", "else", "except", "finally", "for",
               "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
               "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"]:
        if kw.startswith(word) and kw not in results:
            results.append(kw)
    results.sort()
    return results


def exit_code(vm: int) -> int:
    return get_vm(vm).exit_code


def interrupt(vm: int) -> None:
    get_vm(vm).space.ec.interrupted = True
