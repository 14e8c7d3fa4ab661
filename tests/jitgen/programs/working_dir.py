"""The working directory through vm.io: an absolute path that holds the
files it lists, and relative paths resolved against it."""
from vm import io


def join(d: str, name: str) -> str:
    if d.endswith("/"):
        return d + name
    return d + "/" + name


def main(argv: list[str]) -> int:
    cwd = io.getcwd()
    print("absolute:", cwd.startswith("/"))
    print("no trailing slash:", cwd == "/" or not cwd.endswith("/"))
    # the corpus runs with the checkout as working directory
    print("has pyproject:", io.file_exists(join(cwd, "pyproject.toml")))
    print("same as relative:", io.file_exists("pyproject.toml") == io.file_exists(join(cwd, "pyproject.toml")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
