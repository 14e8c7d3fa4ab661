"""StringBuilder: amortised string building, as in RPython."""


class StringBuilder:
    def __init__(self, init_size: int = 0) -> None:
        self._parts: list[str] = []
        self._length = 0

    def append(self, s: str) -> None:
        self._parts.append(s)
        self._length += len(s)

    def append_slice(self, s: str, start: int, end: int) -> None:
        self.append(s[start:end])

    def append_multiple_char(self, c: str, times: int) -> None:
        if times > 0:
            self.append(c * times)

    def getlength(self) -> int:
        return self._length

    def __len__(self) -> int:
        # len(sb) is translated (as getlength); the host agrees
        return self._length

    def build(self) -> str:
        s = "".join(self._parts)
        self._parts = [s]
        return s
