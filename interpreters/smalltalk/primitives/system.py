"""System primitives: globals, loading, printing, time, exit."""
from interpreters.smalltalk.objects import (
    W_Object, W_Integer, W_String, W_Class, Frame,
)
from interpreters.smalltalk.universe import Universe, ExitProgram, AbortProgram
from interpreters.smalltalk.interpreter import method_name, get_location
from interpreters.smalltalk.primitives.helpers import arg_int, arg_str, arg_symbol
from interpreters.smalltalk.hostos import now_seconds
from vm import io


def prim_global(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    w = u.get_global(arg_symbol(u, "System>>global:", args[0]).value)
    if w is None:
        return u.nil
    return w


def prim_global_put(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    u.globals[arg_symbol(u, "System>>global:put:", args[0]).value] = args[1]
    return args[1]


def prim_has_global(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.bool_object(arg_symbol(u, "System>>hasGlobal:", args[0]).value in u.globals)


def prim_load(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    name = arg_symbol(u, "System>>load:", args[0]).value
    g = u.get_global(name)
    if isinstance(g, W_Class):
        return g
    cls = u.load_class(name)
    if cls is None:
        return u.nil
    return cls


def prim_exit(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    raise ExitProgram(arg_int(u, "System>>exit:", args[0]))


def prim_abort(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    """End the run as an uncaught error (status 1); the caller printed the report."""
    raise AbortProgram(arg_str(u, "System>>abort:", args[0]))


def prim_print_string(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    io.write_stdout(arg_str(u, "System>>printString:", args[0]))
    return rcvr


def prim_print_newline(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    io.write_stdout("\n")
    return rcvr


def prim_error_print(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    io.write_stderr(arg_str(u, "System>>errorPrint:", args[0]))
    return rcvr


def prim_error_println(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    io.write_stderr(arg_str(u, "System>>errorPrintln:", args[0]) + "\n")
    return rcvr


def stack_trace(u: Universe) -> str:
    lines: list[str] = []
    f: Frame | None = u.top_frame
    while f is not None and len(lines) < 50:
        lines.append("  " + method_name(f.method) + "  (" + get_location(f.method, f.pc) + ")")
        f = f.caller
    return "\n".join(lines) + "\n"


def prim_print_stack_trace(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    io.write_stderr(stack_trace(u))
    return rcvr


def prim_time(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Integer(int((now_seconds() - u.start_ticks) * 1000.0))


def prim_ticks(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Integer(int((now_seconds() - u.start_ticks) * 1000000.0))


def prim_full_gc(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.true


def prim_load_file(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    try:
        return W_String(io.read_file(arg_str(u, "System>>loadFile:", args[0])))
    except OSError:
        return u.nil


PRIMITIVES = {
    "System>>global:": prim_global,
    "System>>global:put:": prim_global_put,
    "System>>hasGlobal:": prim_has_global,
    "System>>load:": prim_load,
    "System>>exit:": prim_exit,
    "System>>abort:": prim_abort,
    "System>>printString:": prim_print_string,
    "System>>printNewline": prim_print_newline,
    "System>>errorPrint:": prim_error_print,
    "System>>errorPrintln:": prim_error_println,
    "System>>printStackTrace": prim_print_stack_trace,
    "System>>time": prim_time,
    "System>>ticks": prim_ticks,
    "System>>fullGC": prim_full_gc,
    "System>>loadFile:": prim_load_file,
}
