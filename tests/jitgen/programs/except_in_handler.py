"""Exceptions raised inside handlers and finally blocks; bare raise."""


class A(Exception):
    pass


class B(Exception):
    pass


def raise_in_handler() -> str:
    try:
        raise A("first")
    except A:
        raise B("second")


def raise_in_finally() -> str:
    try:
        raise A("original")
    finally:
        raise B("replacement")


def reraise_after_inner_handled() -> str:
    try:
        raise A("outer")
    except A:
        try:
            raise B("inner")
        except B:
            pass
        raise   # re-raises A("outer"), not B


def handler_does_not_catch_its_own() -> str:
    try:
        try:
            raise A("a1")
        except A:
            raise A("a2 from handler")
        except B:
            return "wrong handler"
    except A as e:
        return "outer caught " + str(e)


def exception_var_is_the_instance() -> str:
    saved: Exception | None = None
    for i in range(3):
        try:
            if i == 1:
                raise A("item " + str(i))
        except A as e:
            saved = e
    if saved is None:
        return "nothing"
    return "saved " + str(saved)


def catch_and_convert(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        raise A("not a number: " + s)


def main(argv: list[str]) -> int:
    try:
        raise_in_handler()
    except A:
        print("wrong: got A")
    except B as e:
        print("got B:", str(e))
    try:
        raise_in_finally()
    except A:
        print("wrong: got A")
    except B as e:
        print("got B:", str(e))
    try:
        reraise_after_inner_handled()
    except B:
        print("wrong: got B")
    except A as e:
        print("got A:", str(e))
    print(handler_does_not_catch_its_own())
    print(exception_var_is_the_instance())
    for s in ["12", "x1"]:
        try:
            print(catch_and_convert(s))
        except A as e:
            print("converted:", str(e))
    try:
        try:
            raise A("deep")
        except B:
            print("wrong")
    except Exception as e:
        print("generic handler:", str(e), isinstance(e, A), isinstance(e, B))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
