"""Suggestions ("Did you mean: ...?") for uncaught NameError and AttributeError, with
CPython 3.11's rules: a weighted edit distance (a case-only change costs 1,
any other edit 2), at most a third of the characters changed, the first
closest candidate wins; NameError looks in the failing frame's local names,
then its globals, then the builtins."""
from __future__ import annotations

from typing import TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, OperationError
from interpreters.python.objspace.containers import W_Dict
from interpreters.python.objspace.primitives import W_Str
from interpreters.python.objspace.typeobject import W_Object

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace

MOVE_COST = 2
CASE_COST = 1
MAX_STRING_SIZE = 40
MAX_CANDIDATE_ITEMS = 750


def substitution_cost(a: str, b: str) -> int:
    if a == b:
        return 0
    if a.lower() == b.lower():
        return CASE_COST
    return MOVE_COST


def edit_distance(a: str, b: str, max_cost: int) -> int:
    # trim the common prefix and suffix first, as CPython does
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a = len(a)
    end_b = len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a = a[start:end_a]
    b = b[start:end_b]
    if len(a) == 0 or len(b) == 0:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row: list[int] = []
    for i in range(len(a)):
        row.append((i + 1) * MOVE_COST)
    result = 0
    for bi in range(len(b)):
        distance = bi * MOVE_COST
        result = distance
        minimum = -1
        for ai in range(len(a)):
            substitute = distance + substitution_cost(b[bi], a[ai])
            distance = row[ai]
            insert_delete = min(result, distance) + MOVE_COST
            result = min(insert_delete, substitute)
            row[ai] = result
            if minimum < 0 or result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def closest(candidates: list[str], name: str) -> str:
    """The best candidate, or "" when none is close enough."""
    if len(candidates) >= MAX_CANDIDATE_ITEMS:
        return ""
    best = ""
    best_distance = -1
    for item in candidates:
        if item == name:
            continue
        max_distance = (len(name) + len(item) + 3) * MOVE_COST // 6
        if best_distance >= 0:
            max_distance = min(max_distance, best_distance - 1)
        d = edit_distance(name, item, max_distance)
        if d > max_distance:
            continue
        if best_distance < 0 or d < best_distance:
            best = item
            best_distance = d
    return best


def dict_str_keys(w_d: W_Dict) -> list[str]:
    names: list[str] = []
    for w_k in w_d.keys_w:
        if w_k is not None and isinstance(w_k, W_Str):
            names.append(w_k.value)
    return names


def str_items(space: ObjSpace, w_seq: W_Root) -> list[str]:
    names: list[str] = []
    for w_x in space.list_items(w_seq):
        if isinstance(w_x, W_Str):
            names.append(w_x.value)
    return names


def suggestion(space: ObjSpace, w_exc: W_Root) -> str:
    """The name to suggest for an uncaught exception, or ""."""
    if not isinstance(w_exc, W_Object):
        return ""
    w_name = w_exc.getdictvalue("name")
    if w_name is None or not isinstance(w_name, W_Str):
        return ""
    name = w_name.value
    try:
        if space.isinstance_w(w_exc, space.w_NameError):
            w_locals = w_exc.getdictvalue("_suggest_locals")
            w_globals = w_exc.getdictvalue("_suggest_globals")
            if w_locals is None or w_globals is None or not isinstance(w_globals, W_Dict):
                return ""
            found = closest(str_items(space, w_locals), name)
            if found == "":
                found = closest(dict_str_keys(w_globals), name)
            if found == "":
                found = closest(dict_str_keys(space.builtins_dict()), name)
            return found
        if space.isinstance_w(w_exc, space.w_AttributeError):
            w_obj = w_exc.getdictvalue("obj")
            if w_obj is None:
                return ""
            w_dir = space.builtins_dict().lookup_str("dir")
            if w_dir is None:
                return ""
            return closest(str_items(space, space.call_function(w_dir, [w_obj])), name)
    except OperationError:
        return ""
    return ""
