"""String formatting: format specs for str, str.format, and %-formatting."""
from __future__ import annotations

from typing import TYPE_CHECKING

from interpreters.python.objspace.base import W_Root, OperationError
from interpreters.python.objspace.primitives import W_Int, W_Long, W_Float, W_Str
from interpreters.python.objspace.containers import W_Tuple, W_Dict
from interpreters.python.objspace.textutil import hex_fixed
from vm.numformat import pad_text
from interpreters.python.objspace.numbers import (
    format_float, format_int, format_bigint, BigInt)

if TYPE_CHECKING:
    from interpreters.python.objspace.space import ObjSpace


def format_str_spec(space: ObjSpace, s: str, spec: str) -> str:
    """format(s, spec) for a str: [[fill]align][width][.precision][s]."""
    if spec == "":
        return s
    i = 0
    fill = " "
    align = "<"
    if len(spec) >= 2 and spec[1] in "<>^=":
        fill = spec[0]
        align = spec[1]
        i = 2
    elif len(spec) >= 1 and spec[0] in "<>^=":
        align = spec[0]
        i = 1
    if i < len(spec) and spec[i] in "+- ":
        raise space.error_value("Sign not allowed in string format specifier")
    if i < len(spec) and spec[i] == "0":
        if i == 0 or (fill == " " and align == "<"):
            fill = "0"
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    prec = -1
    if i < len(spec) and spec[i] == ".":
        i += 1
        start = i
        while i < len(spec) and spec[i].isdigit():
            i += 1
        prec = int(spec[start:i]) if i > start else 0
    if i < len(spec):
        if spec[i] != "s" or i + 1 != len(spec):
            raise space.error_value("Unknown format code '%s' for object of type 'str'" % spec[i])
    if prec >= 0:
        s = s[:prec]
    return pad_text(s, width, fill, align)




INT_DIGITS_MESSAGE = "Exceeds the limit (%d digits) for integer string conversion%s; use sys.set_int_max_str_digits() to increase the limit"


def check_str_digits(space: ObjSpace, big: BigInt) -> None:
    """CPython 3.11 refuses to write an int of more than
    sys.get_int_max_str_digits() decimal digits (a guard against quadratic
    conversions); so do we, so that programs fail the same way."""
    limit = space.int_max_str_digits
    if limit <= 0 or big.bit_length() <= limit * 3:
        return
    if big.bit_length() > limit * 10 // 3 + 64:
        ndigits = limit + 1
    else:
        text = big.str()
        ndigits = len(text) - 1 if text.startswith("-") else len(text)
    if ndigits > limit:
        raise space.error_value(INT_DIGITS_MESSAGE % (limit, ""))


def format_number(space: ObjSpace, w: W_Root, spec: str) -> str:
    try:
        if isinstance(w, W_Float):
            return format_float(w.floatval, spec)
        if isinstance(w, W_Int):
            if spec != "" and spec[len(spec) - 1] in "eEfFgG%":
                return format_float(float(w.intval), spec)
            return format_int(w.intval, spec)
        if isinstance(w, W_Long):
            if spec == "" or spec[len(spec) - 1] not in "bcoxXeEfFgG%":
                check_str_digits(space, w.bigval)
            return format_bigint(w.bigval, spec)
    except ValueError as e:
        raise space.error_value(str(e))
    except OverflowError as e:
        raise space.error_overflow(str(e))
    raise space.error_type("not a number")


# ------------------------------------------------------------- str.format
class FieldNumbering:
    """Automatic field numbering, shared with nested fields in specs
    ("{:>{}}" takes two positional arguments)."""
    auto_index: int
    manual: bool

    def __init__(self) -> None:
        self.auto_index = 0
        self.manual = False


def str_format(space: ObjSpace, fmt: str, args_w: list[W_Root], kwnames: list[str],
               kwvalues: list[W_Root], w_mapping: W_Root | None) -> str:
    return str_format_numbered(space, fmt, args_w, kwnames, kwvalues, w_mapping, FieldNumbering())


def str_format_numbered(space: ObjSpace, fmt: str, args_w: list[W_Root], kwnames: list[str],
                        kwvalues: list[W_Root], w_mapping: W_Root | None, numbering: FieldNumbering) -> str:
    out: list[str] = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            j = i + 1
            depth = 1
            while j < n:
                if fmt[j] == "{":
                    depth += 1
                elif fmt[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise space.error_value("Single '{' encountered in format string")
            field = fmt[i + 1:j]
            i = j + 1
            # split field into name, conversion, spec
            name_end = 0
            bracket = 0
            while name_end < len(field):
                ch = field[name_end]
                if ch == "[":
                    bracket += 1
                elif ch == "]":
                    bracket -= 1
                elif bracket == 0 and (ch == "!" or ch == ":"):
                    break
                name_end += 1
            name = field[:name_end]
            conv = ""
            spec = ""
            rest = field[name_end:]
            if rest.startswith("!"):
                if len(rest) < 2:
                    raise space.error_value("end of string while looking for conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest != "" and not rest.startswith(":"):
                    raise space.error_value("expected ':' after conversion specifier")
            if rest.startswith(":"):
                spec = rest[1:]
            # resolve the name
            k = 0
            while k < len(name) and name[k] != "." and name[k] != "[":
                k += 1
            first = name[:k]
            w_obj: W_Root
            if first == "":
                if numbering.manual:
                    raise space.error_value("cannot switch from manual field specification to automatic field numbering")
                if numbering.auto_index >= len(args_w):
                    raise space.error_index("Replacement index %d out of range for positional args tuple" % numbering.auto_index)
                w_obj = args_w[numbering.auto_index]
                numbering.auto_index += 1
            elif first.isdigit():
                if numbering.auto_index > 0:
                    raise space.error_value("cannot switch from automatic field numbering to manual field specification")
                numbering.manual = True
                idx = int(first)
                if idx >= len(args_w):
                    raise space.error_index("Replacement index %d out of range for positional args tuple" % idx)
                w_obj = args_w[idx]
            else:
                w_found: W_Root | None = None
                m = 0
                while m < len(kwnames):
                    if kwnames[m] == first:
                        w_found = kwvalues[m]
                    m += 1
                if w_found is None and w_mapping is not None:
                    w_found = space.getitem(w_mapping, space.newstr(first))
                if w_found is None:
                    raise space.error_key(space.newstr(first))
                w_obj = w_found
            while k < len(name):
                if name[k] == ".":
                    k2 = k + 1
                    while k2 < len(name) and name[k2] != "." and name[k2] != "[":
                        k2 += 1
                    w_obj = space.getattr(w_obj, name[k + 1:k2])
                    k = k2
                else:
                    k2 = name.find("]", k)
                    if k2 < 0:
                        raise space.error_value("Missing ']' in format string")
                    key = name[k + 1:k2]
                    if key.isdigit():
                        w_obj = space.getitem(w_obj, space.newint(int(key)))
                    else:
                        w_obj = space.getitem(w_obj, space.newstr(key))
                    k = k2 + 1
            if "{" in spec:
                # nested fields are filled after this field's own value
                spec = str_format_numbered(space, spec, args_w, kwnames, kwvalues, w_mapping, numbering)
            if conv == "r":
                w_obj = space.repr(w_obj)
            elif conv == "s":
                w_obj = space.str(w_obj)
            elif conv == "a":
                w_obj = space.newstr(ascii_of(space.repr_w(w_obj)))
            elif conv != "":
                raise space.error_value("Unknown conversion specifier %s" % conv)
            out.append(space.format(w_obj, spec))
        elif c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise space.error_value("Single '}' encountered in format string")
        else:
            j = i
            while j < n and fmt[j] != "{" and fmt[j] != "}":
                j += 1
            out.append(fmt[i:j])
            i = j
    return "".join(out)


def ascii_of(s: str) -> str:
    out: list[str] = []
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 256:
            out.append("\\x" + hex_fixed(o, 2))
        elif o < 65536:
            out.append("\\u" + hex_fixed(o, 4))
        else:
            out.append("\\U" + hex_fixed(o, 8))
    return "".join(out)


# ----------------------------------------------------------- %-formatting
def percent_format(space: ObjSpace, fmt: str, w_values: W_Root) -> str:
    # CPython: an argument with __getitem__ (other than a tuple or str)
    # counts as a mapping, so leaving it unused is not an error
    mapping_like = False
    if isinstance(w_values, W_Tuple):
        values = w_values.items
        w_map: W_Root | None = None
    else:
        values = [w_values]
        w_map = None
        w_t = space.type(w_values)
        mapping_like = w_t.lookup("__getitem__") is not None and not isinstance(w_values, W_Str)
        if isinstance(w_values, W_Dict) or (mapping_like and w_t.lookup("keys") is not None):
            w_map = w_values
    out: list[str] = []
    i = 0
    n = len(fmt)
    vi = 0
    used_map = False
    while i < n:
        c = fmt[i]
        if c != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        i += 1
        if i >= n:
            raise space.error_value("incomplete format")
        w_arg: W_Root | None = None
        if fmt[i] == "(":
            j = fmt.find(")", i)
            if j < 0:
                raise space.error_value("incomplete format key")
            if w_map is None:
                raise space.error_type("format requires a mapping")
            w_arg = space.getitem(w_map, space.newstr(fmt[i + 1:j]))
            used_map = True
            i = j + 1
        flags = ""
        while i < n and fmt[i] in "-+ #0":
            flags += fmt[i]
            i += 1
        width = -1
        if i < n and fmt[i] == "*":
            width = space.int_w(values[vi])
            vi += 1
            i += 1
        else:
            start = i
            while i < n and fmt[i].isdigit():
                i += 1
            if i > start:
                width = int(fmt[start:i])
        prec = -1
        if i < n and fmt[i] == ".":
            i += 1
            if i < n and fmt[i] == "*":
                prec = space.int_w(values[vi])
                vi += 1
                i += 1
            else:
                start = i
                while i < n and fmt[i].isdigit():
                    i += 1
                prec = int(fmt[start:i]) if i > start else 0
        if i >= n:
            raise space.error_value("incomplete format")
        conv = fmt[i]
        i += 1
        if conv == "%":
            out.append("%")
            continue
        if w_arg is None:
            if vi >= len(values):
                raise space.error_type("not enough arguments for format string")
            w_arg = values[vi]
            vi += 1
        out.append(percent_one(space, conv, flags, width, prec, w_arg))
    if not used_map and w_map is None and not mapping_like and vi < len(values):
        raise space.error_type("not all arguments converted during string formatting")
    return "".join(out)


def percent_one(space: ObjSpace, conv: str, flags: str, width: int, prec: int, w_arg: W_Root) -> str:
    if conv == "s" or conv == "r" or conv == "a":
        if conv == "s":
            s = space.str_w_of(w_arg)
        elif conv == "r":
            s = space.repr_w(w_arg)
        else:
            s = ascii_of(space.repr_w(w_arg))
        if prec >= 0:
            s = s[:prec]
        if width > 0:
            return pad_text(s, width, " ", "<" if "-" in flags else ">")
        return s
    if conv == "c":
        w_c = space.base_value(w_arg)
        if isinstance(w_c, W_Int) or isinstance(w_c, W_Long):
            if not isinstance(w_c, W_Int) or w_c.intval < 0 or w_c.intval > 0x10FFFF:
                raise space.error_overflow("%c arg not in range(0x110000)")
            s = chr(w_c.intval)
        elif isinstance(w_c, W_Str) and len(w_c.value) == 1:
            s = w_c.value
        else:
            raise space.error_type("%c requires int or char")
        return pad_text(s, width, " ", "<" if "-" in flags else ">")
    spec = ""
    if "-" in flags:
        spec += "<"
    elif "0" in flags:
        spec += "0" if width > 0 else ""
    if "+" in flags:
        spec = ("<" if "-" in flags else "") + "+" + ("0" if "0" in flags and "-" not in flags and width > 0 else "")
    elif " " in flags:
        spec = ("<" if "-" in flags else "") + " " + ("0" if "0" in flags and "-" not in flags and width > 0 else "")
    if "#" in flags:
        spec += "#"
    if width > 0:
        spec += str(width)
    w_num = space.base_value(w_arg)
    if conv in "diu":
        if isinstance(w_num, W_Float):
            w_num = space.newlong_from_float(w_num.floatval)
        if not (isinstance(w_num, W_Int) or isinstance(w_num, W_Long)):
            w_num = space.index_or_int(w_arg, conv)
        if prec >= 0:
            s = format_number(space, w_num, "")
            neg = s.startswith("-")
            digits = s[1:] if neg else s
            if len(digits) < prec:
                digits = "0" * (prec - len(digits)) + digits
            s = ("-" if neg else "") + digits
            return pad_text(s, width, " ", "<" if "-" in flags else ">")
        return format_number(space, w_num, spec + "d")
    if conv in "xXo":
        if not (isinstance(w_num, W_Int) or isinstance(w_num, W_Long)):
            if space.lookup(w_arg, "__index__") is None:
                raise space.error_type("%%%s format: an integer is required, not %s" % (conv, space.type_name(w_arg)))
            w_num = space.index_w(w_arg)
        return format_number(space, w_num, spec + conv)
    if conv in "eEfFgG":
        if not isinstance(w_num, W_Float):
            w_num = space.newfloat(space.float_w(w_arg))
        if prec < 0:
            prec = 6
        return format_number(space, w_num, spec + "." + str(prec) + conv)
    raise space.error_value("unsupported format character '%s' (0x%s) at index %d" % (conv, hex_fixed(ord(conv), 0), 0))
