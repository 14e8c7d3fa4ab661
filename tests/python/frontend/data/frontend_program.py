"""A subset program that reaches the whole front end, for `jitgen check`."""
from interpreters.python.compiler import compile_source, is_complete_input
from interpreters.python.syntaxerror import PySyntaxError
from vm.io import read_file, write_stdout


def main(argv: list[str]) -> int:
    src = read_file(argv[1])
    if not is_complete_input(src):
        write_stdout("incomplete\n")
    try:
        code = compile_source(src, argv[1], "exec")
    except PySyntaxError as e:
        write_stdout(e.format())
        return 1
    write_stdout(str(len(code.code)) + "\n")
    return 0
