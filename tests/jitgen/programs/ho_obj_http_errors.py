"""HTTP-style errors: an exception hierarchy whose __str__ reads a class
constant overridden per subclass and a field with a class-body default
(`retries: int = 0`, set by one subclass's __init__), raising a bare class
(`raise HttpError`), repr() of each, and an uncaught subclass at the end."""


class HttpError(Exception):
    CODE = 500
    retries: int = 0

    def __str__(self) -> str:
        return f"{self.CODE} {super().__str__()} (retries {self.retries})"


class NotFound404(HttpError):
    CODE = 404


class Teapot(HttpError):
    CODE = 418

    def __init__(self) -> None:
        super().__init__("short and stout")
        self.retries = 3


def fetch(path: str) -> str:
    if path == "/tea":
        raise Teapot()
    if path.startswith("/x"):
        raise NotFound404("no " + path)
    if path == "":
        raise HttpError
    return "ok " + path


def main(argv: list[str]) -> int:
    for p in ["/a", "/tea", "/xyz", ""]:
        try:
            print(fetch(p))
        except HttpError as e:
            print(type(e).__name__, e, repr(e), e.CODE)
    fetch("/x/last")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
