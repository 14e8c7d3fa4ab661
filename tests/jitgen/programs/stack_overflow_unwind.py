"""StackOverflow unwinds through every finally block on the way out, and
handlers below the overflow point that do not match let it pass."""
from jitgen.hints import StackOverflow


class Tracker:
    depth: int
    max_depth: int
    handled_value_errors: int

    def __init__(self) -> None:
        self.depth = 0
        self.max_depth = 0
        self.handled_value_errors = 0


class Visitor:
    t: Tracker

    def __init__(self, t: Tracker) -> None:
        self.t = t

    def visit(self, n: int) -> int:
        self.t.depth += 1
        if self.t.depth > self.t.max_depth:
            self.t.max_depth = self.t.depth
        try:
            try:
                return self.visit(n + 1) + 1
            except ValueError:
                self.t.handled_value_errors += 1
                return 0
        finally:
            self.t.depth -= 1


def main(argv: list[str]) -> int:
    t = Tracker()
    v = Visitor(t)
    for attempt in range(2):
        try:
            v.visit(0)
            print("returned normally?")
        except StackOverflow:
            print("attempt", attempt, "overflowed; depth back to", t.depth)
    print("deep enough:", t.max_depth > 100, "value errors:", t.handled_value_errors)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
