"""A tiny embeddable 'VM' for the shared-library test: it keeps the lines
it was given and answers the embedding API (docs/embedding.md)."""
from vm.io import read_file


class VM:
    argv: list[str]
    lines: list[str]
    code: int
    interrupted: bool

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv
        self.lines = []
        self.code = 0
        self.interrupted = False


class Registry:
    vms: list[VM]

    def __init__(self) -> None:
        self.vms = []


REGISTRY = Registry()


def create_vm(argv: list[str]) -> int:
    REGISTRY.vms.append(VM(argv))
    return len(REGISTRY.vms) - 1


def configure(vm: int, key: str, value: str) -> int:
    return 0 if key == "known" else 1


def run_file(vm: int, path: str) -> int:
    text = read_file(path)
    print("file has", len(text.split("\n")) - 1, "lines; argv", ",".join(REGISTRY.vms[vm].argv))
    return 0


def run_main(vm: int, name: str) -> int:
    raise ValueError("no module " + name)


def eval(vm: int, source: str, filename: str, mode: str) -> int:
    v = REGISTRY.vms[vm]
    if source.startswith("exit "):
        v.code = int(source[5:].strip())
        return 2
    v.lines.append(source)
    print(mode + ":", source.strip(), "(" + str(len(v.lines)) + ")")
    return 0


def is_complete(vm: int, source: str) -> int:
    return 0 if source.endswith(":") else 1


def complete(vm: int, prefix: str) -> list[str]:
    return [w for w in ["print", "prime", "range"] if w.startswith(prefix)]


def exit_code(vm: int) -> int:
    return REGISTRY.vms[vm].code


def interrupt(vm: int) -> None:
    REGISTRY.vms[vm].interrupted = True


def main(argv: list[str]) -> int:
    # main reaches none of the API but create_vm and eval: JITGEN_EXPORTS roots the rest.
    vm = create_vm(argv)
    return eval(vm, "1", "<main>", "exec")


JITGEN_EXPORTS = [create_vm, configure, run_file, run_main, eval, is_complete, complete,
                  exit_code, interrupt]

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
