"""Drives the embedding API of embed_echo.py either through the native
shared library (argv[1] = its path) or, with no argument, on CPython by
importing the module: both must print the same (the test compares them)."""
import ctypes
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = os.path.join(HERE, "programs", "embed_echo.py")


class Host:
    def __init__(self) -> None:
        sys.path.insert(0, os.path.join(HERE, "programs"))
        import embed_echo
        self.m = embed_echo

    def create_vm(self, argv):
        return self.m.create_vm(list(argv))

    def __getattr__(self, name):
        f = getattr(self.m, name)

        def call(*args):
            try:
                return f(*args)
            except Exception as e:
                sys.stdout.flush()
                print(f"{type(e).__name__}: {e}", file=sys.stderr)
                return 1
        return call


class Native:
    def __init__(self, path: str) -> None:
        self.lib = ctypes.CDLL(path)
        for n in ["tandem_init", "tandem_create_vm", "tandem_configure", "tandem_run_file",
                  "tandem_run_main", "tandem_eval", "tandem_is_complete", "tandem_exit_code"]:
            getattr(self.lib, n).restype = ctypes.c_int64
        self.lib.tandem_complete.restype = ctypes.c_void_p
        assert self.lib.tandem_init() == 0

    def create_vm(self, argv):
        arr = (ctypes.c_char_p * (len(argv) + 1))(*[a.encode() for a in argv], None)
        return self.lib.tandem_create_vm(len(argv), arr)

    def configure(self, vm, k, v):
        return self.lib.tandem_configure(vm, k.encode(), v.encode())

    def run_file(self, vm, path):
        return self.lib.tandem_run_file(vm, path.encode())

    def run_main(self, vm, name):
        return self.lib.tandem_run_main(vm, name.encode())

    def eval(self, vm, src, filename, mode):
        return self.lib.tandem_eval(vm, src.encode(), filename.encode(), mode.encode())

    def is_complete(self, vm, src):
        return self.lib.tandem_is_complete(vm, src.encode())

    def complete(self, vm, prefix):
        p = self.lib.tandem_complete(vm, prefix.encode())
        out = []
        while True:
            s = ctypes.string_at(p)
            if not s:
                return out
            out.append(s.decode())
            p += len(s) + 1

    def exit_code(self, vm):
        return self.lib.tandem_exit_code(vm)

    def interrupt(self, vm):
        self.lib.tandem_interrupt(ctypes.c_int64(vm))


def main() -> None:
    api = Native(sys.argv[1]) if len(sys.argv) > 1 else Host()
    vm = api.create_vm(["prog", "x"])
    results = [vm, api.configure(vm, "known", "1"), api.configure(vm, "other", "1"),
               api.eval(vm, "héllo\n", "<stdin>", "single"), api.run_file(vm, FILE),
               api.complete(vm, "pr"), api.complete(vm, "zz"), api.is_complete(vm, "if x:"),
               api.is_complete(vm, "1"), api.eval(vm, "exit 7", "<stdin>", "exec"), api.exit_code(vm)]
    sys.stdout.flush()
    results.append(api.run_main(vm, "foo"))
    api.interrupt(vm)
    print(results)


main()
