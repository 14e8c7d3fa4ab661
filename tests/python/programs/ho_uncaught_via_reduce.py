import functools
import heapq


def checked_add(total, item):
    if item < 0:
        raise ValueError(f"negative amount: {item}")
    return total + item


def drain(heap):
    out = []
    while heap:
        out.append(heapq.heappop(heap))
    return out


amounts = [5, 3, 9, 1]
heapq.heapify(amounts)
print(drain(list(amounts)))
print(functools.reduce(checked_add, amounts, 0))
print(functools.reduce(checked_add, [4, -2, 7], 0))
