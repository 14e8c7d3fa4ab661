"""All primitives, keyed by "Class>>selector" or "Class class>>selector"."""
from interpreters.smalltalk.universe import PrimFn
from interpreters.smalltalk.primitives import numbers, objects_prims, strings, blocks, system


def build_table() -> dict[str, PrimFn]:
    table: dict[str, PrimFn] = {}
    for part in (numbers.PRIMITIVES, objects_prims.PRIMITIVES, strings.PRIMITIVES,
                 blocks.PRIMITIVES, system.PRIMITIVES):
        for key, fn in part.items():
            assert key not in table, key
            table[key] = fn
    return table


PRIMITIVES = build_table()
