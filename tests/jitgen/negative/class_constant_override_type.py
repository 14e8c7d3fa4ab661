# expect: 12:18: STATES, type, Lamp
"""A class constant read through the base (self.STATES) whose override in a
subclass has another type: a tuple of another length does not fit."""


class Machine:
    STATES = ("idle", "running", "done")

    def known(self, s: str) -> bool:
        # the 'self.STATES' below is line 12; its column is that of 'self'
        found = False
        for x in self.STATES:
            if x == s:
                found = True
        return found


class Lamp(Machine):
    STATES = ("off", "on")


def main(argv: list[str]) -> int:
    print(Lamp().known("on"), Machine().known("on"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
