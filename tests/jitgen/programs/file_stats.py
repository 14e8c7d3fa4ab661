"""A log-file tool: argv names an output directory and options; the program
writes a generated log, reads it back, aggregates per-level statistics,
writes a report, checks what exists, and handles a missing file."""
# args: --top 3 {tmp} --verbose
from vm.io import read_file, write_file, file_exists, write_stderr


class Options:
    top: int
    outdir: str
    verbose: bool

    def __init__(self) -> None:
        self.top = 5
        self.outdir = ""
        self.verbose = False


class UsageError(Exception):
    pass


def parse_args(argv: list[str]) -> Options:
    o = Options()
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--top":
            if i + 1 >= len(argv):
                raise UsageError("--top needs a number")
            try:
                o.top = int(argv[i + 1])
            except ValueError:
                raise UsageError("--top: not a number: " + argv[i + 1])
            i += 2
            continue
        if a == "--verbose":
            o.verbose = True
        elif a.startswith("--"):
            raise UsageError("unknown option " + a)
        else:
            o.outdir = a
        i += 1
    if o.outdir == "":
        raise UsageError("missing output directory")
    return o


def generate() -> str:
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    users = ["ana", "bo", "cy", "dee", "éva"]
    lines: list[str] = []
    seed = 12345
    for n in range(60):
        seed = (seed * 1103515245 + 12345) % 2147483648
        level = levels[seed % 4]
        user = users[(seed >> 8) % 5]
        ms = (seed >> 4) % 1000
        lines.append(str(n) + "\t" + level + "\t" + user + "\t" + str(ms) + "ms")
    lines.append("")
    lines.append("# trailing comment\twith\ttabs")
    return "\n".join(lines) + "\n"


class Stats:
    count: int
    total_ms: int
    worst: int
    worst_line: int

    def __init__(self) -> None:
        self.count = 0
        self.total_ms = 0
        self.worst = -1
        self.worst_line = -1


def aggregate(text: str) -> tuple[dict[str, Stats], dict[str, int], int]:
    per_level: dict[str, Stats] = {}
    per_user: dict[str, int] = {}
    skipped = 0
    for line in text.split("\n"):
        if line == "" or line.startswith("#"):
            skipped += 1
            continue
        fields = line.split("\t")
        n, level, user, ms_text = fields[0], fields[1], fields[2], fields[3]
        ms = int(ms_text[:-2]) if ms_text.endswith("ms") else 0
        st = per_level.get(level)
        if st is None:
            st = Stats()
            per_level[level] = st
        st.count += 1
        st.total_ms += ms
        if ms > st.worst:
            st.worst = ms
            st.worst_line = int(n)
        per_user[user] = per_user.get(user, 0) + 1
    return (per_level, per_user, skipped)


def top_users(per_user: dict[str, int], k: int) -> list[str]:
    pairs: list[str] = []
    for user, c in per_user.items():
        pairs.append(str(1000 - c).zfill(4) + " " + user)
    pairs.sort()
    out: list[str] = []
    for p in pairs[:k]:
        c = 1000 - int(p[:4])
        out.append(p[5:] + "=" + str(c))
    return out


def main(argv: list[str]) -> int:
    try:
        opts = parse_args(argv)
    except UsageError as e:
        write_stderr("usage error: " + str(e) + "\n")
        return 2
    log_path = opts.outdir + "/app.log"
    write_file(log_path, generate())
    text = read_file(log_path)
    print("read", len(text), "chars,", len(text.split("\n")), "pieces")
    per_level, per_user, skipped = aggregate(text)
    report: list[str] = []
    for level in sorted(per_level.keys()):
        st = per_level[level]
        avg = st.total_ms / st.count
        report.append(level.ljust(6) + str(st.count).rjust(3) + " avg " + str(avg) + " worst " + str(st.worst) + "@" + str(st.worst_line))
    report.append("skipped " + str(skipped))
    report.append("top " + ", ".join(top_users(per_user, opts.top)))
    rep_path = opts.outdir + "/report.txt"
    write_file(rep_path, "\n".join(report) + "\n")
    back = read_file(rep_path)
    print(back, end="")
    print("exists:", file_exists(rep_path), file_exists(opts.outdir + "/nope.txt"))
    try:
        read_file(opts.outdir + "/missing/file.txt")
        print("read a missing file?")
    except OSError:
        print("missing file: OSError")
    if opts.verbose:
        write_stderr("verbose: done\n")
    for bad in [["prog"], ["prog", "--top"], ["prog", "--top", "x", "d"], ["prog", "--what", "d"]]:
        try:
            parse_args(bad)
        except UsageError as e:
            print("usage:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
