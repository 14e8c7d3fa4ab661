"""The format-spec mini-language for numbers: format(x, spec) (in the subset).

format_float(x, spec), format_int(i, spec) and format_bigint(b, spec) give
exactly what CPython's format() gives for float and int, or raise
ValueError/OverflowError with CPython's messages.
"""
from vm.bigint import BigInt


def format_float(x: float, spec: str) -> str:
    """format(x, spec) for a float."""
    raise NotImplementedError("format_float")


def format_int(i: int, spec: str) -> str:
    """format(i, spec) for a machine int."""
    return format_bigint(BigInt.from_int(i), spec)


def format_bigint(b: BigInt, spec: str) -> str:
    """format(b, spec) for a big int."""
    raise NotImplementedError("format_bigint")
