"""A lending library: records with class-body defaults (`loans: int = 0`,
`borrower: Optional[str] = None`), a NotFound(KeyError) whose __init__ keeps
only a field (so str(e) is the key's repr, as KeyError's), a LoanError
hierarchy with __str__ built on super().__str__(), books ordered by __lt__
over tuples, __eq__ between books, `type(a) is type(b)`, truth of a shelf
through __len__, early returns from inside try/finally, and an uncaught
NotFound at the end."""
from typing import Optional


class NotFound(KeyError):
    key: str

    def __init__(self, key: str) -> None:
        self.key = key


class LoanError(Exception):
    book: str

    def __init__(self, book: str, why: str) -> None:
        super().__init__(why)
        self.book = book

    def __str__(self) -> str:
        return f"{self.book!r}: {super().__str__()}"


class AlreadyOut(LoanError):
    pass


class LimitReached(LoanError):
    pass


class Item:
    KIND = "item"
    title: str
    year: int
    loans: int = 0
    borrower: Optional[str] = None

    def __init__(self, title: str, year: int) -> None:
        self.title = title
        self.year = year

    def sort_key(self) -> tuple[int, str]:
        return (self.year, self.title)

    def __lt__(self, other: "Item") -> bool:
        return self.sort_key() < other.sort_key()

    def __eq__(self, other: "Item") -> bool:
        return type(self) is type(other) and self.title == other.title

    def __repr__(self) -> str:
        out = "" if self.borrower is None else " (out: " + self.borrower + ")"
        return f"{self.KIND} {self.title!r} {self.year}{out}"


class Book(Item):
    KIND = "book"


class Dvd(Item):
    KIND = "dvd"
    MAX_LOANS = 2


class Shelf:
    items: list[Item]

    def __init__(self) -> None:
        self.items = []

    def __len__(self) -> int:
        return len([i for i in self.items if i.borrower is None])


class Library:
    catalog: dict[str, Item]
    limit: int = 2
    out: dict[str, list[str]]
    shelf: Shelf

    def __init__(self) -> None:
        self.catalog = {}
        self.out = {}
        self.shelf = Shelf()

    def add(self, item: Item) -> None:
        for other in self.shelf.items:
            if other == item:
                print("duplicate", repr(item.title))
                return
        self.catalog[item.title.lower()] = item
        self.shelf.items.append(item)

    def find(self, title: str) -> Item:
        item = self.catalog.get(title.lower())
        if item is None:
            raise NotFound(title)
        return item

    def lend(self, title: str, who: str) -> str:
        item = self.find(title)
        if item.borrower is not None:
            raise AlreadyOut(item.title, "already lent to " + item.borrower)
        mine = self.out.setdefault(who, [])
        if len(mine) >= self.limit:
            raise LimitReached(item.title, f"{who} has {len(mine)} items")
        if isinstance(item, Dvd) and item.loans >= Dvd.MAX_LOANS:
            raise LoanError(item.title, "worn out")
        item.borrower = who
        item.loans += 1
        mine.append(item.title)
        return f"{who} takes {item!r}"

    def give_back(self, title: str) -> str:
        item = self.find(title)
        try:
            who = item.borrower
            if who is None:
                return "not lent: " + item.title
            self.out[who].remove(item.title)
            item.borrower = None
            return who + " returns " + item.title
        finally:
            if not self.shelf:
                print("  (shelf empty)")


def main(argv: list[str]) -> int:
    lib = Library()
    for it in [Book("Dune", 1965), Dvd("Alien", 1979), Book("Emma", 1815), Book("dune", 1965),
               Dvd("Heat", 1995), Book("Dune", 1984)]:
        lib.add(it)
    print(sorted(lib.shelf.items))
    print(len(lib.shelf), bool(lib.shelf), Book("X", 1) == Dvd("X", 1), Book("X", 1) == Book("X", 2))
    script = [("lend", "dune", "ann"), ("lend", "Dune", "bob"), ("lend", "alien", "ann"),
              ("lend", "emma", "ann"), ("back", "alien", ""), ("lend", "Alien", "bob"),
              ("back", "Alien", ""), ("lend", "ALIEN", "cy"), ("back", "alien", ""),
              ("lend", "alien", "cy"), ("lend", "Ulysses", "cy"), ("back", "emma", ""),
              ("lend", "heat", "ann"), ("lend", "emma", "dee")]
    for op, title, who in script:
        try:
            if op == "lend":
                print(lib.lend(title, who))
            else:
                print(lib.give_back(title))
        except NotFound as e:
            print("no such title", e, repr(e.key))
        except LoanError as e:
            print(type(e).__name__ + ":", e)
    print({k: v for k, v in lib.out.items() if v})
    print(lib.shelf.items[1].loans, Item.loans, Library.limit, len(lib.shelf))
    lib.find("Moby Dick")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
