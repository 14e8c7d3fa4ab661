"""An event-driven state machine: transition tables of function values built
at import time, callbacks stored in fields and passed as arguments, Optional
fields narrowed in methods, class constants overridden in subclasses (tuples
and ints), __repr__ as the fallback of str(), __eq__ with == and !=, guards
that raise through several frames, for/else and while/else searches, and
finally clauses that run on break, continue and return."""
from typing import Callable, Optional


class MachineError(Exception):
    pass


class BadTransition(MachineError):
    state: str
    event: str

    def __init__(self, state: str, event: str) -> None:
        super().__init__(f"no transition from {state!r} on {event!r}")
        self.state = state
        self.event = event


class GuardFailed(MachineError):
    pass


class Event:
    name: str
    payload: int

    def __init__(self, name: str, payload: int = 0) -> None:
        self.name = name
        self.payload = payload

    def __repr__(self) -> str:
        if self.payload:
            return f"Event({self.name!r}, {self.payload})"
        return f"Event({self.name!r})"

    def __eq__(self, other: "Event") -> bool:
        return self.name == other.name and self.payload == other.payload


class Listener:
    label: str
    seen: list[str]
    on_enter: Callable[["Listener", str], None]

    def __init__(self, label: str, on_enter: Callable[["Listener", str], None]) -> None:
        self.label = label
        self.seen = []
        self.on_enter = on_enter


def record(l: Listener, state: str) -> None:
    l.seen.append(state)


def shout(l: Listener, state: str) -> None:
    l.seen.append(state.upper())
    if state == "broken":
        raise GuardFailed(l.label + " refuses to enter " + state)


class Machine:
    """STATES is a list: a subclass overrides it with another length."""
    STATES = ["idle", "running", "paused", "done"]
    MAX_STEPS = 6
    state: str
    steps: int
    last: Optional[Event]
    listeners: list[Listener]
    trail: list[str]

    def __init__(self, start: str = "idle") -> None:
        self.state = start
        self.steps = 0
        self.last = None
        self.listeners = []
        self.trail = []

    def enter(self, state: str) -> None:
        for s in self.STATES:
            if s == state:
                break
        else:
            raise BadTransition(self.state, "enter " + state)
        old = self.state
        self.state = state
        try:
            for l in self.listeners:
                l.on_enter(l, state)
        except GuardFailed:
            self.state = old
            raise

    def fire(self, ev: Event) -> str:
        key = self.state + ":" + ev.name
        handler = TABLE.get(key)
        if handler is None:
            raise BadTransition(self.state, ev.name)
        if self.last is not None and self.last == ev:
            self.trail.append("repeat " + repr(ev))
        self.last = ev
        self.steps += 1
        if self.steps > self.MAX_STEPS:
            raise MachineError(f"{type(self).__name__} ran out of steps at {ev}")
        return handler(self, ev.payload)

    def __repr__(self) -> str:
        last = self.last
        tail = "-" if last is None else last.name
        return f"<{type(self).__name__} {self.state} after {tail}>"


class StrictMachine(Machine):
    STATES = ["idle", "running", "done"]
    MAX_STEPS = 3

    def enter(self, state: str) -> None:
        if state == self.state:
            raise GuardFailed("already " + state)
        super().enter(state)


def start(m: Machine, n: int) -> str:
    m.enter("running")
    return f"started with {n}"


def pause(m: Machine, n: int) -> str:
    m.enter("paused")
    return "paused"


def resume(m: Machine, n: int) -> str:
    m.enter("running")
    return "resumed"


def finish(m: Machine, n: int) -> str:
    if n < 0:
        raise GuardFailed("cannot finish with " + str(n))
    m.enter("done")
    return "finished " + str(100 // n)


def crash(m: Machine, n: int) -> str:
    m.enter("broken")
    return "unreachable"


def build_table() -> dict[str, Callable[[Machine, int], str]]:
    t: dict[str, Callable[[Machine, int], str]] = {}
    for src, ev, fn in [("idle", "go", start), ("running", "pause", pause), ("paused", "go", resume),
                        ("running", "stop", finish), ("paused", "stop", finish), ("running", "crash", crash)]:
        t[src + ":" + ev] = fn
    return t


TABLE = build_table()


def drive(m: Machine, events: list[Event]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(events):
        ev = events[i]
        i += 1
        try:
            if ev.name == "skip":
                continue
            if ev.name == "halt":
                break
            out.append(m.fire(ev))
        except BadTransition as e:
            out.append(f"bad: {e} [{e.state}/{e.event}]")
        except GuardFailed as e:
            out.append("guard: " + str(e))
        except ZeroDivisionError as e:
            out.append("math: " + str(e))
        except MachineError as e:
            out.append(f"stopped: {e!r}")
            break
        finally:
            m.trail.append(m.state)
    else:
        out.append("all events used")
    return out


def find_state(m: Machine, wanted: str) -> int:
    n = 0
    while n < len(m.trail):
        if m.trail[n] == wanted:
            break
        n += 1
    else:
        return -1
    return n


def last_state(m: Machine) -> str:
    try:
        return m.trail[-1]
    finally:
        m.trail.append("(read)")


def guarded(m: Machine, ev: Event) -> str:
    try:
        return m.fire(ev)
    except MachineError as e:
        return "caught " + type(e).__name__
    finally:
        m.steps = 0


def main(argv: list[str]) -> int:
    events = [Event("go", 3), Event("pause"), Event("go"), Event("skip"), Event("go"), Event("crash"),
              Event("stop", 0), Event("stop", -1), Event("stop", 4), Event("go")]
    for m in [Machine(), StrictMachine()]:
        log = Listener("log", record)
        loud = Listener("loud", shout)
        m.listeners.append(log)
        m.listeners.append(loud)
        print(m)
        for line in drive(m, events):
            print("  " + line)
        print(m, str(m) == repr(m))
        print("  trail:", m.trail)
        print("  seen:", log.seen, loud.seen)
        print("  first paused at", find_state(m, "paused"), "done at", find_state(m, "done"))
        print("  last:", last_state(m), m.trail[-1])
        print("  guarded:", guarded(m, Event("go")), m.steps)
    more = Machine()
    print(drive(more, [Event("go"), Event("halt"), Event("pause")]), more.trail, more.last)
    a = Event("x", 1)
    print(a == Event("x", 1), a != Event("x", 2), a is a, [a], [e.name for e in events if e != a][:3])
    sm = StrictMachine("running")
    sm.enter("done")
    sm.enter("done")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
