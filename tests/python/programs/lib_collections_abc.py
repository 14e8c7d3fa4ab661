from collections.abc import Iterable, Iterator, Sequence, Mapping, Callable, Hashable, Sized, MutableMapping
from collections import Counter
class Box:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return 1
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
for i, v in enumerate([[1], (1,), "s", {"a": 1}, {1}, 5, 2.5, Box(), It(), len, iter([]), range(3), None, Counter()]):
    print(i, isinstance(v, Iterable), isinstance(v, Iterator), isinstance(v, Sequence),
          isinstance(v, Mapping), isinstance(v, Callable), isinstance(v, Hashable), isinstance(v, Sized))
print(issubclass(list, Sequence), issubclass(dict, MutableMapping), issubclass(int, Iterable))
def flatten(x):
    for item in x:
        if isinstance(item, Iterable) and not isinstance(item, str):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, "ab")], {4}])))
