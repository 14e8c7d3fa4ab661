"""jitgen entry point of the Smalltalk VM: main(argv) -> exit status."""
from interpreters.smalltalk import embed
from vm import io

USAGE = ("usage: smalltalk [-cp path:path] [--max-depth N] ClassName [args...]\n"
         "       smalltalk [-cp path:path] path/to/Class.som [args...]\n"
         "       smalltalk [-cp path:path] script.st | -e 'statements'\n")


def main(argv: list[str]) -> int:
    i = 1
    classpath: list[str] = []
    max_depth = ""
    while i < len(argv):
        a = argv[i]
        if a == "-cp" or a == "--classpath":
            if i + 1 >= len(argv):
                io.write_stderr("error: -cp needs a colon-separated list of folders\n" + USAGE)
                return 64
            classpath.append(argv[i + 1])
            i += 2
        elif a == "--max-depth":
            if i + 1 >= len(argv):
                io.write_stderr("error: --max-depth needs a number\n" + USAGE)
                return 64
            max_depth = argv[i + 1]
            i += 2
        elif a == "-h" or a == "--help":
            io.write_stdout(USAGE)
            return 0
        else:
            break
    if i >= len(argv):
        io.write_stderr("error: no class, file or -e given\n" + USAGE)
        return 64
    if argv[i] == "-e":
        if i + 1 >= len(argv):
            io.write_stderr("error: -e needs the statements to evaluate\n" + USAGE)
            return 64
        vm = embed.create_vm(argv[i:])
        setup(vm, classpath, max_depth)
        return finish(vm, embed.eval(vm, argv[i + 1], "<command line>", "exec"))
    program = argv[i]
    vm = embed.create_vm(argv[i:])
    setup(vm, classpath, max_depth)
    if program.endswith(".som") or "/" in program or program.endswith(".st"):
        return finish(vm, embed.run_file(vm, program))
    return finish(vm, embed.run_main(vm, program))


def setup(vm: int, classpath: list[str], max_depth: str) -> None:
    for cp in classpath:
        embed.configure(vm, "classpath", cp)
    if max_depth != "":
        embed.configure(vm, "maxdepth", max_depth)


def finish(vm: int, status: int) -> int:
    if status == 2:
        return embed.exit_code(vm)
    return status


# The embedding API (docs/embedding.md): the entry points of the shared
# library (`--shared`), translated even where main does not call them.
JITGEN_EXPORTS = [embed.create_vm, embed.configure, embed.run_file, embed.run_main, embed.eval,
                  embed.is_complete, embed.complete, embed.exit_code, embed.interrupt]
