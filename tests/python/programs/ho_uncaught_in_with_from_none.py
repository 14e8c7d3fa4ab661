class Stack:
    def __init__(self):
        self._items = []
    def pop(self):
        try:
            return self._items.pop()
        except IndexError:
            raise LookupError("pop from empty Stack") from None
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
with Stack() as s:
    s.pop()
