"""Errors that a user of the toolchain sees: file:line:col: error: message."""
from __future__ import annotations


class SourceError(Exception):
    def __init__(self, file: str, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.col = col
        self.message = message

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.col, self.message)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: error: {self.message}"


class ErrorLog:
    """Collects every error of a run, so that all are reported at once."""

    def __init__(self) -> None:
        self.errors: list[SourceError] = []
        self._seen: set[tuple] = set()

    def add(self, err: SourceError) -> None:
        key = err.sort_key()
        if key not in self._seen:
            self._seen.add(key)
            self.errors.append(err)

    def error(self, pos, message: str) -> None:
        if pos is None:
            self.add(SourceError("<unknown>", 0, 0, message))
        else:
            self.add(SourceError(pos.file, pos.line, pos.col, message))

    def sorted(self) -> list[SourceError]:
        return sorted(self.errors, key=SourceError.sort_key)

    def __bool__(self) -> bool:
        return bool(self.errors)
