"""TEST DOUBLE of docs/embedding.md for the launcher's own logic.

It runs Python source on the host CPython with exec/codeop, which a real VM
must never do.  Only tests of launcher plumbing (argument handling, exit
codes, the REPL front ends) use it, so they do not depend on how far the real
VMs have got; tests/launcher/test_real_*.py drive the real VMs.
"""
import codeop
import json
import os
import sys
import traceback


def _log(*call):
    """With FAKE_EMBED_LOG set, record each call as a JSON line there."""
    path = os.environ.get("FAKE_EMBED_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(list(call)) + "\n")


class _VM:
    def __init__(self, argv):
        self.argv = list(argv)
        self.ns = {"__name__": "__main__", "__builtins__": __builtins__}
        self.code = 0


_vms = []


def create_vm(argv):
    _log("create_vm", argv)
    if os.environ.get("FAKE_EMBED_CRASH"):  # a VM bug leaking a host error
        raise RuntimeError("the double was told to crash")
    _vms.append(_VM(argv))
    sys.argv = list(argv)
    return len(_vms) - 1


def configure(vm, key, value):
    _log("configure", vm, key, value)
    return 0 if key in ("recursionlimit", "classpath") else 1


def _run(vm, source, filename, mode):
    v = _vms[vm]
    try:
        code = compile(source, filename, mode)
        exec(code, v.ns)
    except SystemExit as e:
        c = e.code
        if c is None:
            v.code = 0
        elif isinstance(c, int):
            v.code = c
        else:
            sys.stderr.write(str(c) + "\n")
            v.code = 1
        sys.stdout.flush()
        return 2
    except BaseException:
        sys.stdout.flush()
        ty, val, tb = sys.exc_info()
        sys.stderr.write("Traceback (most recent call last):\n")
        sys.stderr.write("".join(traceback.format_exception_only(ty, val)))
        return 1
    sys.stdout.flush()
    return 0


def run_file(vm, path):
    _log("run_file", vm, path)
    with open(path, encoding="utf-8") as f:
        src = f.read()
    _vms[vm].ns["__file__"] = path
    return _run(vm, src, path, "exec")


def run_main(vm, name):
    _log("run_main", vm, name)
    import importlib.util
    sys.path.insert(0, os.getcwd())  # as `python -m` does
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.stderr.write(f"No module named {name}\n")
        return 1
    _vms[vm].argv[0] = spec.origin
    sys.argv[0] = spec.origin
    return run_file(vm, spec.origin)


def eval(vm, source, filename, mode):
    _log("eval", vm, source, filename, mode)
    return _run(vm, source, filename, mode)


def is_complete(vm, source):
    try:
        return 0 if codeop.compile_command(source, "<stdin>", "single") is None else 1
    except (SyntaxError, ValueError, OverflowError):
        return 1


def complete(vm, prefix):
    import re
    import builtins
    word = re.search(r"[A-Za-z_0-9]*$", prefix).group(0)
    names = set(_vms[vm].ns) | set(dir(builtins))
    return sorted(n for n in names if n.startswith(word) and word)


def exit_code(vm):
    return _vms[vm].code


def interrupt(vm):
    raise KeyboardInterrupt
