"""The methods of str (and of bytes, which stores one byte per char)."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, Args
from interpreters.python.objspace.primitives import W_Int, W_Str, W_Bytes, W_Long, W_Float
from interpreters.python.objspace.containers import W_Tuple, W_Slice, W_List, W_Dict
from interpreters.python.objspace.argcheck import method_args, check_args
from interpreters.python.objspace.sequtil import slice_indices, slice_str
from interpreters.python.objspace.formatting import (
    format_str_spec, str_format, percent_format)
from interpreters.python.objspace.typeobject import W_Type, W_Object
from interpreters.python.objspace import unicodedb
from interpreters.python.objspace.textutil import hex_fixed, is_printable, utf8_encode, utf8_decode
from interpreters.python.objspace import textutil as tu
from interpreters.python.objspace.operations import cmp_result
from interpreters.python.objspace.base import OperationError

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def str_repr(s: str) -> str:
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out: list[str] = [quote]
    for c in s:
        if c == quote or c == "\\":
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 32 or ord(c) == 127:
            out.append("\\x" + hex_fixed(ord(c), 2))
        elif not is_printable(c):
            o = ord(c)
            if o < 256:
                out.append("\\x" + hex_fixed(o, 2))
            elif o < 65536:
                out.append("\\u" + hex_fixed(o, 4))
            else:
                out.append("\\U" + hex_fixed(o, 8))
        else:
            out.append(c)
    out.append(quote)
    return "".join(out)


def bytes_repr(s: str) -> str:
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out: list[str] = ["b", quote]
    for c in s:
        o = ord(c)
        if c == quote or c == "\\":
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif o < 32 or o >= 127:
            out.append("\\x" + hex_fixed(o, 2))
        else:
            out.append(c)
    out.append(quote)
    return "".join(out)


def self_str(space: ObjSpace, w: W_Root) -> str:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Str):
        return w_b.value
    raise space.error_type("descriptor requires a 'str' object but received a '%s'" % space.type_name(w))


def arg_str(space: ObjSpace, w: W_Root, what: str) -> str:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Str):
        return w_b.value
    raise space.error_type("%s must be str, not %s" % (what, space.type_name(w)))


def opt_index(space: ObjSpace, pos: list[W_Root], i: int, default: int) -> int:
    if i < len(pos) and not space.is_none(pos[i]):
        return space.int_w(pos[i])
    return default


def adjust_range(start: int, end: int, n: int) -> tuple[int, int]:
    if start < 0:
        start += n
        if start < 0:
            start = 0
    if end < 0:
        end += n
        if end < 0:
            end = 0
    if end > n:
        end = n
    return (start, end)


def str_new(space: ObjSpace, args: Args) -> W_Root:
    w_cls = args.pos[0]
    assert isinstance(w_cls, W_Type)
    w_obj: W_Root | None = args.get_kw("object")
    if len(args.pos) > 1:
        w_obj = args.pos[1]
    if w_obj is None:
        w_res: W_Root = space.newstr("")
    elif len(args.pos) > 2 or args.get_kw("encoding") is not None:
        w_b = space.base_value(w_obj)
        if isinstance(w_b, W_Bytes):
            w_res = space.newstr(decode_utf8(space, w_b.value))
        else:
            raise space.error_type("decoding str is not supported")
    else:
        w_res = space.str(w_obj)
    if w_cls is space.w_str:
        return w_res
    w_inst = W_Object(w_cls)
    w_inst.w_base = w_res
    return w_inst


def decode_utf8(space: ObjSpace, raw: str) -> str:
    try:
        return utf8_decode(raw)
    except ValueError:
        raise space.error(space.w_UnicodeDecodeError, "'utf-8' codec can't decode bytes")


def encode_utf8(s: str) -> str:
    return utf8_encode(s)


def str_str(space: ObjSpace, args: Args) -> W_Root:
    s = self_str(space, args.pos[0])
    w = args.pos[0]
    if isinstance(w, W_Str):
        return w
    return space.newstr(s)


def str_repr_m(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(str_repr(self_str(space, args.pos[0])))


def str_hash_m(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(space.hash_w(space.newstr(self_str(space, args.pos[0]))))


def str_len(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(len(self_str(space, args.pos[0])))


def str_getitem(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__getitem__", 1, 1)
    s = self_str(space, pos[0])
    w_key = pos[1]
    if isinstance(w_key, W_Slice):
        return space.newstr(slice_str(s, slice_indices(space, w_key, len(s))))
    if not (isinstance(w_key, W_Int) or isinstance(w_key, W_Long)) and space.lookup(w_key, "__index__") is None:
        raise space.error_type("string indices must be integers, not '%s'" % space.type_name(w_key))
    i = space.int_w(w_key)
    n = len(s)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.error_index("string index out of range")
    return space.newstr(s[i])


def str_contains(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__contains__", 1, 1)
    s = self_str(space, pos[0])
    w_b = space.base_value(pos[1])
    if not isinstance(w_b, W_Str):
        raise space.error_type("'in <string>' requires string as left operand, not %s" % space.type_name(pos[1]))
    return space.newbool(w_b.value in s)


def str_iter(space: ObjSpace, args: Args) -> W_Root:
    return space.iter(space.newstr(self_str(space, args.pos[0])))


def str_add(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__add__", 1, 1)
    s = self_str(space, pos[0])
    w_b = space.base_value(pos[1])
    if not isinstance(w_b, W_Str):
        return space.w_NotImplemented
    return space.newstr(s + w_b.value)


def str_mul(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__mul__", 1, 1)
    s = self_str(space, pos[0])
    w_n = space.base_value(pos[1])
    if not isinstance(w_n, W_Int):
        if isinstance(w_n, W_Long):
            raise space.error_overflow("cannot fit 'int' into an index-sized integer")
        if space.lookup(pos[1], "__index__") is None:
            return space.w_NotImplemented
    n = space.int_w(pos[1])
    if n <= 0:
        return space.newstr("")
    return space.newstr(s * n)


def str_mod(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__mod__", 1, 1)
    return space.newstr(percent_format(space, self_str(space, pos[0]), pos[1]))


def str_cmp(space: ObjSpace, args: Args) -> W_Root:
    a = self_str(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_Str):
        return space.w_NotImplemented
    b = w_b.value
    return cmp_result(space, (a > b) - (a < b), args.data)


def str_format_m(space: ObjSpace, args: Args) -> W_Root:
    s = self_str(space, args.pos[0])
    return space.newstr(str_format(space, s, args.pos[1:], args.kwnames, args.kwvalues, None))


def str_format_map(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "format_map", 1, 1)
    return space.newstr(str_format(space, self_str(space, pos[0]), [], [], [], pos[1]))


def str_dunder_format(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "__format__", 1, 1)
    return space.newstr(format_str_spec(space, self_str(space, pos[0]), space.str_w(pos[1])))


def str_join(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "join", 1, 1)
    sep = self_str(space, pos[0])
    parts: list[str] = []
    i = 0
    for w_x in space.fixed_items(pos[1]):
        w_b = space.base_value(w_x)
        if not isinstance(w_b, W_Str):
            raise space.error_type("sequence item %d: expected str instance, %s found" % (i, space.type_name(w_x)))
        parts.append(w_b.value)
        i += 1
    return space.newstr(sep.join(parts))


def split_args(space: ObjSpace, args: Args, name: str) -> tuple[str, str | None, int]:
    s = self_str(space, args.pos[0])
    w_sep: W_Root | None = args.pos[1] if len(args.pos) > 1 else args.get_kw("sep")
    w_max: W_Root | None = args.pos[2] if len(args.pos) > 2 else args.get_kw("maxsplit")
    sep: str | None = None
    if w_sep is not None and not space.is_none(w_sep):
        sep = arg_str(space, w_sep, "must be str or None")
        if sep == "":
            raise space.error_value("empty separator")
    maxsplit = -1
    if w_max is not None:
        maxsplit = space.int_w(w_max)
    return (s, sep, maxsplit)


def str_split(space: ObjSpace, args: Args) -> W_Root:
    s, sep, maxsplit = split_args(space, args, "split")
    if sep is None:
        return space.wrap_str_list(tu.split_whitespace(s, maxsplit))
    return space.wrap_str_list(tu.split_sep(s, sep, maxsplit))


def str_rsplit(space: ObjSpace, args: Args) -> W_Root:
    s, sep, maxsplit = split_args(space, args, "rsplit")
    if sep is None:
        return space.wrap_str_list(tu.rsplit_whitespace(s, maxsplit))
    return space.wrap_str_list(tu.rsplit_sep(s, sep, maxsplit))


def str_splitlines(space: ObjSpace, args: Args) -> W_Root:
    s = self_str(space, args.pos[0])
    w_keep = args.pos[1] if len(args.pos) > 1 else args.get_kw("keepends")
    keep = w_keep is not None and space.is_true(w_keep)
    return space.wrap_str_list(tu.split_lines(s, keep))


def strip_chars(space: ObjSpace, args: Args) -> str | None:
    if len(args.pos) > 1 and not space.is_none(args.pos[1]):
        return arg_str(space, args.pos[1], "strip arg")
    return None


def str_strip(space: ObjSpace, args: Args) -> W_Root:
    method_args(space, args, "strip", 0, 1)
    return space.newstr(self_str(space, args.pos[0]).strip(strip_chars(space, args)))


def str_lstrip(space: ObjSpace, args: Args) -> W_Root:
    method_args(space, args, "lstrip", 0, 1)
    return space.newstr(self_str(space, args.pos[0]).lstrip(strip_chars(space, args)))


def str_rstrip(space: ObjSpace, args: Args) -> W_Root:
    method_args(space, args, "rstrip", 0, 1)
    return space.newstr(self_str(space, args.pos[0]).rstrip(strip_chars(space, args)))


def str_replace(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "replace", 2, 3)
    s = self_str(space, pos[0])
    old = arg_str(space, pos[1], "replace() argument 1")
    new = arg_str(space, pos[2], "replace() argument 2")
    count = space.int_w(pos[3]) if len(pos) > 3 else -1
    return space.newstr(tu.replace_count(s, old, new, count))


def find_args(space: ObjSpace, args: Args, name: str) -> tuple[str, str, int, int]:
    pos = method_args(space, args, name, 1, 3)
    s = self_str(space, pos[0])
    sub = arg_str(space, pos[1], name + "() argument 1")
    start, end = adjust_range(opt_index(space, pos, 2, 0), opt_index(space, pos, 3, len(s)), len(s))
    return (s, sub, start, end)


def str_find(space: ObjSpace, args: Args) -> W_Root:
    s, sub, start, end = find_args(space, args, "find")
    return space.newint(s.find(sub, start, end))


def str_rfind(space: ObjSpace, args: Args) -> W_Root:
    s, sub, start, end = find_args(space, args, "rfind")
    return space.newint(s.rfind(sub, start, end))


def str_index(space: ObjSpace, args: Args) -> W_Root:
    s, sub, start, end = find_args(space, args, "index")
    i = s.find(sub, start, end)
    if i < 0:
        raise space.error_value("substring not found")
    return space.newint(i)


def str_rindex(space: ObjSpace, args: Args) -> W_Root:
    s, sub, start, end = find_args(space, args, "rindex")
    i = s.rfind(sub, start, end)
    if i < 0:
        raise space.error_value("substring not found")
    return space.newint(i)


def str_count(space: ObjSpace, args: Args) -> W_Root:
    s, sub, start, end = find_args(space, args, "count")
    return space.newint(tu.count_sub(s, sub, start, end))


def prefix_test(space: ObjSpace, args: Args, name: str, at_end: bool) -> W_Root:
    pos = method_args(space, args, name, 1, 3)
    s = self_str(space, pos[0])
    start, end = adjust_range(opt_index(space, pos, 2, 0), opt_index(space, pos, 3, len(s)), len(s))
    part = s[start:end] if start <= end else ""
    if start > len(s):
        return space.w_False
    w_p = pos[1]
    if isinstance(w_p, W_Tuple):
        for w_x in w_p.items:
            p = arg_str(space, w_x, "tuple for %s must only contain str, not %s" % (name, space.type_name(w_x)))
            if (part.endswith(p) if at_end else part.startswith(p)):
                return space.w_True
        return space.w_False
    w_b = space.base_value(w_p)
    if not isinstance(w_b, W_Str):
        raise space.error_type("%s first arg must be str or a tuple of str, not %s" % (name, space.type_name(w_p)))
    p = w_b.value
    return space.newbool(part.endswith(p) if at_end else part.startswith(p))


def str_startswith(space: ObjSpace, args: Args) -> W_Root:
    return prefix_test(space, args, "startswith", False)


def str_endswith(space: ObjSpace, args: Args) -> W_Root:
    return prefix_test(space, args, "endswith", True)


def str_upper(space: ObjSpace, args: Args) -> W_Root:
    method_args(space, args, "upper", 0, 0)
    return space.newstr(self_str(space, args.pos[0]).upper())


def str_lower(space: ObjSpace, args: Args) -> W_Root:
    method_args(space, args, "lower", 0, 0)
    return space.newstr(self_str(space, args.pos[0]).lower())


def str_title(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(tu.to_title(self_str(space, args.pos[0])))


def str_capitalize(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(tu.capitalize(self_str(space, args.pos[0])))


def str_swapcase(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(tu.swapcase(self_str(space, args.pos[0])))


def str_casefold(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(unicodedb.casefold(self_str(space, args.pos[0])))


def str_isdigit(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(self_str(space, args.pos[0]).isdigit())


def str_isdecimal(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(tu.is_decimal_str(self_str(space, args.pos[0])))


def str_isnumeric(space: ObjSpace, args: Args) -> W_Root:
    s = self_str(space, args.pos[0])
    if s == "":
        return space.w_False
    for c in s:
        if not unicodedb.is_numeric_char(ord(c)):
            return space.w_False
    return space.w_True


def str_isalpha(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(self_str(space, args.pos[0]).isalpha())


def str_isalnum(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(self_str(space, args.pos[0]).isalnum())


def str_isspace(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(self_str(space, args.pos[0]).isspace())


def str_isupper(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(self_str(space, args.pos[0]).isupper())


def str_islower(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(self_str(space, args.pos[0]).islower())


def str_istitle(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(tu.is_title(self_str(space, args.pos[0])))


def str_isidentifier(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(tu.is_identifier(self_str(space, args.pos[0])))


def str_isprintable(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(tu.all_printable(self_str(space, args.pos[0])))


def str_isascii(space: ObjSpace, args: Args) -> W_Root:
    return space.newbool(tu.all_ascii(self_str(space, args.pos[0])))


def fill_args(space: ObjSpace, args: Args, name: str) -> tuple[str, int, str]:
    pos = method_args(space, args, name, 1, 2)
    s = self_str(space, pos[0])
    width = space.int_w(pos[1])
    fill = " "
    if len(pos) > 2:
        fill = arg_str(space, pos[2], "The fill character")
        if len(fill) != 1:
            raise space.error_type("The fill character must be exactly one character long")
    return (s, width, fill)


def str_center(space: ObjSpace, args: Args) -> W_Root:
    s, width, fill = fill_args(space, args, "center")
    return space.newstr(tu.center(s, width, fill))


def str_ljust(space: ObjSpace, args: Args) -> W_Root:
    s, width, fill = fill_args(space, args, "ljust")
    return space.newstr(s.ljust(width, fill))


def str_rjust(space: ObjSpace, args: Args) -> W_Root:
    s, width, fill = fill_args(space, args, "rjust")
    return space.newstr(s.rjust(width, fill))


def str_zfill(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "zfill", 1, 1)
    return space.newstr(self_str(space, pos[0]).zfill(space.int_w(pos[1])))


def str_expandtabs(space: ObjSpace, args: Args) -> W_Root:
    tab = 8
    w_t = args.pos[1] if len(args.pos) > 1 else args.get_kw("tabsize")
    if w_t is not None:
        tab = space.int_w(w_t)
    return space.newstr(tu.expand_tabs(self_str(space, args.pos[0]), tab))


def str_partition(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "partition", 1, 1)
    sep = arg_str(space, pos[1], "must be str")
    if sep == "":
        raise space.error_value("empty separator")
    a, b, c = tu.partition(self_str(space, pos[0]), sep)
    return space.newtuple([space.newstr(a), space.newstr(b), space.newstr(c)])


def str_rpartition(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "rpartition", 1, 1)
    sep = arg_str(space, pos[1], "must be str")
    if sep == "":
        raise space.error_value("empty separator")
    a, b, c = tu.rpartition(self_str(space, pos[0]), sep)
    return space.newtuple([space.newstr(a), space.newstr(b), space.newstr(c)])


def str_removeprefix(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "removeprefix", 1, 1)
    return space.newstr(tu.remove_prefix(self_str(space, pos[0]), arg_str(space, pos[1], "prefix")))


def str_removesuffix(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "removesuffix", 1, 1)
    return space.newstr(tu.remove_suffix(self_str(space, pos[0]), arg_str(space, pos[1], "suffix")))


def str_encode(space: ObjSpace, args: Args) -> W_Root:
    s = self_str(space, args.pos[0])
    return space.newbytes(encode_utf8(s))


def str_maketrans(space: ObjSpace, args: Args) -> W_Root:
    pos = args.pos
    w_d = space.newdict()
    if len(pos) == 1:
        w_src = pos[0]
        assert isinstance(w_src, W_Dict)
        for w_k in w_src.live_keys():
            w_v = w_src.lookup(space, w_k)
            assert w_v is not None
            if isinstance(w_k, W_Str):
                w_k = space.newint(ord(w_k.value))
            w_d.setitem(space, w_k, w_v)
        return w_d
    a = space.str_w(pos[0])
    b = space.str_w(pos[1])
    if len(a) != len(b):
        raise space.error_value("the first two maketrans arguments must have equal length")
    i = 0
    while i < len(a):
        w_d.setitem(space, space.newint(ord(a[i])), space.newint(ord(b[i])))
        i += 1
    if len(pos) > 2:
        for c in space.str_w(pos[2]):
            w_d.setitem(space, space.newint(ord(c)), space.w_None)
    return w_d


def str_translate(space: ObjSpace, args: Args) -> W_Root:
    pos = method_args(space, args, "translate", 1, 1)
    s = self_str(space, pos[0])
    out: list[str] = []
    for c in s:
        try:
            w_v = space.getitem(pos[1], space.newint(ord(c)))
        except OperationError as e:
            if space.exception_match(e.w_value, space.w_LookupError):
                out.append(c)
                continue
            raise
        if space.is_none(w_v):
            continue
        if isinstance(w_v, W_Int):
            out.append(chr(w_v.intval))
        else:
            out.append(space.str_w(w_v))
    return space.newstr("".join(out))


def str_getnewargs(space: ObjSpace, args: Args) -> W_Root:
    return space.newtuple([space.newstr(self_str(space, args.pos[0]))])


STR_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__str__": str_str, "__repr__": str_repr_m, "__hash__": str_hash_m,
    "__len__": str_len, "__getitem__": str_getitem, "__contains__": str_contains,
    "__iter__": str_iter, "__add__": str_add, "__mul__": str_mul, "__rmul__": str_mul,
    "__mod__": str_mod, "__format__": str_dunder_format,
    "format": str_format_m, "format_map": str_format_map, "join": str_join,
    "split": str_split, "rsplit": str_rsplit, "splitlines": str_splitlines,
    "strip": str_strip, "lstrip": str_lstrip, "rstrip": str_rstrip,
    "replace": str_replace, "find": str_find, "rfind": str_rfind,
    "index": str_index, "rindex": str_rindex, "count": str_count,
    "startswith": str_startswith, "endswith": str_endswith,
    "upper": str_upper, "lower": str_lower, "title": str_title,
    "capitalize": str_capitalize, "swapcase": str_swapcase, "casefold": str_casefold,
    "isdigit": str_isdigit, "isdecimal": str_isdecimal, "isnumeric": str_isnumeric,
    "isalpha": str_isalpha, "isalnum": str_isalnum, "isspace": str_isspace,
    "isupper": str_isupper, "islower": str_islower, "istitle": str_istitle,
    "isidentifier": str_isidentifier, "isprintable": str_isprintable,
    "isascii": str_isascii,
    "center": str_center, "ljust": str_ljust, "rjust": str_rjust, "zfill": str_zfill,
    "expandtabs": str_expandtabs, "partition": str_partition,
    "rpartition": str_rpartition, "removeprefix": str_removeprefix,
    "removesuffix": str_removesuffix, "encode": str_encode,
    "translate": str_translate, "__getnewargs__": str_getnewargs,
}


# ------------------------------------------------------------------ bytes
def self_bytes(space: ObjSpace, w: W_Root) -> str:
    w_b = space.base_value(w)
    if isinstance(w_b, W_Bytes):
        return w_b.value
    raise space.error_type("descriptor requires a 'bytes' object but received a '%s'" % space.type_name(w))


def bytes_new(space: ObjSpace, args: Args) -> W_Root:
    if len(args.pos) < 2:
        return space.newbytes("")
    w_x = args.pos[1]
    w_b = space.base_value(w_x)
    if isinstance(w_b, W_Str):
        if len(args.pos) < 3 and args.get_kw("encoding") is None:
            raise space.error_type("string argument without an encoding")
        return space.newbytes(encode_utf8(w_b.value))
    if isinstance(w_b, W_Int):
        return space.newbytes("\x00" * w_b.intval)
    if isinstance(w_b, W_Bytes):
        return w_b
    chars: list[str] = []
    for w_i in space.list_items(w_x):
        v = space.int_w(w_i)
        if v < 0 or v > 255:
            raise space.error_value("bytes must be in range(0, 256)")
        chars.append(chr(v))
    return space.newbytes("".join(chars))


def bytes_repr_m(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(bytes_repr(self_bytes(space, args.pos[0])))


def bytes_len(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(len(self_bytes(space, args.pos[0])))


def bytes_getitem(space: ObjSpace, args: Args) -> W_Root:
    s = self_bytes(space, args.pos[0])
    w_key = args.pos[1]
    if isinstance(w_key, W_Slice):
        return space.newbytes(slice_str(s, slice_indices(space, w_key, len(s))))
    i = space.int_w(w_key)
    if i < 0:
        i += len(s)
    if i < 0 or i >= len(s):
        raise space.error_index("index out of range")
    return space.newint(ord(s[i]))


def bytes_iter(space: ObjSpace, args: Args) -> W_Root:
    s = self_bytes(space, args.pos[0])
    items: list[W_Root] = []
    for c in s:
        items.append(space.newint(ord(c)))
    return space.iter(space.newlist(items))


def bytes_decode(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr(decode_utf8(space, self_bytes(space, args.pos[0])))


def bytes_add(space: ObjSpace, args: Args) -> W_Root:
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_Bytes):
        return space.w_NotImplemented
    return space.newbytes(self_bytes(space, args.pos[0]) + w_b.value)


def bytes_cmp(space: ObjSpace, args: Args) -> W_Root:
    a = self_bytes(space, args.pos[0])
    w_b = space.base_value(args.pos[1])
    if not isinstance(w_b, W_Bytes):
        return space.w_NotImplemented
    b = w_b.value
    return cmp_result(space, (a > b) - (a < b), args.data)


def bytes_hash(space: ObjSpace, args: Args) -> W_Root:
    return space.newint(space.hash_w(space.newstr(self_bytes(space, args.pos[0]))))


def bytes_hex(space: ObjSpace, args: Args) -> W_Root:
    return space.newstr("".join([hex_fixed(ord(c), 2) for c in self_bytes(space, args.pos[0])]))


BYTES_METHODS: dict[str, Callable[[ObjSpace, Args], W_Root]] = {
    "__repr__": bytes_repr_m, "__len__": bytes_len, "__getitem__": bytes_getitem,
    "__iter__": bytes_iter, "decode": bytes_decode, "__add__": bytes_add,
    "__hash__": bytes_hash, "hex": bytes_hex,
}
