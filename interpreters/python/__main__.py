"""Host runner: python -m interpreters.python [-c CMD | -m MOD | script.py | -] args"""
import sys

from interpreters.python import embed


def usage() -> int:
    sys.stderr.write("usage: python -m interpreters.python [-c cmd | -m mod | file | -] [arg] ...\n")
    return 2


def main(argv: list[str]) -> int:
    args = argv[1:]
    if len(args) == 0:
        if sys.stdin.isatty():
            return usage()
        args = ["-"]
    first = args[0]
    if first == "-c":
        if len(args) < 2:
            sys.stderr.write("Argument expected for the -c option\n")
            return 2
        vm = embed.create_vm(["-c"] + args[2:])
        status = embed.eval(vm, args[1], "<string>", "exec")
    elif first == "-m":
        if len(args) < 2:
            sys.stderr.write("Argument expected for the -m option\n")
            return 2
        vm = embed.create_vm([args[1]] + args[2:])
        status = embed.run_main(vm, args[1])
    elif first == "-":
        vm = embed.create_vm(["-"] + args[1:])
        status = embed.eval(vm, sys.stdin.read(), "<stdin>", "exec")
    else:
        vm = embed.create_vm(args)
        status = embed.run_file(vm, first)
    sys.stdout.flush()
    if status == embed.STATUS_EXIT:
        return embed.exit_code(vm)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
