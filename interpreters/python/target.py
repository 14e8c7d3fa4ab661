"""The jitgen entry point of the Python VM: run a script given in argv."""
from vm import io
from interpreters.python import embed


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        io.write_stderr("usage: %s script.py [args...]\n" % argv[0])
        return 2
    vm = embed.create_vm(argv[1:])
    status = embed.run_file(vm, argv[1])
    if status == embed.STATUS_EXIT:
        return embed.exit_code(vm)
    return status
