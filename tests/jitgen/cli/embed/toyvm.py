"""A toy VM with the embedding API."""


class VM:
    argv: list[str]
    code: int
    lines: int

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv
        self.code = 0
        self.lines = 0


class Registry:
    vms: list[VM]

    def __init__(self) -> None:
        self.vms = []


REG = Registry()


def create_vm(argv: list[str]) -> int:
    REG.vms.append(VM(argv))
    return len(REG.vms) - 1


def configure(vm: int, key: str, value: str) -> int:
    return 1


def run_file(vm: int, path: str) -> int:
    print("running", path, "with", len(REG.vms[vm].argv), "args")
    return 0


def run_main(vm: int, name: str) -> int:
    return 1


def eval(vm: int, source: str, filename: str, mode: str) -> int:
    v = REG.vms[vm]
    v.lines += 1
    if source.startswith("exit "):
        v.code = int(source[5:].strip())
        return 2
    if source.startswith("boom"):
        raise ValueError("boom " + str(v.lines))
    print(mode, repr(source))
    return 0


def is_complete(vm: int, source: str) -> int:
    return 0 if source.endswith(":") else 1


def complete(vm: int, prefix: str) -> list[str]:
    return [prefix + "a", prefix + "b"]


def exit_code(vm: int) -> int:
    return REG.vms[vm].code


def interrupt(vm: int) -> None:
    pass


def main(argv: list[str]) -> int:
    vm = create_vm(argv)
    if len(argv) > 5:   # keep every API function in the translated program
        configure(vm, "a", "b")
        run_main(vm, "m")
        eval(vm, "x", "f", "exec")
        is_complete(vm, "x")
        complete(vm, "x")
        exit_code(vm)
        interrupt(vm)
    return run_file(vm, "x")


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
