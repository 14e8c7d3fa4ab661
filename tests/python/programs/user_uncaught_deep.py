# A report generator that fails deep inside nested calls.
class Ledger:
    def __init__(self, rows):
        self.rows = rows

    def totals(self):
        return {name: self._sum(name) for name in self.names()}

    def names(self):
        return sorted({r["name"] for r in self.rows})

    def _sum(self, name):
        return sum(self._amount(r) for r in self.rows if r["name"] == name)

    def _amount(self, row):
        return int(row["amount"])


def render(ledger):
    lines = []
    for name, total in ledger.totals().items():
        lines.append(f"{name:<8}{total:>6}")
    return "\n".join(lines)


good = Ledger([{"name": "ann", "amount": "10"}, {"name": "bob", "amount": "5"}, {"name": "ann", "amount": "7"}])
print(render(good))
bad = Ledger([{"name": "ann", "amount": "10"}, {"name": "bob", "amount": "five"}])
print(render(bad))
