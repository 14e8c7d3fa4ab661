"""A tiny rogue-like simulation: entities whose fields are declared with
class-body values (`hp: int = 10`, read until __init__ or a subclass sets
them; a class-wide `journal: list[str] = []` shared by every instance, read
as Monster.journal too), Optional targets and Optional lists tested for
truth, a grid as a dict with tuple keys, isinstance dispatch over an entity
hierarchy, a Death exception unwinding a turn, a game-over exception
caught by the loop's while/else, and a final uncaught error."""
from typing import Optional


class GameOver(Exception):
    pass


class Death(Exception):
    who: "Entity"

    def __init__(self, who: "Entity") -> None:
        super().__init__(who.name + " dies")
        self.who = who


class Entity:
    GLYPH = "?"
    journal: list[str] = []
    name: str = "thing"
    hp: int = 1
    x: int = 0
    y: int = 0
    target: Optional["Entity"] = None
    loot: Optional[list[str]] = None

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def note(self, text: str) -> None:
        self.journal.append(f"{self.name}: {text}")

    def hurt(self, n: int) -> None:
        self.hp -= n
        if self.hp <= 0:
            raise Death(self)

    def act(self, world: "World") -> None:
        pass

    def __str__(self) -> str:
        return f"{self.name}@{self.x},{self.y} hp={self.hp}"


class Wall(Entity):
    GLYPH = "#"
    name = "wall"
    hp = 999


class Monster(Entity):
    GLYPH = "m"
    name: str = "rat"
    hp: int = 3
    power: int = 1

    def act(self, world: "World") -> None:
        t = self.target
        if t is None:
            t = world.hero
            self.target = t
            self.note("spots " + t.name)
        dx = (t.x > self.x) - (t.x < self.x)
        dy = (t.y > self.y) - (t.y < self.y)
        if abs(t.x - self.x) + abs(t.y - self.y) == 1:
            self.note(f"bites for {self.power}")
            t.hurt(self.power)
        elif not world.move(self, self.x + dx, self.y):
            world.move(self, self.x, self.y + (dy if dy != 0 else -1))


class Ogre(Monster):
    GLYPH = "O"
    name = "ogre"
    hp = 8
    power = 3

    def __init__(self, x: int, y: int) -> None:
        super().__init__(x, y)
        self.loot = ["club", "gold"]


class Hero(Entity):
    GLYPH = "@"
    name = "hero"
    hp = 12
    kills: int = 0

    def act(self, world: "World") -> None:
        foes = [e for e in world.entities if isinstance(e, Monster)]
        if not foes:
            raise GameOver("no monsters left")
        best = foes[0]
        for f in foes:
            if abs(f.x - self.x) + abs(f.y - self.y) < abs(best.x - self.x) + abs(best.y - self.y):
                best = f
        if abs(best.x - self.x) + abs(best.y - self.y) == 1:
            self.note("hits " + best.name)
            try:
                best.hurt(4)
            except Death as d:
                self.kills += 1
                world.remove(d.who)
                if d.who.loot:
                    self.note("takes " + ", ".join(d.who.loot))
                raise
        else:
            dx = (best.x > self.x) - (best.x < self.x)
            if not world.move(self, self.x + dx, self.y):
                dy = (best.y > self.y) - (best.y < self.y)
                world.move(self, self.x, self.y + (dy if dy != 0 else 1))


class World:
    grid: dict[tuple[int, int], Entity]
    entities: list[Entity]
    hero: Hero

    def __init__(self, hero: Hero) -> None:
        self.grid = {}
        self.entities = []
        self.hero = hero
        self.add(hero)

    def add(self, e: Entity) -> None:
        if (e.x, e.y) in self.grid:
            raise ValueError(f"cell {(e.x, e.y)} taken by {self.grid[(e.x, e.y)]}")
        self.grid[(e.x, e.y)] = e
        self.entities.append(e)

    def remove(self, e: Entity) -> None:
        del self.grid[(e.x, e.y)]
        self.entities.remove(e)

    def move(self, e: Entity, x: int, y: int) -> bool:
        if (x, y) in self.grid or not (0 <= x < 8 and 0 <= y < 5):
            return False
        del self.grid[(e.x, e.y)]
        e.x, e.y = x, y
        self.grid[(x, y)] = e
        return True

    def render(self) -> str:
        rows = []
        for y in range(5):
            row = ""
            for x in range(8):
                e = self.grid.get((x, y))
                row += "." if e is None else e.GLYPH
            rows.append(row)
        return "\n".join(rows)


def main(argv: list[str]) -> int:
    plain = Entity(0, 0)
    print(plain, plain.target is None, plain.loot, bool(plain.loot), Entity.name, Monster.hp)
    hero = Hero(1, 2)
    w = World(hero)
    for e in [Wall(3, 1), Wall(3, 2), Wall(3, 3), Monster(6, 2), Ogre(5, 0), Monster(7, 4)]:
        w.add(e)
    try:
        w.add(Monster(3, 2))
    except ValueError as err:
        print("add:", err)
    print(w.render())
    turn = 0
    while turn < 40:
        turn += 1
        for e in list(w.entities):
            if e not in w.entities:
                continue
            try:
                e.act(w)
            except Death as d:
                print(f"turn {turn}: {d} ({type(d.who).__name__})")
                if d.who is hero:
                    break
            except GameOver as g:
                print(f"turn {turn}: game over, {g}")
                break
        else:
            continue
        break
    else:
        print("time is up")
    print(w.render())
    print(hero, "kills", hero.kills, "left", [str(e) for e in w.entities if not isinstance(e, Wall)])
    print(len(Entity.journal), Monster.journal is hero.journal)
    for line in Entity.journal[:6] + Entity.journal[-3:]:
        print("  " + line)
    ghost = Monster(0, 4)
    print(ghost.name, ghost.hp, ghost.power, ghost.loot or ["nothing"], Ogre(0, 0).loot or ["nothing"])
    w.add(Wall(hero.x, hero.y))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
