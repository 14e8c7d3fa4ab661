"""Command-line parsing: flags, options with values, positionals, errors."""
# args: -v --count 3 alpha --sep=: beta "two words" -- -notaflag


class Options:
    verbose: bool
    count: int
    sep: str
    positional: list[str]

    def __init__(self) -> None:
        self.verbose = False
        self.count = 1
        self.sep = ","
        self.positional = []


class UsageError(Exception):
    pass


def parse_args(args: list[str]) -> Options:
    opts = Options()
    i = 0
    only_positional = False
    while i < len(args):
        a = args[i]
        i += 1
        if only_positional or not a.startswith("-"):
            opts.positional.append(a)
        elif a == "--":
            only_positional = True
        elif a == "-v" or a == "--verbose":
            opts.verbose = True
        elif a == "--count":
            if i >= len(args):
                raise UsageError("--count needs a value")
            try:
                opts.count = int(args[i])
            except ValueError:
                raise UsageError("--count: not a number: " + args[i])
            i += 1
        elif a.startswith("--sep="):
            opts.sep = a[len("--sep="):]
        else:
            raise UsageError("unknown option " + a)
    return opts


def main(argv: list[str]) -> int:
    print("argc", len(argv))
    opts = parse_args(argv[1:])
    print("verbose", opts.verbose, "count", opts.count, "sep", repr(opts.sep))
    for k in range(opts.count):
        print(k, opts.sep.join(opts.positional))
    for bad in [["--count"], ["--count", "x"], ["-q"]]:
        try:
            parse_args(bad)
        except UsageError as e:
            print("usage error:", str(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
