"""Subset implementations of the str and list methods that have no low-level
operation of their own (split with a limit, rsplit, splitlines, replace with
a count, slices with a step).

The typing rules (strrules.py) turn such a call into a direct_call of one of
these functions, which are translated like the program's own code: the
backends see only existing low-level operations.  Each one behaves as
CPython's method does, error messages included.
"""
import math
from typing import TypeVar

from jitgen.hints import specialize

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

# str.splitlines() boundaries besides "\r\n" (which counts as one)
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def split_sep_max(s: str, sep: str, maxsplit: int) -> list[str]:
    if sep == "":
        raise ValueError("empty separator")
    res: list[str] = []
    start = 0
    while maxsplit < 0 or len(res) < maxsplit:
        i = s.find(sep, start)
        if i < 0:
            break
        res.append(s[start:i])
        start = i + len(sep)
    res.append(s[start:])
    return res


def split_ws_max(s: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    n = len(s)
    i = 0
    while True:
        while i < n and s[i].isspace():
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(res) >= maxsplit:
            # the rest, with its trailing whitespace kept, is the last item
            res.append(s[i:])
            break
        j = i
        while j < n and not s[j].isspace():
            j += 1
        res.append(s[i:j])
        i = j
    return res


def rsplit_sep_max(s: str, sep: str, maxsplit: int) -> list[str]:
    if sep == "":
        raise ValueError("empty separator")
    rev: list[str] = []
    end = len(s)
    while maxsplit < 0 or len(rev) < maxsplit:
        i = s.rfind(sep, 0, end)
        if i < 0:
            break
        rev.append(s[i + len(sep):end])
        end = i
    rev.append(s[:end])
    rev.reverse()
    return rev


def rsplit_ws_max(s: str, maxsplit: int) -> list[str]:
    rev: list[str] = []
    j = len(s)
    while True:
        while j > 0 and s[j - 1].isspace():
            j -= 1
        if j <= 0:
            break
        if maxsplit >= 0 and len(rev) >= maxsplit:
            rev.append(s[:j])
            break
        i = j
        while i > 0 and not s[i - 1].isspace():
            i -= 1
        rev.append(s[i:j])
        j = i
    rev.reverse()
    return rev


def splitlines(s: str, keepends: bool) -> list[str]:
    res: list[str] = []
    n = len(s)
    start = 0
    i = 0
    while i < n:
        c = s[i]
        if c in LINE_BREAKS:
            end = i + 1
            if c == "\r" and end < n and s[end] == "\n":
                end += 1
            res.append(s[start:end] if keepends else s[start:i])
            start = end
            i = end
        else:
            i += 1
    if start < n:
        res.append(s[start:])
    return res


def replace_count(s: str, old: str, new: str, count: int) -> str:
    if count < 0:
        return s.replace(old, new)
    parts: list[str] = []
    start = 0
    done = 0
    if old == "":
        # CPython inserts `new` before each character, and at the end
        while done < count and start <= len(s):
            parts.append(new)
            if start < len(s):
                parts.append(s[start])
            start += 1
            done += 1
        parts.append(s[start:])
        return "".join(parts)
    while done < count:
        i = s.find(old, start)
        if i < 0:
            break
        parts.append(s[start:i])
        parts.append(new)
        start = i + len(old)
        done += 1
    parts.append(s[start:])
    return "".join(parts)


def slice_bounds(n: int, start: int, stop: int, step: int, has_start: bool,
                 has_stop: bool) -> tuple[int, int]:
    """Python's slice.indices for a sequence of length n (step != 0)."""
    if step > 0:
        lo = 0
        hi = n
    else:
        lo = -1
        hi = n - 1
    if has_start:
        if start < 0:
            start += n
            if start < lo:
                start = lo
        elif start > hi:
            start = hi
    else:
        start = hi if step < 0 else lo
    if has_stop:
        if stop < 0:
            stop += n
            if stop < lo:
                stop = lo
        elif stop > hi:
            stop = hi
    else:
        stop = lo if step < 0 else hi
    return (start, stop)


def str_slice_step(s: str, start: int, stop: int, step: int, has_start: bool,
                   has_stop: bool) -> str:
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step == 1:
        return s[start if has_start else 0:stop if has_stop else len(s)]
    b = slice_bounds(len(s), start, stop, step, has_start, has_stop)
    i = b[0]
    parts: list[str] = []
    if step > 0:
        while i < b[1]:
            parts.append(s[i])
            i += step
    else:
        while i > b[1]:
            parts.append(s[i])
            i += step
    return "".join(parts)


@specialize.argtype(0)
def list_slice_step(xs: list[T], start: int, stop: int, step: int, has_start: bool,
                    has_stop: bool) -> list[T]:
    if step == 0:
        raise ValueError("slice step cannot be zero")
    b = slice_bounds(len(xs), start, stop, step, has_start, has_stop)
    i = b[0]
    res = xs[0:0]
    if step > 0:
        while i < b[1]:
            res.append(xs[i])
            i += step
    else:
        while i > b[1]:
            res.append(xs[i])
            i += step
    return res



@specialize.argtype(0)
def str_or_none(x: T) -> str:
    """str() of a value whose type allows None."""
    if x is None:
        return "None"
    return str(x)


@specialize.argtype(0)
def repr_or_none(x: T) -> str:
    if x is None:
        return "None"
    return repr(x)


@specialize.argtype(0)
def list_index_from(xs: list[T], x: T, start: int, end: int) -> int:
    """xs.index(x, start, end): the slice's own index() raises CPython's error."""
    n = len(xs)
    if start < 0:
        start = max(0, start + n)
    return xs[start:end].index(x) + start


def str_index_from(s: str, sub: str, start: int, end: int) -> int:
    i = s.find(sub, start, end)
    if i < 0:
        raise ValueError("substring not found")
    return i


def str_count_from(s: str, sub: str, start: int, end: int) -> int:
    n = len(s)
    if start < 0:
        start = max(0, start + n)
    if end < 0:
        end = max(0, end + n)
    if start > n:
        return 0
    if sub == "" and start > end:
        return 0
    return s[start:end].count(sub)


@specialize.argtype(0)
def sort_stable(xs: list[T], reverse: bool) -> None:
    """list.sort() for items that only `<` orders (tuples): a stable merge
    sort; reverse=True reverses before and after, as CPython does."""
    if reverse:
        xs.reverse()
    n = len(xs)
    src = list(xs)
    width = 1
    while width < n:
        dst = xs[0:0]
        i = 0
        while i < n:
            mid = min(i + width, n)
            hi = min(i + 2 * width, n)
            a = i
            b = mid
            while a < mid and b < hi:
                if src[b] < src[a]:
                    dst.append(src[b])
                    b += 1
                else:
                    dst.append(src[a])
                    a += 1
            while a < mid:
                dst.append(src[a])
                a += 1
            while b < hi:
                dst.append(src[b])
                b += 1
            i = hi
        src = dst
        width *= 2
    for k in range(n):
        xs[k] = src[k]
    if reverse:
        xs.reverse()


def str_chars(s: str) -> list[str]:
    """list(s): the characters of s."""
    return [c for c in s]


def str_tailmatch(s: str, sub: str, start: int, end: int, suffix: bool) -> bool:
    """s.startswith(sub, start, end) (or endswith when suffix): CPython's
    tailmatch, whose start is not clamped to len(s), so "ab".startswith("",
    3) is False where "ab"[3:].startswith("") is True."""
    n = len(s)
    if end > n:
        end = n
    elif end < 0:
        end += n
        if end < 0:
            end = 0
    if start < 0:
        start += n
        if start < 0:
            start = 0
    k = len(sub)
    if end - k < start:
        return False
    if suffix:
        return s[end - k:end] == sub
    return s[start:start + k] == sub


def str_join_chars(sep: str, s: str) -> str:
    """sep.join(s) of a str: its characters with sep between them."""
    return sep.join([c for c in s])


@specialize.argtype(0)
def list_repr(xs: list[T]) -> str:
    return "[" + ", ".join([repr(x) for x in xs]) + "]"


@specialize.argtype(0)
def dict_repr(d: dict[K, V]) -> str:
    return "{" + ", ".join([repr(k) + ": " + repr(v) for k, v in d.items()]) + "}"


@specialize.argtype(0)
def list_del_slice(xs: list[T], start: int, stop: int, has_start: bool, has_stop: bool) -> None:
    """del xs[start:stop] (`del stack[-n:]` pops n items)."""
    b = slice_bounds(len(xs), start, stop, 1, has_start, has_stop)
    lo = b[0]
    hi = b[1]
    if hi <= lo:
        return
    tail = xs[hi:]
    while len(xs) > lo:
        xs.pop()
    xs.extend(tail)


@specialize.argtype(0)
def list_set_slice(xs: list[T], start: int, stop: int, items: list[T], has_start: bool,
                   has_stop: bool) -> None:
    """xs[start:stop] = items."""
    b = slice_bounds(len(xs), start, stop, 1, has_start, has_stop)
    lo = b[0]
    hi = b[1]
    if hi < lo:
        hi = lo
    new = list(items)      # items may be xs itself
    tail = xs[hi:]
    while len(xs) > lo:
        xs.pop()
    xs.extend(new)
    xs.extend(tail)


@specialize.argtype(0)
def list_max(xs: list[T]) -> T:
    if not xs:
        raise ValueError("max() arg is an empty sequence")
    best = xs[0]
    for i in range(1, len(xs)):
        if xs[i] > best:
            best = xs[i]
    return best


@specialize.argtype(0)
def list_min(xs: list[T]) -> T:
    if not xs:
        raise ValueError("min() arg is an empty sequence")
    best = xs[0]
    for i in range(1, len(xs)):
        if xs[i] < best:
            best = xs[i]
    return best


@specialize.argtype(0)
def list_sum_int(xs: list[T], start: int) -> int:
    total = start
    for x in xs:
        total = total + x
    return total


@specialize.argtype(0)
def list_sum_float(xs: list[T], start: float) -> float:
    total = start
    for x in xs:
        total = total + x
    return total


@specialize.argtype(0)
def list_any(xs: list[T]) -> bool:
    for x in xs:
        if x:
            return True
    return False


@specialize.argtype(0)
def list_all(xs: list[T]) -> bool:
    for x in xs:
        if not x:
            return False
    return True


def int_to_base(n: int, base: int, prefix: str) -> str:
    """hex(), oct() and bin() of an int."""
    if n == 0:
        return prefix + "0"
    digits = "0123456789abcdef"
    neg = n < 0
    parts: list[str] = []
    if neg:
        # -MININT does not fit: take the last digit before negating
        parts.append(digits[-(n % -base)])
        n = -(n // -base)
        n = -n if n < 0 else n
    while n > 0:
        parts.append(digits[n % base])
        n = n // base
    parts.reverse()
    return ("-" if neg else "") + prefix + "".join(parts)


def float_round(x: float) -> int:
    """round(x): the nearest int, halves to even; NaN and infinities raise
    as int() does (CPython's messages)."""
    if x != x or x - x != 0.0:
        return int(x)
    lo = math.floor(x)
    diff = x - lo
    if diff > 0.5 or (diff == 0.5 and lo % 2 == 1):
        return lo + 1
    return lo


# A `str | None` argument of strip/split: None means whitespace, as in
# CPython (a null must not reach the low-level op that wants chars/sep).
def strip_opt(s: str, chars: str | None) -> str:
    if chars is None:
        return s.strip()
    return s.strip(chars)


def lstrip_opt(s: str, chars: str | None) -> str:
    if chars is None:
        return s.lstrip()
    return s.lstrip(chars)


def rstrip_opt(s: str, chars: str | None) -> str:
    if chars is None:
        return s.rstrip()
    return s.rstrip(chars)


def split_opt(s: str, sep: str | None, maxsplit: int) -> list[str]:
    if sep is None:
        return split_ws_max(s, maxsplit)
    return split_sep_max(s, sep, maxsplit)


def rsplit_opt(s: str, sep: str | None, maxsplit: int) -> list[str]:
    if sep is None:
        return rsplit_ws_max(s, maxsplit)
    return rsplit_sep_max(s, sep, maxsplit)


@specialize.argtype(0, 1)
def list_eq_deep(a: list[T], b: list[T]) -> bool:
    """a == b for lists whose items are lists: item by item, by value."""
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if not (a[i] == b[i]):
            return False
    return True


def str_partition(s: str, sep: str) -> tuple[str, str, str]:
    if sep == "":
        raise ValueError("empty separator")
    i = s.find(sep)
    if i < 0:
        return (s, "", "")
    return (s[:i], sep, s[i + len(sep):])


def str_rpartition(s: str, sep: str) -> tuple[str, str, str]:
    if sep == "":
        raise ValueError("empty separator")
    i = s.rfind(sep)
    if i < 0:
        return ("", "", s)
    return (s[:i], sep, s[i + len(sep):])


def str_center(s: str, width: int, fill: str) -> str:
    if len(fill) != 1:
        raise TypeError("The fill character must be exactly one character long")
    pad = width - len(s)
    if pad <= 0:
        return s
    # CPython puts the odd extra character on the left when width is odd
    left = pad // 2 + (pad & width & 1)
    return fill * left + s + fill * (pad - left)


@specialize.argtype(0)
def list_contains_deep(xs: list[T], x: T) -> bool:
    """x in xs where items compare by value but list_contains would not
    (items that are lists, or tuples holding lists)."""
    for y in xs:
        if y == x:
            return True
    return False


@specialize.argtype(0)
def list_index_deep(xs: list[T], x: T) -> int:
    for i in range(len(xs)):
        if xs[i] == x:
            return i
    raise ValueError(repr(x) + " is not in list")


@specialize.argtype(0)
def list_count_deep(xs: list[T], x: T) -> int:
    n = 0
    for y in xs:
        if y == x:
            n += 1
    return n


@specialize.argtype(0)
def list_remove_deep(xs: list[T], x: T) -> None:
    for i in range(len(xs)):
        if xs[i] == x:
            del xs[i]
            return
    raise ValueError("list.remove(x): x not in list")
