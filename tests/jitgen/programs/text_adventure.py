"""A text adventure as a state machine: rooms and exits built at import
time, commands read line by line from stdin until end of input, a parser
that splits verb and object, and flags that change what rooms allow."""
# stdin: {dir}/text_adventure.stdin.txt
from vm.io import read_line_stdin, write_stdout


class Room:
    name: str
    desc: str
    exits: dict[str, str]
    items: list[str]
    dark: bool

    def __init__(self, name: str, desc: str, dark: bool) -> None:
        self.name = name
        self.desc = desc
        self.exits = {}
        self.items = []
        self.dark = dark


class World:
    rooms: dict[str, Room]
    here: str
    inventory: list[str]
    flags: dict[str, bool]
    moves: int
    finished: bool

    def __init__(self) -> None:
        self.rooms = {}
        self.here = "hall"
        self.inventory = []
        self.flags = {"lit": False, "unlocked": False}
        self.moves = 0
        self.finished = False

    def room(self) -> Room:
        return self.rooms[self.here]


def build() -> World:
    w = World()
    for name, desc, dark in [("hall", "A draughty hall.", False), ("library", "Dusty shelves everywhere.", False),
                             ("cellar", "It smells of damp.", True), ("vault", "Gold glitters!", False)]:
        w.rooms[name] = Room(name, desc, dark)
    w.rooms["hall"].exits = {"north": "library", "south": "vault"}
    w.rooms["library"].exits = {"south": "hall", "north": "cellar"}
    w.rooms["cellar"].exits = {"south": "library", "west": "library"}
    w.rooms["vault"].exits = {"north": "hall"}
    w.rooms["library"].items.append("lamp")
    w.rooms["cellar"].items.append("key")
    return w


def say(s: str) -> None:
    write_stdout(s + "\n")


def describe(w: World) -> None:
    r = w.room()
    if r.dark and not w.flags["lit"]:
        say("It is pitch dark.")
        return
    say(r.name.upper() + ": " + r.desc)
    if r.items:
        say("You see: " + ", ".join(r.items) + ".")
    say("Exits: " + " ".join(sorted(r.exits.keys())))


def command(w: World, line: str) -> None:
    words = line.strip().lower().split(None, 1)
    if not words:
        say("Say something.")
        return
    verb = words[0]
    obj = words[1] if len(words) > 1 else ""
    w.moves += 1
    if verb == "look":
        describe(w)
    elif verb == "go":
        r = w.room()
        dest = r.exits.get(obj)
        if dest is None:
            say("You can't go " + (obj if obj else "nowhere") + ".")
        elif dest == "vault" and not w.flags["unlocked"]:
            say("The vault door is locked.")
        else:
            w.here = dest
            describe(w)
    elif verb == "take":
        r = w.room()
        if r.dark and not w.flags["lit"]:
            say("You fumble in the dark.")
        elif obj in r.items:
            r.items.remove(obj)
            w.inventory.append(obj)
            say("Taken: " + obj)
        else:
            say("No " + obj + " here.")
    elif verb == "drop":
        if obj in w.inventory:
            w.inventory.remove(obj)
            w.room().items.append(obj)
            if obj == "lamp":
                w.flags["lit"] = False
            say("Dropped.")
        else:
            say("You don't have that.")
    elif verb == "use" and obj == "lamp" and "lamp" in w.inventory:
        w.flags["lit"] = True
        say("The lamp glows.")
        describe(w)
    elif verb == "unlock" and obj == "door":
        if "key" in w.inventory and w.here == "hall":
            w.flags["unlocked"] = True
            say("Click.")
        else:
            say("You can't.")
    elif verb == "inventory":
        say("You carry: " + (", ".join(w.inventory) if w.inventory else "nothing"))
    elif verb == "quit":
        w.finished = True
    else:
        w.moves -= 1
        say("I don't know how to " + repr(line.strip()) + ".")


def main(argv: list[str]) -> int:
    w = build()
    lines = 0
    while not w.finished:
        line = read_line_stdin()
        if line == "":
            say("(end of input)")
            break
        lines += 1
        say("> " + line.rstrip("\n"))
        command(w, line)
    say("Moves: " + str(w.moves) + " of " + str(lines) + " lines; in " + w.here)
    return 0 if w.here == "vault" or w.finished else 3


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
