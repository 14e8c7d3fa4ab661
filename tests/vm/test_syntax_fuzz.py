"""int(s, base) and float(s) syntax: random short strings, CPython decides."""
import random

from vm.bigint import BigInt
from vm.floatfmt import parse_float

ALPHABET = " +-_0123456789abxoXOB.eEfinatyz\u0661\u00b2\t"


def outcome(f, *args):
    try:
        return "ok", f(*args)
    except ValueError as exc:
        return "error", str(exc)


def big_value(s: str, base: int) -> int:
    b = BigInt.from_str(s, base)
    r = 0
    for d in reversed(b.digits):
        r = (r << 30) | d
    return -r if b.signum < 0 else r


def float_repr_of(s: str) -> str:
    return repr(parse_float(s))


def test_random_strings():
    rng = random.Random(77)
    for _ in range(30000):
        s = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 7)))
        base = rng.choice([0, 0, 2, 8, 10, 16, 36])
        assert outcome(big_value, s, base) == outcome(int, s, base), (s, base)
        assert outcome(float_repr_of, s) == outcome(lambda t: repr(float(t)), s), s
