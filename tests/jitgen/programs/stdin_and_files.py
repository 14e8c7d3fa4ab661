"""vm.io end to end: lines from stdin, a file written and read back."""
# args: {tmp}/report.txt
# stdin: {dir}/stdin_and_files.stdin.txt
from vm import io


class WordCount:
    counts: dict[str, int]
    lines: int

    def __init__(self) -> None:
        self.counts = {}
        self.lines = 0

    def feed(self, line: str) -> None:
        self.lines += 1
        for w in line.split():
            w = w.strip(".,;:!?").lower()
            if w != "":
                self.counts[w] = self.counts.get(w, 0) + 1


def main(argv: list[str]) -> int:
    wc = WordCount()
    while True:
        line = io.read_line_stdin()
        if line == "":
            break
        wc.feed(line)
    report: list[str] = []
    for w, n in wc.counts.items():
        if n > 1:
            report.append(w + " " + str(n))
    out_path = argv[1]
    print("exists before:", io.file_exists(out_path))
    io.write_file(out_path, "\n".join(report) + "\n")
    print("exists after:", io.file_exists(out_path))
    back = io.read_file(out_path)
    print("lines read:", wc.lines, "words:", len(wc.counts))
    io.write_stdout(back)
    io.flush_stdout()
    io.write_stderr("report has " + str(len(report)) + " entries\n")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
