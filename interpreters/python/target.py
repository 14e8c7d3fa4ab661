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


# The embedding API (docs/embedding.md): the entry points of the shared
# library (`--shared`), translated even where main does not call them.
JITGEN_EXPORTS = [embed.create_vm, embed.configure, embed.run_file, embed.run_main, embed.eval,
                  embed.is_complete, embed.complete, embed.exit_code, embed.interrupt]
