"""Read a file named in argv, report problems on stderr through vm.io."""
# args: {dir}/file_io.input.txt {dir}/no_such_file.txt
from vm import io


class Config:
    values: dict[str, str]
    errors: int

    def __init__(self) -> None:
        self.values = {}
        self.errors = 0


def parse(text: str, path: str, cfg: Config) -> None:
    lineno = 0
    for raw in text.split("\n"):
        lineno += 1
        line = raw.strip()
        if line == "" or line.startswith("#"):
            continue
        eq = line.find("=")
        if eq < 0:
            cfg.errors += 1
            io.write_stderr("config:" + str(lineno) + ": no '=' in " + repr(line) + "\n")
            continue
        key = line[:eq].strip()
        cfg.values[key] = line[eq + 1:].strip()


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        io.write_stderr("usage: file_io FILE...\n")
        return 2
    cfg = Config()
    for path in argv[1:]:
        if not io.file_exists(path):
            io.write_stderr("skipping a missing file\n")
            continue
        text = io.read_file(path)
        print("read", len(text), "chars,", len(text.split("\n")), "lines")
        parse(text, path, cfg)
    try:
        io.read_file(argv[-1])
        print("read the missing file?")
    except OSError:
        print("OSError for the missing file")
    for k, v in cfg.values.items():
        io.write_stdout(k + " -> " + repr(v) + "\n")
    print("errors:", cfg.errors)
    return 1 if cfg.errors > 0 else 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
