"""String and Symbol primitives (strings are immutable, as in SOM)."""
from interpreters.smalltalk.objects import (
    W_Object, W_Integer, W_String, W_Symbol,
)
from interpreters.smalltalk.universe import Universe, PrimitiveFailed
from interpreters.smalltalk.primitives.helpers import arg_int, arg_str, type_error


def string_hash(s: str) -> int:
    """A hash that equal strings share (stable across runs and backends)."""
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) & 0x3FFFFFFF
    return h


def prim_concatenate(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    """A symbol receiver gives a symbol (#a + 'b' is #ab), a string a string."""
    s = arg_str(u, "String>>concatenate:", rcvr) + arg_str(u, "String>>concatenate:", args[0])
    if isinstance(rcvr, W_Symbol):
        return u.symbol(s)
    return W_String(s)


def prim_as_symbol(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if isinstance(rcvr, W_Symbol):
        return rcvr
    return u.symbol(arg_str(u, "String>>asSymbol", rcvr))


def prim_as_string(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if isinstance(rcvr, W_Symbol):
        return W_String(rcvr.value)
    return rcvr


def prim_string_hashcode(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Integer(string_hash(arg_str(u, "String>>hashcode", rcvr)))


def prim_length(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_Integer(len(arg_str(u, "String>>length", rcvr)))


def all_chars(s: str, kind: int) -> bool:
    if s == "":
        return False
    for ch in s:
        if kind == 0 and not ch.isspace():
            return False
        if kind == 1 and not ch.isalpha():
            return False
        if kind == 2 and not ch.isdigit():
            return False
    return True


def prim_is_white_space(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.bool_object(all_chars(arg_str(u, "String>>isWhiteSpace", rcvr), 0))


def prim_is_letters(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.bool_object(all_chars(arg_str(u, "String>>isLetters", rcvr), 1))


def prim_is_digits(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.bool_object(all_chars(arg_str(u, "String>>isDigits", rcvr), 2))


def prim_string_eq(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    a = args[0]
    if rcvr is a:
        return u.true
    if not isinstance(a, W_String) or not isinstance(rcvr, W_String):
        return u.false
    if isinstance(rcvr, W_Symbol):
        return u.false      # as in SOM, a Symbol equals only itself (#foo = 'foo' is false)
    return u.bool_object(rcvr.value == a.value)


def prim_substring(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    s = arg_str(u, "String>>primSubstringFrom:to:", rcvr)
    start = arg_int(u, "String>>primSubstringFrom:to:", args[0])
    end = arg_int(u, "String>>primSubstringFrom:to:", args[1])
    if start < 1 or end > len(s) or (end < start - 1):
        raise PrimitiveFailed("substring from " + str(start) + " to " + str(end) +
                             " out of bounds for a String of length " + str(len(s)))
    return W_String(s[start - 1:end])


def prim_char_at(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    s = arg_str(u, "String>>charAt:", rcvr)
    i = arg_int(u, "String>>charAt:", args[0])
    if i < 1 or i > len(s):
        raise PrimitiveFailed("charAt: index " + str(i) + " out of bounds for a String of length " +
                             str(len(s)))
    return W_String(s[i - 1])


def prim_char_code_at(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    s = arg_str(u, "String>>charCodeAt:", rcvr)
    i = arg_int(u, "String>>charCodeAt:", args[0])
    if i < 1 or i > len(s):
        raise PrimitiveFailed("charCodeAt: index " + str(i) + " out of bounds for a String of length " +
                             str(len(s)))
    return W_Integer(ord(s[i - 1]))


def prim_from_char_code(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    c = arg_int(u, "String class>>fromCharCode:", args[0])
    if c < 0 or c > 0x10FFFF:
        raise PrimitiveFailed("fromCharCode: " + str(c) + " is not a character code")
    return W_String(chr(c))


def prim_string_new(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    n = arg_int(u, "String class>>new:", args[0])
    return W_String(" " * n)


def prim_string_lt(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return u.bool_object(arg_str(u, "String>><", rcvr) < arg_str(u, "String>><", args[0]))


def prim_as_uppercase(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_String(arg_str(u, "String>>asUppercase", rcvr).upper())


def prim_as_lowercase(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    return W_String(arg_str(u, "String>>asLowercase", rcvr).lower())


def prim_symbol_num_args(u: Universe, rcvr: W_Object, args: list[W_Object]) -> W_Object:
    if isinstance(rcvr, W_Symbol):
        return W_Integer(rcvr.num_args)
    raise type_error(u, "Symbol>>numArgs", "a Symbol", rcvr)


PRIMITIVES = {
    "String>>concatenate:": prim_concatenate,
    "String>>asSymbol": prim_as_symbol,
    "String>>asString": prim_as_string,
    "String>>hashcode": prim_string_hashcode,
    "String>>length": prim_length,
    "String>>isWhiteSpace": prim_is_white_space,
    "String>>isLetters": prim_is_letters,
    "String>>isDigits": prim_is_digits,
    "String>>=": prim_string_eq,
    "String>><": prim_string_lt,
    "String>>primSubstringFrom:to:": prim_substring,
    "String>>charAt:": prim_char_at,
    "String>>charCodeAt:": prim_char_code_at,
    "String>>asUppercase": prim_as_uppercase,
    "String>>asLowercase": prim_as_lowercase,
    "String class>>fromCharCode:": prim_from_char_code,
    "String class>>new:": prim_string_new,
    "Symbol>>asString": prim_as_string,
    "Symbol>>asSymbol": prim_as_symbol,
    "Symbol>>numArgs": prim_symbol_num_args,
    "Symbol>>length": prim_length,
    "Symbol>>hashcode": prim_string_hashcode,
}
