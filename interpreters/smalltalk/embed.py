"""The embedding API of the Smalltalk VM (docs/embedding.md)."""
import os
import sys
from interpreters.smalltalk import ast
from interpreters.smalltalk.lexer import ParseError, Lexer, T_IDENT, T_OPERATOR, T_LPAREN
from interpreters.smalltalk.parser import parse_script_source, parse_class_source
from interpreters.smalltalk.compiler import Compiler
from interpreters.smalltalk.objects import W_Object, W_String, W_Array, W_Class
from interpreters.smalltalk.universe import (
    Universe, SmalltalkError, ExitProgram, NonLocalReturn, AbortProgram,
)
from interpreters.smalltalk.interpreter import send, invoke_method
from interpreters.smalltalk.primitives import PRIMITIVES
from interpreters.smalltalk.hostos import now_seconds, list_dir
from jitgen.hints import StackOverflow
from vm import io

# Where our class library lives (import time: a constant of the program).
LIB_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")
CORE_DIR = LIB_DIR + "/core"
EXT_DIR = LIB_DIR + "/ext"
EXTEND_DIR = LIB_DIR + "/extend"

# Import time (host): Smalltalk's own depth limit must trip before CPython's.
if sys.getrecursionlimit() < 200000:
    sys.setrecursionlimit(200000)


class SmalltalkVM:
    argv: list[str]
    user_classpath: list[str]
    universe: Universe | None
    exit_code: int
    max_depth: int

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv
        self.user_classpath = []
        self.universe = None
        self.exit_code = 0
        self.max_depth = 10000


class Registry:
    vms: list[SmalltalkVM]

    def __init__(self) -> None:
        self.vms = []


REGISTRY = Registry()


def get_vm(vm: int) -> SmalltalkVM:
    return REGISTRY.vms[vm]


def create_vm(argv: list[str]) -> int:
    REGISTRY.vms.append(SmalltalkVM(argv))
    return len(REGISTRY.vms) - 1


def configure(vm: int, key: str, value: str) -> int:
    v = get_vm(vm)
    if key == "classpath":
        for part in value.split(":"):
            if part != "" and part not in v.user_classpath:
                v.user_classpath.append(part)
        if v.universe is not None:
            v.universe.classpath = v.user_classpath + [CORE_DIR, EXT_DIR]
        return 0
    if key == "maxdepth" or key == "recursionlimit":
        try:
            v.max_depth = int(value)
        except ValueError:
            return 1
        if v.universe is not None:
            v.universe.max_depth = v.max_depth
        return 0
    return 1


def report(msg: str) -> None:
    io.flush_stdout()
    io.write_stderr(msg)


def universe_of(v: SmalltalkVM) -> Universe:
    """The VM's universe, bootstrapped on first use (after configure)."""
    u = v.universe
    if u is None:
        u = Universe(v.user_classpath + [CORE_DIR, EXT_DIR], EXTEND_DIR, PRIMITIVES)
        u.max_depth = v.max_depth
        u.start_ticks = now_seconds()
        v.universe = u
        u.bootstrap()
    return u


def guarded_status(v: SmalltalkVM, e: Exception) -> int:
    """Turn an exception that ended a run into a status, reporting it."""
    if isinstance(e, ExitProgram):
        v.exit_code = e.code
        io.flush_stdout()
        return 2
    if isinstance(e, ParseError):
        report(str(e) + "\n")
        return 1
    if isinstance(e, SmalltalkError):
        lines = "Error: " + e.msg + "\n"
        if e.where != "":
            lines = e.where + ": error: " + e.msg + "\n"
        if isinstance(e, AbortProgram):
            lines = ""
        if len(e.trace) > 0:
            lines += "Smalltalk back trace (innermost first):\n" + e.trace_text() + "\n"
        report(lines)
        return 1
    if isinstance(e, NonLocalReturn):
        report("Error: a non-local return escaped its home method\n")
        return 1
    if isinstance(e, StackOverflow):
        report("Error: stack overflow in the host (recursion too deep)\n")
        return 1
    # a bug in the VM itself: still no host traceback for the user
    report("Error: internal VM error: " + str(e) + "\n")
    return 1


def run_class(v: SmalltalkVM, name: str, args: list[str]) -> int:
    try:
        u = universe_of(v)
        if u.lookup_class(name) is None:
            report("Error: class " + name + " not found on the classpath: " +
                   ":".join(u.classpath) + "\n")
            return 1
        items: list[W_Object] = [W_String(name)]
        for a in args:
            items.append(W_String(a))
        send(u, u.system, u.symbol("initialize:"), [W_Array(items)])
        io.flush_stdout()
        return 0
    except Exception as e:
        return guarded_status(v, e)


def run_main(vm: int, name: str) -> int:
    v = get_vm(vm)
    return run_class(v, name, v.argv[1:])


def run_file(vm: int, path: str) -> int:
    """A class file (Name.som: its folder joins the classpath) or a script of statements."""
    v = get_vm(vm)
    if path.endswith(".som"):
        slash = path.rfind("/")
        folder = "." if slash < 0 else path[:slash]
        name = path[slash + 1:len(path) - 4]
        if folder not in v.user_classpath:
            v.user_classpath.insert(0, folder)
            if v.universe is not None:
                v.universe.classpath = v.user_classpath + [CORE_DIR, EXT_DIR]
        return run_class(v, name, v.argv[1:])
    try:
        source = io.read_file(path)
    except OSError:
        report("Error: cannot read " + path + "\n")
        return 1
    return eval(vm, source, path, "exec")


def eval(vm: int, source: str, filename: str, mode: str) -> int:
    v = get_vm(vm)
    try:
        u = universe_of(v)
        cdef = parse_class_input(source, filename)
        if cdef is not None:
            # a class definition typed at the prompt (or given with -e) defines it
            cls = u.define_class(cdef)
            if mode == "single":
                io.write_stdout(cls.name + "\n")
            io.flush_stdout()
            return 0
        body = parse_script_source(source, filename)
        comp = Compiler(u.env, filename, [], "workspace")
        comp.script_globals = True
        m = comp.compile_script(body, "doIt")
        m.holder = u.ct.nil_class
        result = invoke_method(u, m, u.nil, [])
        if mode == "single" and len(body.statements) > 0:
            print_value(u, result)
        io.flush_stdout()
        return 0
    except Exception as e:
        return guarded_status(v, e)


def parse_class_input(source: str, filename: str) -> ast.ClassDef | None:
    """The class defined by the input, or None if the input is statements."""
    if not looks_like_class(source):
        return None
    try:
        return parse_class_source(source, filename)
    except ParseError as e:
        if parses_as_script(source):
            return None            # `x = (3)` is a comparison
        raise e


def parses_as_script(source: str) -> bool:
    try:
        parse_script_source(source, "<input>")
    except ParseError:
        return False
    return True


def looks_like_class(source: str) -> bool:
    """`Name = (` or `Name = Super (`: the start of a class definition."""
    try:
        toks = Lexer(source, "<input>").tokenize()
    except ParseError:
        return False
    if len(toks) < 3 or toks[0].kind != T_IDENT or toks[1].kind != T_OPERATOR or toks[1].text != "=":
        return False
    if toks[2].kind == T_LPAREN:
        return True
    return len(toks) > 3 and toks[2].kind == T_IDENT and toks[3].kind == T_LPAREN


def print_value(u: Universe, result: W_Object) -> None:
    """The REPL shows the printString of a value."""
    printed = send(u, result, u.symbol("printString"), [])
    if isinstance(printed, W_String):
        io.write_stdout(printed.value + "\n")


def is_complete(vm: int, source: str) -> int:
    try:
        if looks_like_class(source) and not parses_as_script(source):
            parse_class_source(source, "<input>")
        else:
            parse_script_source(source, "<input>")
    except ParseError as e:
        if e.msg.endswith("found end of input"):
            return 0
    return 1


def complete(vm: int, prefix: str) -> list[str]:
    """Global names and selectors that extend the identifier at the end of prefix."""
    i = len(prefix)
    while i > 0 and (prefix[i - 1].isalnum() or prefix[i - 1] == "_" or prefix[i - 1] == ":"):
        i -= 1
    word = prefix[i:]
    if word == "":
        return []
    v = get_vm(vm)
    u = universe_of(v)
    found: list[str] = []
    for name in u.globals.keys():
        if name.startswith(word) and name not in found:
            found.append(name)
    for d in u.classpath:            # classes not loaded yet
        for f in list_dir(d):
            if f.endswith(".som") and f.startswith(word) and f[:len(f) - 4] not in found:
                found.append(f[:len(f) - 4])
    for w in u.globals.values():
        if isinstance(w, W_Class):
            add_selectors(w, word, found)
            meta = w.w_class
            if meta is not None:
                add_selectors(meta, word, found)
    found.sort()
    return found


def add_selectors(cls: W_Class, word: str, found: list[str]) -> None:
    for sel in cls.methods.keys():
        if sel.startswith(word) and sel not in found:
            found.append(sel)


def exit_code(vm: int) -> int:
    return get_vm(vm).exit_code


def interrupt(vm: int) -> None:
    u = get_vm(vm).universe
    if u is not None:
        u.interrupted = True
